package vn.edu.portal.department.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.edu.portal.content.ArticleView;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.department.DisclosureOverview;
import vn.edu.portal.department.ProcedureOverview;
import vn.edu.portal.department.SchoolDirectory;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Data of the department portal's pages: the filter a visitor chose (GET parameters only, any
 * unknown value ignored), the schools it keeps, their disclosures and procedures, and the news.
 */
@Named("dept")
@RequestScoped
public class DepartmentPortal {

    static final int NEWS_PAGE = 20;
    static final int GROUPS_PAGE = 30;

    @Inject
    HttpServletRequest request;

    @Inject
    SchoolDirectory directory;

    @Inject
    DisclosureOverview disclosures;

    @Inject
    ProcedureOverview procedures;

    @Inject
    PublishedArticles articles;

    private SchoolDirectory.Filter filter;
    private List<String> wards;
    private List<SiteInfo> schools;
    private List<ArticleView> news;
    private List<ProcedureOverview.Group> groups;

    public SchoolDirectory.Filter getFilter() {
        if (filter == null) {
            filter = SchoolDirectory.Filter.parse(request.getParameter("q"), request.getParameter("cap"),
                    request.getParameter("phuong"), request.getParameter("loai"), getWards());
        }
        return filter;
    }

    public String getQuery() { return getFilter().query() == null ? "" : getFilter().query(); }
    public String getLevel() { return getFilter().level() == null ? "" : getFilter().level().name(); }
    public String getWard() { return getFilter().ward() == null ? "" : getFilter().ward(); }
    public String getOwnership() { return getFilter().ownership() == null ? "" : getFilter().ownership().name(); }
    public boolean isFiltered() { return !getFilter().isEmpty(); }

    /** A ward was asked for that no school is in (a typo, an old district name): said on the page. */
    public boolean isUnknownWard() {
        String asked = request.getParameter("phuong");
        return asked != null && !asked.isBlank() && getFilter().ward() == null;
    }

    public List<String> getWards() {
        if (wards == null) {
            wards = directory.wards();
        }
        return wards;
    }

    public SchoolLevel[] getLevels() { return SchoolLevel.values(); }
    public Ownership[] getOwnerships() { return Ownership.values(); }

    public int getSchoolCount() { return directory.all().size(); }

    public List<SiteInfo> getSchools() {
        if (schools == null) {
            schools = directory.schools(getFilter());
        }
        return schools;
    }

    /** Schools on a page of the directory and the disclosure overview (every school was one page: 1.3 MB for 2,000). */
    static final int SCHOOLS_PAGE = 50;

    public int getSchoolPages() {
        return Math.max(1, (getSchools().size() + SCHOOLS_PAGE - 1) / SCHOOLS_PAGE);
    }

    /** The page of schools shown: the one asked for, at most the last. */
    public int getSchoolPage() {
        return Math.min(getPage(), getSchoolPages());
    }

    /** The schools of that page. */
    public List<SiteInfo> getSchoolsOnPage() {
        List<SiteInfo> all = getSchools();
        int from = Math.min(all.size(), (getSchoolPage() - 1) * SCHOOLS_PAGE);
        return all.subList(from, Math.min(all.size(), from + SCHOOLS_PAGE));
    }

    public String schoolUrl(SiteInfo school) {
        return request.getContextPath() + "/s/" + school.slug() + "/";
    }

    /** A phone number as a {@code tel:} link (digits and a leading +). */
    public String tel(String phone) {
        return "tel:" + (phone == null ? "" : phone.replaceAll("[^0-9+]", ""));
    }

    // ---- disclosures ----------------------------------------------------------------------

    public String getSchoolYear() { return SchoolYear.label(SchoolYear.current()); }
    public String getSchoolYearSlug() { return SchoolYear.slug(SchoolYear.current()); }

    public List<DisclosureOverview.Line> getDisclosures() {
        return disclosures.lines(getSchoolsOnPage(), SchoolYear.current());
    }

    // ---- procedures -----------------------------------------------------------------------

    public String getGrouping() {
        return "thu-tuc".equals(request.getParameter("theo")) ? "thu-tuc" : "truong";
    }

    private List<ProcedureOverview.Group> allGroups() {
        if (groups == null) {
            SchoolDirectory.Filter f = getFilter();
            List<SiteInfo> where = directory.schools(new SchoolDirectory.Filter(null, f.level(), f.ward(), f.ownership()));
            groups = procedures.groups(where, f.query(), getGrouping().equals("thu-tuc")
                    ? ProcedureOverview.Grouping.PROCEDURE : ProcedureOverview.Grouping.SCHOOL);
        }
        return groups;
    }

    public List<ProcedureOverview.Group> getProcedureGroups() {
        List<ProcedureOverview.Group> all = allGroups();
        // A page past the end shows the last one (it said "found: 25" over an empty list).
        int from = Math.min(all.size(), (getProcedurePage() - 1) * GROUPS_PAGE);
        return all.subList(from, Math.min(all.size(), from + GROUPS_PAGE));
    }

    public int getProcedureCount() {
        return allGroups().stream().mapToInt(g -> g.offers().size()).sum();
    }

    public int getProcedurePages() {
        return Math.max(1, (allGroups().size() + GROUPS_PAGE - 1) / GROUPS_PAGE);
    }

    /** The page of procedures shown: the one asked for, at most the last. */
    public int getProcedurePage() {
        return Math.min(getPage(), getProcedurePages());
    }

    // ---- news -----------------------------------------------------------------------------

    /** The page asked for ({@code ?trang=}), 1 if absent or not a number, at most 1,000. */
    public int getPage() {
        String value = request.getParameter("trang");
        return value != null && value.matches("[1-9]\\d{0,2}") ? Integer.parseInt(value) : 1;
    }

    public List<ArticleView> getNews() {
        if (news == null) {
            news = articles.latestEverywhere((getPage() - 1) * NEWS_PAGE, NEWS_PAGE + 1);
        }
        return news.size() > NEWS_PAGE ? news.subList(0, NEWS_PAGE) : news;
    }

    public boolean isMoreNews() {
        getNews();
        return news.size() > NEWS_PAGE;
    }

    /** The address of another page of the current list, with the same filter. */
    public String pageLink(String path, int page) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append('/').append(path).append("?trang=").append(page);
        append(url, "q", getQuery());
        append(url, "cap", getLevel());
        append(url, "phuong", getWard());
        append(url, "loai", getOwnership());
        if (path.equals("thu-tuc-cac-truong")) {
            append(url, "theo", getGrouping());
        }
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isEmpty()) {
            url.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
