package vn.edu.portal.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.portal.disclosure.DisclosureDashboard;
import vn.edu.portal.disclosure.DisclosureReminder;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * The department's compliance dashboard: filters in the address ({@code ?nam=&cap=&quan=&sx=}),
 * the Excel export ({@code &xuat=xlsx}) and the reminder to late schools.
 */
@Named
@ViewScoped
public class DisclosureDashboardPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient DisclosureDashboard dashboard;

    private int year = SchoolYear.current();
    private SchoolLevel level;
    private String district;
    private DisclosureDashboard.Sort sort = DisclosureDashboard.Sort.COMPLETENESS_ASC;
    private transient List<DisclosureDashboard.Row> rows;
    private int page = 1;

    @PostConstruct
    void init() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String nam = p.get("nam");
        if (nam != null && nam.matches("\\d{4}")) {
            int wanted = Integer.parseInt(nam);
            if (wanted >= SchoolYear.FIRST && wanted <= SchoolYear.current() + 1) {
                year = wanted;
            }
        }
        try {
            level = p.get("cap") == null || p.get("cap").isEmpty() ? null : SchoolLevel.valueOf(p.get("cap"));
        } catch (IllegalArgumentException e) {
            level = null;
        }
        String trang = p.get("trang");
        page = trang != null && trang.matches("[1-9]\\d{0,4}") ? Integer.parseInt(trang) : 1;
        String quan = p.get("quan");
        district = quan == null || quan.isBlank() || !dashboard.districts().contains(quan) ? null : quan;
        try {
            sort = p.get("sx") == null || p.get("sx").isEmpty() ? sort : DisclosureDashboard.Sort.valueOf(p.get("sx"));
        } catch (IllegalArgumentException e) {
            sort = DisclosureDashboard.Sort.COMPLETENESS_ASC;
        }
    }

    /** {@code ?xuat=xlsx}: answers with the workbook instead of the page. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!"xlsx".equals(faces.getExternalContext().getRequestParameterMap().get("xuat"))) {
            return;
        }
        dashboard.workbook(year, level, district, sort,
                Exports.spreadsheetResponse(faces.getExternalContext(), "cong-khai-" + SchoolYear.slug(year) + ".xlsx"));
        faces.responseComplete();
    }

    /** Every school of the filter, sorted (the export and the reminder take them all). */
    public List<DisclosureDashboard.Row> getAllRows() {
        if (rows == null) {
            rows = dashboard.rows(year, level, district, sort);
        }
        return rows;
    }

    /**
     * The schools of this page ({@code ?trang=}, {@value #PAGE_SIZE} a page): a city's 2,000 schools
     * on one page were a megabyte of HTML; sorted worst first, the first page is the one to act on.
     */
    public List<DisclosureDashboard.Row> getRows() {
        List<DisclosureDashboard.Row> all = getAllRows();
        int from = Math.min((getPage() - 1) * PAGE_SIZE, all.size());
        return all.subList(from, Math.min(from + PAGE_SIZE, all.size()));
    }

    static final int PAGE_SIZE = 100;

    public int getPage() {
        return Math.min(page, getPages());
    }

    public int getPages() {
        return Math.max(1, (getAllRows().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** "Trường 101–200 trong 2.000". */
    public String getPageSummary() {
        int total = getAllRows().size();
        int from = total == 0 ? 0 : (getPage() - 1) * PAGE_SIZE + 1;
        return Texts.get("disclosure.dashboard.pageOf", from, Math.min(getPage() * PAGE_SIZE, total), total);
    }

    /** The address of another page with the same filters. */
    public String pageUrl(int number) {
        return filterQuery(new StringBuilder("?nam=").append(year).append("&sx=").append(sort)).append("&trang=").append(number)
                .toString();
    }

    public String remind() {
        StaffContext staff = shell.staff();
        DisclosureDashboard.Reminded done = dashboard.remindLate(year, level, district, staff.username(), staff.ip());
        Texts.info("disclosure.reminder.sent", done.schools(), done.withoutAddress());
        rows = null;
        return null;
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = SchoolYear.current() + 1; y >= SchoolYear.current() - 5; y--) {
            years.add(y);
        }
        return years;
    }

    public String label(int startYear) {
        return SchoolYear.label(startYear);
    }

    public String getExportUrl() {
        return filterQuery(new StringBuilder("?nam=").append(year).append("&xuat=xlsx&sx=").append(sort)).toString();
    }

    private StringBuilder filterQuery(StringBuilder url) {
        if (level != null) {
            url.append("&cap=").append(level);
        }
        if (district != null) {
            url.append("&quan=").append(java.net.URLEncoder.encode(district, java.nio.charset.StandardCharsets.UTF_8));
        }
        return url;
    }

    public String getIntro() {
        return Texts.get("disclosure.dashboard.intro", DisclosureDashboard.ARTICLE_TARGET);
    }

    public List<DisclosureReminder> getReminders() {
        return dashboard.reminders(year);
    }

    public List<String> getDistricts() { return dashboard.districts(); }
    public SchoolLevel[] getLevels() { return SchoolLevel.values(); }
    public DisclosureDashboard.Sort[] getSorts() { return DisclosureDashboard.Sort.values(); }
    public int getYear() { return year; }
    public SchoolLevel getLevel() { return level; }
    public String getDistrict() { return district; }
    public DisclosureDashboard.Sort getSort() { return sort; }
    public int getTarget() { return DisclosureDashboard.ARTICLE_TARGET; }
}
