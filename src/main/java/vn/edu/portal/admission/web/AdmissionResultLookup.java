package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The results look-up of {@code tuyen-sinh/ket-qua}: a plain HTML post of the code and the child's
 * ID number, answered before the page renders, with the page itself (200, or 429 with Retry-After
 * over the limit). No JSF state and no session: the answer travels to the page as a request
 * attribute. An application of another round or school is not found, like a wrong number.
 */
@ApplicationScoped
public class AdmissionResultLookup {

    static final String ATTRIBUTE = AdmissionResultLookup.class.getName();
    private static final int MAX_TYPED = 40;

    /** What was typed, and the application found, or the message next to the code, or the notice to wait. */
    record Answer(String code, String personalId, AdmissionApplication result, String error, String notice) {
    }

    @Inject
    AdmissionService admission;

    @Inject
    AdmissionRounds rounds;

    /** On a post, looks up and leaves the answer for the page; returns the page's view. */
    String answer(SiteInfo site, HttpServletRequest request, HttpServletResponse response) {
        if (request.getMethod().equals("POST")) {
            request.setAttribute(ATTRIBUTE, lookUp(site, request, response));
        }
        return "admission-list.xhtml";
    }

    private Answer lookUp(SiteInfo site, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = PortalViewHandler.localeOf(request);
        String code = typed(request, "code");
        String personalId = typed(request, "personalId");
        AdmissionCampaign campaign = AdmissionPublic.campaign(rounds, site, AdmissionPublic.year(request));
        try {
            AdmissionApplication result = admission.result(code, personalId, Clients.address(request))
                    .filter(a -> campaign != null && a.getCampaignId().equals(campaign.getId())).orElse(null);
            return new Answer(code, personalId, result,
                    result == null ? Texts.get(locale, "admission.lookup.none") : null, null);
        } catch (TooManyAttempts e) {
            return new Answer(code, personalId, null, null, Texts.tooMany(response, locale, e));
        }
    }

    private static String typed(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.length() > MAX_TYPED ? value.substring(0, MAX_TYPED) : value;
    }
}
