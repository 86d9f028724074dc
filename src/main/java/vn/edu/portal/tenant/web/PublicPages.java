package vn.edu.portal.tenant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/** Data of the public views: a school's home, a page, a category, the department's directory. */
@Named("pages")
@RequestScoped
public class PublicPages {

    /** Pages a school's home links to first, in this order, when the school has them. */
    private static final List<String> QUICK_LINKS = List.of("cong-khai", "thu-tuc-hanh-chinh", "tuyen-sinh",
            "van-ban", "lien-he");

    @Inject
    HttpServletRequest request;

    @Inject
    PublicSite pub;

    @Inject
    ContentService content;

    @Inject
    SiteService sites;

    private List<SiteInfo> schools;

    public ContentService.PageView getPage() {
        return (ContentService.PageView) request.getAttribute(TenantFilter.PAGE);
    }

    public Category getCategory() {
        return (Category) request.getAttribute(TenantFilter.CATEGORY);
    }

    public List<ContentService.PageView> getQuickLinks() {
        var pages = content.publishedPages(pub.getSite().id());
        return QUICK_LINKS.stream()
                .flatMap(slug -> pages.stream().filter(p -> p.slug().equals(slug)))
                .toList();
    }

    public List<Category> getCategories() {
        return content.categories(pub.getSite().id());
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
            schools = sites.schools().stream()
                    .filter(s -> level.isEmpty() || (s.level() != null && s.level().name().equals(level)))
                    .filter(s -> q.isEmpty() || TextFolding.fold(s.name()).contains(q)
                            || TextFolding.fold(s.district()).contains(q))
                    .toList();
        }
        return schools;
    }

    public Map<SchoolLevel, Long> getCountsByLevel() {
        Map<SchoolLevel, Long> counts = new EnumMap<>(SchoolLevel.class);
        sites.schools().forEach(s -> {
            if (s.level() != null) {
                counts.merge(s.level(), 1L, Long::sum);
            }
        });
        return counts;
    }

    public int getSchoolCount() {
        return sites.schools().size();
    }

    public String schoolUrl(SiteInfo school) {
        return request.getContextPath() + "/s/" + school.slug() + "/";
    }
}
