package vn.edu.portal.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.platform.PortalClock;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.CurrentSite;

/**
 * "Which schools serve my address" on the department's admission page: a plain GET form
 * ({@code ?phuong=&duong=}), answered from the zones of the open rounds with the group each
 * school would give and why.
 */
@Named("admServing")
@RequestScoped
public class AdmissionServing {

    @Inject
    vn.edu.portal.admission.ServingSchools serving;

    @Inject
    PortalClock clock;

    @Inject
    AdmissionRounds rounds;

    public String getWard() {
        return param("phuong");
    }

    public String getStreet() {
        return param("duong");
    }

    private static String param(String name) {
        String v = AdmissionPublic.request().getParameter(name);
        return v == null ? "" : v.length() > 120 ? v.substring(0, 120) : v.strip();
    }

    public List<vn.edu.portal.admission.ServingSchools.Serving> getServing() {
        return serving.schoolsServing(siteId(), getWard(), getStreet(), clock.now());
    }

    public List<String> getWards() {
        return serving.wardsOfOpenRounds(siteId(), clock.now());
    }

    public String groupingText(vn.edu.portal.admission.ServingSchools.Serving s) {
        return Texts.get(s.grouping().key(), s.grouping().args().toArray());
    }

    private static long siteId() {
        return CurrentSite.of(AdmissionPublic.request()).site().id();
    }
}
