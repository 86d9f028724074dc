package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionResults;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.PublicRoutes;

/**
 * The results look-up of {@code tuyen-sinh/ket-qua}: a plain HTML post of the code and the child's
 * ID number, answered with the page (200, or 429 with Retry-After over the limit). The family's
 * part of it, the form with what was typed and the answer ({@link ResultAnswerHtml}), is filled into
 * a copy of the rest of the page, which is the same for every family of the school: on the results
 * morning a look-up costs its checks and its query, not a render of the page. No JSF state and no
 * session. An application of another round is not found, like a wrong number; one of the same round
 * is found from any of its schools' pages (as {@code AdmissionService.result} says: a family applies
 * to the round, its preferences are other schools of it), always with both the code and the ID number.
 */
@ApplicationScoped
public class AdmissionResultLookup {

    private static final int MAX_TYPED = 40;

    /** What was typed, and the application found, or the message next to the code, or the notice to wait. */
    record Answer(String code, String personalId, AdmissionResults.Found result, String error, String notice) {
    }

    @Inject
    AdmissionResults results;

    @Inject
    AdmissionRounds rounds;

    @Inject
    vn.edu.portal.admission.AdmissionLists lists;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    FormStartPages copies;

    /**
     * A post is looked up and answered here: the family's form and answer ({@link ResultAnswerHtml})
     * filled into a copy of the rest of the page, which is the same for every family of the school
     * and is rendered again every two seconds at most ({@link FormStartPages}); "" then. A read
     * returns the page's view.
     */
    String answer(SiteInfo site, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException, jakarta.servlet.ServletException {
        if (!request.getMethod().equals("POST")) {
            return "admission-list.xhtml";
        }
        Answer answer = lookUp(site, request, response);
        Integer year = AdmissionPublic.year(request);
        Locale locale = PortalViewHandler.localeOf(request);
        java.time.Instant now = clock.now();
        String block = ResultAnswerHtml.of(new ResultAnswerHtml.Block(request.getContextPath() + CurrentSite.of(request).base(),
                year, answer.notice(), answer.code(), answer.error(), answer.personalId(), answer.result(),
                a -> lists.shown(a, now),
                a -> AdmissionPublic.resultShown(a.status(), a.resultSiteId(), a.waitingPosition(), lists.shown(a, now)),
                lists::schoolName), locale);
        copies.answer(site.id() + "|ket-qua|" + locale.getLanguage() + "|" + year, site.id(), request, response, into -> {
            // Rendered as a shared copy (PublicSite.SHARED_COPY): the page shows the hole, nobody's answer.
            request.getRequestDispatcher(PublicRoutes.VIEWS + "admission-list.xhtml").forward(request, into);
            return true;
        }, FormStartPages.HOLE, block.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "";
    }

    private Answer lookUp(SiteInfo site, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = PortalViewHandler.localeOf(request);
        String code = typed(request, "code");
        String personalId = typed(request, "personalId");
        AdmissionCampaign campaign = AdmissionPublic.campaign(rounds, site, AdmissionPublic.year(request));
        if (code.isBlank() || personalId.isBlank()) {
            // Said as missing, not "not found", and not counted against the address's look-ups.
            return new Answer(code, personalId, null, Texts.get(locale, "admission.result.missing"), null);
        }
        try {
            AdmissionResults.Found result = results.result(code, personalId, Clients.address(request))
                    .filter(a -> campaign != null && campaign.getId().equals(a.campaignId())).orElse(null);
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
