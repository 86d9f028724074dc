package vn.edu.portal.disclosure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.disclosure.DisclosureOpenData;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.PublicRoutes;
import vn.edu.portal.tenant.web.SiteRoutes;

/**
 * A school's disclosures through the route contract, read-only and kept by the page cache:
 *
 * <pre>
 * cong-khai                       the newest published school year (the current one when none is)
 * cong-khai/&lt;2026-2027&gt;           one school year
 * cong-khai/du-lieu.json|csv      the published figures as open data
 * </pre>
 *
 * On schools' sites only: the department's {@code cong-khai} is its overview of every school.
 */
@ApplicationScoped
public class DisclosureRoutes implements SiteRoutes {

    static final String PREFIX = "cong-khai";

    @Inject
    DisclosureService disclosures;

    @Inject
    DisclosureOpenData openData;

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return site.isSchool() && (rest.equals(PREFIX) || rest.startsWith(PREFIX + "/"));
    }

    @Override
    public boolean sharedWithOtherOrigins(SiteInfo site, String rest) {
        return rest.equals(PREFIX + "/du-lieu.json") || rest.equals(PREFIX + "/du-lieu.csv");
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (rest.equals(PREFIX) || rest.equals(PREFIX + "/")) {
            var years = disclosures.publishedSections(site.id());
            request.setAttribute(PublicDisclosures.YEAR,
                    years.isEmpty() ? SchoolYear.current() : years.get(0).getStartYear());
            return "disclosures.xhtml";
        }
        if (rest.equals(PREFIX + "/du-lieu.json") || rest.equals(PREFIX + "/du-lieu.csv")) {
            boolean json = rest.endsWith(".json");
            response.setContentType(json ? "application/json;charset=UTF-8" : "text/csv;charset=UTF-8");
            response.getWriter().write(json ? openData.json(site) : vn.edu.portal.platform.Exports.forSpreadsheets(openData.csv(site)));
            return "";
        }
        int year = SchoolYear.fromSlug(PublicRoutes.tail(rest));
        // The current school year answers before anything of it is published (the department's overview
        // links every school to it); another year only once it has a section.
        if (year > 0 && (year == SchoolYear.current() || disclosures.section(site.id(), year).isPresent())) {
            request.setAttribute(PublicDisclosures.YEAR, year);
            return "disclosures.xhtml";
        }
        return null;
    }
}
