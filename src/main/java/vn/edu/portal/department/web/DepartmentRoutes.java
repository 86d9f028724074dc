package vn.edu.portal.department.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.department.DisclosureOverview;
import vn.edu.portal.department.SchoolDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The addresses of the department portal (on the department's site only), all read-only and the
 * same for every visitor, so the page cache keeps them:
 *
 * <pre>
 * ""                              the department's home: news of every school, the directory's first filter
 * tin-tuc                         news of every school, newest first (?trang=)
 * truong-hoc                      the school directory (?q= &amp;cap= level &amp;phuong= ward/commune &amp;loai= public/private)
 * cong-khai                       every school's disclosures of the current school year (same filters)
 * thu-tuc-cac-truong              every school's procedures (?q= &amp;cap= &amp;phuong= &amp;theo=truong|thu-tuc)
 * du-lieu-mo                      the open-data files, listed
 * du-lieu-mo/truong-hoc.csv|json  the directory
 * du-lieu-mo/cong-khai.csv|json   the disclosure overview
 * </pre>
 *
 * The department's own catalogue of procedures stays at {@code thu-tuc}, its documents at
 * {@code van-ban} and admission at {@code tuyen-sinh}, as on every site.
 */
@ApplicationScoped
public class DepartmentRoutes implements vn.edu.portal.tenant.web.SiteRoutes {

    @Inject
    SchoolDirectory directory;

    @Inject
    DisclosureOverview disclosures;

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return site.isDepartment() && handles(rest);
    }

    /** Whether {@code rest} (a path after the department's link base) is one of these pages. */
    public static boolean handles(String rest) {
        String path = trim(rest);
        return switch (path) {
            case "", "tin-tuc", "truong-hoc", "cong-khai", "thu-tuc-cac-truong", "du-lieu-mo",
                 "du-lieu-mo/truong-hoc.csv", "du-lieu-mo/truong-hoc.json",
                 "du-lieu-mo/cong-khai.csv", "du-lieu-mo/cong-khai.json" -> true;
            default -> false;
        };
    }

    @Override
    public boolean sharedWithOtherOrigins(SiteInfo site, String rest) {
        return rest.startsWith("du-lieu-mo/") && (rest.endsWith(".csv") || rest.endsWith(".json"));
    }

    /** The view to render for {@code rest}, or "" when the answer (a data file) was written here. */
    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = trim(rest);
        String origin = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath();
        return switch (path) {
            case "" -> "department-home.xhtml";
            case "tin-tuc" -> "department-news.xhtml";
            case "truong-hoc" -> "department-schools.xhtml";
            case "cong-khai" -> "department-disclosures.xhtml";
            case "thu-tuc-cac-truong" -> "department-procedures.xhtml";
            case "du-lieu-mo" -> "department-open-data.xhtml";
            case "du-lieu-mo/truong-hoc.csv" -> write(response, "text/csv;charset=UTF-8", Exports.forSpreadsheets(directory.csv(origin)));
            case "du-lieu-mo/truong-hoc.json" -> write(response, "application/json;charset=UTF-8", directory.json(origin));
            case "du-lieu-mo/cong-khai.csv" -> write(response, "text/csv;charset=UTF-8", Exports.forSpreadsheets(disclosures.csv()));
            case "du-lieu-mo/cong-khai.json" -> write(response, "application/json;charset=UTF-8", disclosures.json());
            default -> null;
        };
    }

    private static String write(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return "";
    }

    private static String trim(String rest) {
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }
}
