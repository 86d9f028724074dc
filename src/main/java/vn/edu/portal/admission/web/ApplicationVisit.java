package vn.edu.portal.admission.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionForm;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SiteInfo;

/** One request of the application form ({@link ApplicationFormRoutes}): what the parent sees next, or a 303 to it. */
final class ApplicationVisit {
    private final AdmissionForm form;
    private final vn.edu.portal.admission.AdmissionRounds rounds;
    final SiteInfo site;
    final HttpServletRequest request;
    final HttpServletResponse response;
    final String base;
    final String address;
    final Locale locale;
    final PublicApplication model = new PublicApplication();
    AdmissionCampaign campaign;
    String token;
    int reached;
    private boolean skipped;
    Map<String, String> values = new HashMap<>();

    ApplicationVisit(AdmissionForm form, vn.edu.portal.admission.AdmissionRounds rounds, SiteInfo site, String base,
            HttpServletRequest request, HttpServletResponse response) {
        this.form = form;
        this.rounds = rounds;
        this.site = site;
        this.request = request;
        this.response = response;
        this.base = base;
        this.address = request.getContextPath() + base + AdmissionRoutes.PREFIX + "/dang-ky";
        this.locale = PortalViewHandler.localeOf(request);
    }

    /**
     * 303 to the GET of the draft at {@code step}. Each step has an address of its own, so the phone's Back
     * goes back a step (every step had the same address, and Back showed the step reached again, then the start).
     */
    void redirect(int step, String extra) {
        String location = address + "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + (step > 0 ? "&step=" + step : "") + extra;
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    void refuse(FieldErrors errors) {
        errors.errors().forEach((field, e) -> model.errors.put(field, Texts.get(locale, e.key(), e.args())));
    }

    void notice(String key, Object... args) {
        model.notices.add(Texts.get(locale, key, args));
    }

    /**
     * The draft of the token on this site; false (and the first step with a message) when there
     * is none. A post always names a draft (only "start" makes one); a GET without one is the start.
     */
    boolean openDraft(boolean post) {
        return openDraft(post, findDraft());
    }

    /** The draft of the token on this site, if there is a token and a draft. */
    Optional<FormDraft> findDraft() {
        return token == null || token.isBlank() ? Optional.empty() : form.draft(site.id(), token);
    }

    boolean openDraft(boolean post, Optional<FormDraft> draft) {
        if (draft.isEmpty()) {
            // A token from another school's form (or an expired one, or none posted) opens nothing here; say so.
            if (post || token != null && !token.isBlank()) {
                notice("admission.draft.gone");
            }
            token = null;
            model.step = 0;
            return false;
        }
        values = draft.get().values();
        reached = draft.get().getStep();
        // Drawn with the rules of the draft's round (its age groups), not those of the school's newest round.
        campaign = rounds.roundOf(draft.get()).orElse(campaign);
        return true;
    }

    /**
     * The step the request asks for ({@code step}), within those the draft has reached; asking for one
     * further on is said once, above the step reached ({@link #skipped}).
     */
    int stepAsked() {
        int asked = ApplicationRequest.parse(request.getParameter("step"), reached);
        skipped = asked > reached;
        if (skipped) {
            notice("admission.step.notReached", reached);
        }
        return Math.max(1, Math.min(asked, reached));
    }

    /** Whether the request asked for a step the draft has not reached (see {@link #stepAsked}). */
    boolean skipped() {
        return skipped;
    }

    void reload() {
        form.draft(site.id(), token).ifPresent(d -> {
            values = d.values();
            reached = d.getStep();
        });
    }
}
