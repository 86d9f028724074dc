package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionForm;
import vn.edu.portal.admission.AdmissionFormDefinition;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.SubmitOnce;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The application form ({@code tuyen-sinh/dang-ky}) as plain HTML posts handled here before the
 * view renders: no JSF state and no HTTP session; the draft row keeps everything under its random
 * token. A post that is taken answers 303 to {@code dang-ky?t=<token>&step=<n>} (each step its own address,
 * so the browser's Back goes back a step; {@code &sent=1} after the e-mail code went out); the
 * GET of a submitted draft's token is the receipt. A refused post shows the step again (200) with
 * each message next to its field and what was typed kept (it was saved before it was checked).
 *
 * <p>The button pressed comes as {@code action}: {@code start}, {@code next}, {@code back},
 * {@code send} (the e-mail code), {@code submit}. A cross-site post is refused by the Origin check
 * of {@code SecurityHeadersFilter}; every action after {@code start} needs the draft's token,
 * which only the page of this draft carries.
 */
@ApplicationScoped
public class ApplicationFormRoutes {

    static final String VIEW = "/WEB-INF/views/public/admission-apply.xhtml";

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    SubmitOnce submitOnce;

    @Inject
    AdmissionForm form;

    @Inject
    AdmissionRounds rounds;

    @Inject
    ApplicationPage page;

    @Inject
    FormStartPages copies;

    /** Answers a GET or POST of the form; the gate has let it in. */
    public void handle(SiteInfo site, String base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        ApplicationVisit visit = new ApplicationVisit(form, rounds, site, base, request, response);
        visit.campaign = rounds.campaignOfSchool(site.id()).orElse(null);
        boolean show = "POST".equals(request.getMethod()) ? post(visit) : get(visit);
        if (!show) {
            return;
        }
        page.prepare(visit.model, visit.campaign, visit.token, visit.values, site, base, visit.locale, request);
        if (visit.model.step >= 1) {
            // The page around a step's form or a receipt is the same for every family of the school: kept, the family's part filled in.
            PublicApplication around = new PublicApplication();
            around.campaign = visit.campaign;
            around.step = visit.model.step;
            around.block = FormStartPages.HOLE;
            copies.answer(site.id() + "|ho-so|" + visit.locale.getLanguage(), site.id(), request, response,
                    into -> view(request, into, around), FormStartPages.HOLE, visit.model.block.getBytes(StandardCharsets.UTF_8));
            return;
        }
        view(request, response, visit.model);
    }

    private static boolean view(HttpServletRequest request, HttpServletResponse response, PublicApplication model)
            throws IOException, ServletException {
        request.setAttribute(PublicApplication.ATTRIBUTE, model);
        request.getRequestDispatcher(VIEW).forward(request, response);
        return true;
    }

    private boolean get(ApplicationVisit visit) {
        HttpServletRequest request = visit.request;
        visit.token = request.getParameter("t");
        if (receipt(visit)) {
            return true;
        }
        if (visit.openDraft(false)) {
            visit.model.step = visit.stepAsked();
            if ("1".equals(request.getParameter("sent")) && visit.model.step == PublicApplication.STEPS) {
                visit.notice("admission.code.sent", visit.values.get("email"));
                visit.model.codeSent = true;
            }
        }
        return true;
    }

    /**
     * The receipt, when the token is of an application made on this site; shown with the rules of the
     * round it was made in (its age groups), not those of the school's newest round.
     */
    private boolean receipt(ApplicationVisit visit) {
        Optional<AdmissionApplication> done = visit.token == null || visit.token.isBlank() ? Optional.empty()
                : form.submitted(visit.token).filter(a -> a.getSiteId() == visit.site.id());
        done.ifPresent(a -> {
            visit.campaign = rounds.roundOf(a).orElse(visit.campaign);
            visit.model.showReceipt(a);
        });
        return done.isPresent();
    }

    /** Runs the action pressed; true when the page is shown (a refusal), false when a 303 was answered. */
    private boolean post(ApplicationVisit visit) throws IOException, ServletException {
        HttpServletRequest request = visit.request;
        if (!vn.edu.portal.forms.FormRequest.bodyReadable(request)) {
            ApplicationRequest.tooLarge(request, visit.response, visit.address);
            return false;
        }
        String action = String.valueOf(request.getParameter("action"));
        if (action.equals("start")) {
            return start(visit);
        }
        visit.token = request.getParameter("token");
        Optional<FormDraft> draft = visit.findDraft();
        // Submitted already (a replayed press, another tab): the receipt. The draft says so; a draft gone since is asked about once more.
        if (draft.map(d -> d.getResultId() != null).orElse(false) || draft.isEmpty() && visit.token != null
                && form.submitted(visit.token).filter(a -> a.getSiteId() == visit.site.id()).isPresent()) {
            visit.redirect(0, "");
            return false;
        }
        if (!visit.openDraft(true, draft)) {
            return true;
        }
        int step = visit.stepAsked();
        visit.model.step = step;
        if (visit.skipped()) {
            // A page of a step the draft has not reached (an address typed or forged): nothing of it is taken.
            return true;
        }
        return switch (action) {
            case "back" -> back(visit, step);
            case "next" -> next(visit, step);
            case "send" -> notAtTheEnd(visit) || sendCode(visit);
            case "submit" -> notAtTheEnd(visit) || submit(visit);
            // Enter in a field: forward; on the last step the submit once a code is typed, the code's mail before.
            case "default" -> step < PublicApplication.STEPS ? next(visit, step) : notAtTheEnd(visit)
                    || (request.getParameter("code") == null || request.getParameter("code").isBlank() ? sendCode(visit) : submit(visit));
            default -> true;
        };
    }

    /**
     * Back keeps what was typed on the step, unchecked (it is checked when the family goes forward again), and shows
     * the earlier step as the draft holds it: what was typed on the step left was thrown away.
     */
    private boolean back(ApplicationVisit visit, int step) {
        if (step >= 1 && step <= AdmissionFormDefinition.TYPED_STEPS) {
            try {
                form.saveStep(visit.site.id(), visit.token, step, typed(visit, step), Clients.address(visit.request), false);
            } catch (FieldErrors e) {
                visit.refuse(e);
                visit.reload();
                return true;
            }
        }
        visit.redirect(Math.max(1, step - 1), "");
        return false;
    }

    private boolean start(ApplicationVisit visit) {
        if (visit.campaign == null) {
            visit.notice("admission.draft.gone");
            return true;
        }
        try {
            visit.token = form.startDraft(visit.site.id(), visit.campaign.getId(), clock.now()).getToken();
        } catch (FieldErrors e) {
            visit.refuse(e);
            visit.model.step = 0;
            return true;
        }
        visit.reached = 1;
        visit.redirect(1, "");
        return false;
    }

    /** Saves the step (always) and checks it; the papers' step stores each paper chosen first. */
    private boolean next(ApplicationVisit visit, int step) throws IOException, ServletException {
        try {
            Map<String, String> typed = new HashMap<>();
            if (step <= AdmissionFormDefinition.TYPED_STEPS) {
                typed = typed(visit, step);
            } else if (step == PublicApplication.STEPS - 1) {
                FieldErrors refused = new FieldErrors();
                attach(visit, "birthCert", refused);
                attach(visit, "residence", refused);
                refused.throwIfAny();
            } else {
                return true;
            }
            int to = form.saveStep(visit.site.id(), visit.token, step, typed, Clients.address(visit.request), true);
            visit.redirect(to, "");
            return false;
        } catch (FieldErrors e) {
            visit.refuse(e);
            visit.reload();
            return true;
        }
    }

    /** A typed step's values as posted; the consent's step with the language of the page it was read on. */
    private static Map<String, String> typed(ApplicationVisit visit, int step) {
        Map<String, String> typed = ApplicationRequest.typed(visit.request, AdmissionFormDefinition.fieldsOf(step));
        if (step == vn.edu.portal.admission.AdmissionConsent.STEP) {
            typed.put(vn.edu.portal.admission.AdmissionConsent.LANGUAGE,
                    vn.edu.portal.platform.PortalViewHandler.localeOf(visit.request).getLanguage());
        }
        return typed;
    }

    /** Stores one paper if chosen; a refusal of one does not lose the other. */
    private void attach(ApplicationVisit visit, String field, FieldErrors errors) throws IOException, ServletException {
        try {
            Optional<UploadPolicy.Upload> upload = ApplicationRequest.read(visit.request, field, UploadPolicy.readLimit(form.maxUploadBytes()));
            if (upload.isPresent()) {
                if (upload.get().data() == null) {
                    // In MB, with what to do (it said "tối đa 5.120 KB" where the hint says 5 MB).
                    throw FieldErrors.of(field, "admission.upload.requestTooLarge", form.maxUploadBytes() / (1024.0 * 1024));
                }
                form.attach(visit.site.id(), visit.token, field, upload.get().data());
            }
        } catch (FieldErrors e) {
            e.errors().forEach((f, error) -> errors.add(f, error.key(), error.args()));
        }
    }

    /** The code is sent, and the form submitted, from the last step, once every step before it is done. */
    private static boolean notAtTheEnd(ApplicationVisit visit) {
        if (visit.reached < PublicApplication.STEPS) {
            visit.notice("admission.step.notReached", visit.reached);
            return true;
        }
        return false;
    }

    private boolean sendCode(ApplicationVisit visit) {
        try {
            if (form.sendCode(visit.site.id(), visit.token, Clients.address(visit.request))) {
                visit.redirect(PublicApplication.STEPS, "&sent=1");
                return false;
            }
            visit.notice("admission.code.limit");
        } catch (FieldErrors e) {
            visit.refuse(e);
        }
        return true;
    }

    private boolean submit(ApplicationVisit visit) {
        String token = visit.token;
        long siteId = visit.site.id();
        String ip = Clients.address(visit.request);
        String code = visit.request.getParameter("code");
        SubmitOnce.Outcome<AdmissionApplication> outcome = submitOnce.run(AdmissionService.KIND,
                () -> form.submit(siteId, token, code, ip),
                () -> form.submitted(token).filter(a -> a.getSiteId() == siteId));
        if (outcome instanceof SubmitOnce.Accepted<AdmissionApplication>) {
            visit.redirect(0, "");
            return false;
        }
        if (outcome instanceof SubmitOnce.Refused<AdmissionApplication> refused) {
            visit.refuse(refused.errors());
            visit.model.step = refused.errors().errors().keySet().stream().mapToInt(AdmissionFormDefinition::stepOf).min()
                    .orElse(PublicApplication.STEPS);
            visit.reload();
        } else if (outcome instanceof SubmitOnce.Conflict<AdmissionApplication>) {
            // A unique key refused the insert and no application of this draft exists: the same child applied.
            visit.refuse(FieldErrors.of("personalId", "admission.child.duplicate"));
            visit.model.step = 1;
        } else {
            // The database went away mid-submit and nothing of this draft committed: press again, said
            // next to the code, which stays typed.
            visit.refuse(FieldErrors.of("code", "admission.submit.unavailable"));
            visit.values.put("code", code);
            visit.model.step = PublicApplication.STEPS;
        }
        return true;
    }

}
