package vn.edu.portal.department.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.content.ArticleView;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.feed.ExternalFeedService;
import vn.edu.portal.feed.FeedEntry;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/**
 * Data of the department's home ({@code #{deptHome}}): the stream of every school's news and of the
 * schools hosted elsewhere, the schools counted by level and the directory's first filter (name or
 * district, level); the news page takes its links and school names from here too.
 */
@Named("deptHome")
@RequestScoped
public class DepartmentHome {

    @Inject
    HttpServletRequest request;

    @Inject
    SiteService sites;

    @Inject
    PublishedArticles articles;

    @Inject
    SiteDirectory directory;

    @Inject
    ExternalFeedService externalFeeds;

    private List<SiteInfo> schools;
    private List<SiteInfo> allSchools;

    /**
     * The department's stream: the six newest articles of every school (the rest are one link away,
     * on "news of all schools"); six pictures keep a phone's first view of the home under 40 KB.
     */
    public List<ArticleView> getStream() {
        return articles.latestEverywhere(6);
    }

    /** News fetched from schools hosted elsewhere, shown marked as external. */
    public List<FeedEntry> getExternalStream() {
        return externalFeeds.recentItems(6);
    }

    public String siteName(long siteId) {
        return directory.byId(siteId).map(SiteInfo::name).orElse("");
    }

    /** Link to an article of any site, in the /s/ form (used by the department's stream). */
    public String articleUrl(ArticleView article) {
        return directory.byId(article.siteId()).map(s -> request.getContextPath()
                + (s.isDepartment() ? "/" : "/s/" + s.slug() + "/") + "bai-viet/" + article.slug()).orElse("#");
    }

    public String getQuery() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    public String getLevel() {
        String level = request.getParameter("cap");
        return level == null ? "" : level;
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    /** Schools matching the directory filter: name or district (accents ignored) and level. */
    public List<SiteInfo> getSchools() {
        if (schools == null) {
            String q = TextFolding.fold(getQuery());
            String level = getLevel();
            schools = allSchools().stream()
                    .filter(s -> level.isEmpty() || (s.level() != null && s.level().name().equals(level)))
                    .filter(s -> q.isEmpty() || TextFolding.fold(s.name()).contains(q)
                            || TextFolding.fold(s.district()).contains(q))
                    .toList();
        }
        return schools;
    }

    public Map<SchoolLevel, Long> getCountsByLevel() {
        Map<SchoolLevel, Long> counts = new EnumMap<>(SchoolLevel.class);
        allSchools().forEach(s -> {
            if (s.level() != null) {
                counts.merge(s.level(), 1L, Long::sum);
            }
        });
        return counts;
    }

    public int getSchoolCount() {
        return allSchools().size();
    }

    private List<SiteInfo> allSchools() {
        if (allSchools == null) {
            allSchools = sites.schools();
        }
        return allSchools;
    }

    public String schoolUrl(SiteInfo school) {
        return request.getContextPath() + "/s/" + school.slug() + "/";
    }
}
