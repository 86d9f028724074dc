package vn.edu.portal.procedure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.FormDrafts;
import vn.edu.portal.forms.SubmitOnce;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormRequest;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.procedure.FormVersion;
import vn.edu.portal.procedure.Procedure;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.Submission;
import vn.edu.portal.procedure.SubmissionForm;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The public procedure pages of a site: the catalogue ({@code thu-tuc}), one procedure
 * ({@code thu-tuc/<slug>}), its online form one step at a time ({@code thu-tuc/<slug>/nop}),
 * the receipt ({@code thu-tuc/bien-nhan/<token>}) and the status lookup ({@code tra-cuu}).
 * Forms are plain HTML posts handled here before the view renders: no JSF state and no HTTP
 * session. Between steps the draft lives in the database under a random token.
 */
@ApplicationScoped
public class ProcedureRoutes {

    static final String VIEWS = "/WEB-INF/views/public/";
    private static final int MAX_PARAM = 5000;

    @Inject
    ProcedureTracking tracking;

    @Inject
    SubmitOnce submitOnce;

    @Inject
    ProcedureService procedures;

    @Inject
    SubmissionForm submissions;

    public static boolean handles(String rest) {
        return rest.equals("thu-tuc") || rest.startsWith("thu-tuc/") || rest.equals("tra-cuu");
    }

    /** Pages that take posts and show what one person typed: never cached, never stored. */
    public static boolean personal(String rest) {
        return rest.endsWith("/nop") || rest.startsWith("thu-tuc/bien-nhan/") || rest.equals("tra-cuu");
    }

    /** Renders the page, or returns false for an address that names nothing. */
    public boolean render(SiteInfo site, String base, String rest, HttpServletRequest request,
                          HttpServletResponse response) throws IOException, ServletException {
        PublicProcedure model = new PublicProcedure();
        request.setAttribute(PublicProcedure.ATTRIBUTE, model);
        if (personal(rest)) {
            response.setHeader("Cache-Control", "no-store");
        }
        String view;
        if (rest.equals("thu-tuc")) {
            model.procedures = procedures.offered(site);
            view = "procedures.xhtml";
        } else if (rest.equals("tra-cuu")) {
            tracking.lookup(site, request, response, model);
            view = "procedure-lookup.xhtml";
        } else if (rest.startsWith("thu-tuc/bien-nhan/")) {
            if (!tracking.receipt(site, base, rest.substring("thu-tuc/bien-nhan/".length()), request, model)) {
                return false;
            }
            view = "procedure-receipt.xhtml";
        } else {
            // Every part counts, an empty one after a final slash too: "nop/" is not the form (it was
            // taken for an ordinary page, kept in the page cache with the draft token it was made with).
            String[] parts = rest.substring("thu-tuc/".length()).split("/", -1);
            Optional<Procedure> procedure = parts.length >= 1 ? procedures.offered(site, parts[0]) : Optional.empty();
            if (procedure.isEmpty() || parts.length > 2 || (parts.length == 2 && !parts[1].equals("nop"))) {
                return false;
            }
            model.procedure = procedure.get();
            model.blankForms = procedures.blankForms(procedure.get().getId());
            Optional<FormVersion> active = procedures.activeForm(procedure.get().getId());
            if (parts.length == 1 || active.isEmpty() || !procedure.get().isAcceptingOnline()) {
                model.form = active.orElse(null);
                view = "procedure.xhtml";
            } else {
                if (!apply(site, base, procedure.get(), active.get(), request, response, model)) {
                    return true;
                }
                view = "procedure-apply.xhtml";
            }
        }
        request.getRequestDispatcher(VIEWS + view).forward(request, response);
        return true;
    }

    /** The form, one step per request. Returns false when it answered with a redirect. */
    private boolean apply(SiteInfo site, String base, Procedure procedure, FormVersion active, HttpServletRequest request,
                          HttpServletResponse response, PublicProcedure model) throws IOException, ServletException {
        Locale locale = PortalViewHandler.localeOf(request);
        String address = request.getContextPath() + base + "thu-tuc/" + procedure.getSlug() + "/nop";
        model.consentText = Texts.get(locale, "proc.consent.text", site.name(), procedure.getName(),
                procedure.getRetentionDays());
        if (!request.getMethod().equals("POST")) {
            Optional<FormDraft> draft = submissions.draft(site.id(), procedure.getId(), request.getParameter("t"));
            if (draft.isEmpty()) {
                show(model, active, FormDrafts.newToken(), 0, Map.of());
                return true;
            }
            FormDraft d = draft.get();
            if (d.getResultId() != null) {
                redirect(response, request.getContextPath() + base + "thu-tuc/bien-nhan/" + d.getToken());
                return false;
            }
            if (!active.getId().equals(d.getFormVersion())) {
                d = submissions.moveToForm(d, active);
                model.notice = Texts.get(locale, "proc.form.superseded");
            }
            show(model, active, d.getToken(), d.getStep(), d.values());
            model.email = d.getEmail();
            if ("1".equals(request.getParameter("tooLarge"))) {
                tooLarge(model, locale);
            }
            return true;
        }
        if (!FormRequest.bodyReadable(request)) {
            // Over the servlet's limits nothing of the body can be read; the page's address names the draft.
            FormRequest.backWhenTooLarge(request, response, address, "t");
            return false;
        }
        FormDraft draft = submissions.open(site, procedure, active, request.getParameter("token"));
        if (draft.getResultId() != null) {
            redirect(response, request.getContextPath() + base + "thu-tuc/bien-nhan/" + draft.getToken());
            return false;
        }
        FormDefinition definition = active.definition();
        Map<String, String> typed = typed(request, definition);
        String posted = request.getParameter("version");
        boolean moved = !active.getId().equals(draft.getFormVersion());
        if (moved || posted != null && !posted.equals(String.valueOf(active.getId()))) {
            // The form was replaced while the page was filled: the answers it carried are kept (the
            // draft starts again at the first step, where each is checked on the way), and it says so.
            draft = submissions.keep(moved ? submissions.moveToForm(draft, active) : draft,
                    carried(request, definition.fields()));
            show(model, active, draft.getToken(), 0, draft.values());
            model.notice = Texts.get(locale, "proc.form.superseded");
            return true;
        }
        int sections = definition.sections().size();
        Integer shown = shownStep(request, sections);
        if (shown != null && shown != draft.getStep()) {
            if (shown > draft.getStep()) {
                // A page past the draft's step (another tab that went back, or a draft gone: expired, or
                // a token of another school or form, which opened a new one): its answers are kept for
                // their step, checked when the draft gets there; the draft's own step is shown.
                boolean gone = draft.getStep() == 0 && draft.values().isEmpty();
                draft = submissions.keep(draft, shown < sections
                        ? carried(request, definition.sections().get(shown).fields()) : Map.of());
                show(model, active, draft.getToken(), draft.getStep(), draft.values());
                model.email = draft.getEmail();
                model.notice = Texts.get(locale, gone ? "proc.draft.gone" : "proc.page.old");
                return true;
            }
            // An earlier page (the browser's history): the form goes back to it and takes it as
            // posted; later answers stay and are checked again on the way.
            draft = submissions.rewind(draft, shown);
            model.notice = Texts.get(locale, "proc.page.old");
        }
        int step = draft.getStep();
        String action = String.valueOf(request.getParameter("action"));
        FieldErrors errors;
        if (action.equals("back")) {
            submissions.back(draft, typed, definition);
            errors = new FieldErrors();
        } else if (step < sections) {
            errors = submissions.saveStep(draft, definition, step, typed, uploads(request, definition), true);
        } else if (step == sections) {
            errors = submissions.consent(draft, site.name(), procedure.getName(), request.getParameter("email"),
                    request.getParameter("consent") != null, model.consentText, step,
                    vn.edu.portal.platform.Clients.address(request), locale);
            model.email = request.getParameter("email");
            model.consentTicked = request.getParameter("consent") != null;
        } else if (action.equals("resend")) {
            errors = submissions.resendCode(draft, site.name(), procedure.getName(),
                    vn.edu.portal.platform.Clients.address(request));
            if (errors.isEmpty()) {
                model.notice = Texts.get(locale, "proc.code.resent");
            }
        } else {
            String token = draft.getToken();
            SubmitOnce.Outcome<Submission> outcome = submitOnce.run(SubmissionForm.KIND,
                    () -> submissions.confirm(site, token, request.getParameter("code")),
                    () -> submissions.submitted(site.id(), token));
            if (outcome instanceof SubmitOnce.Accepted<Submission>) {
                redirect(response, request.getContextPath() + base + "thu-tuc/bien-nhan/" + token);
                return false;
            }
            if (outcome instanceof SubmitOnce.Refused<Submission> refused) {
                errors = refused.errors();
            } else {
                // Press again: said next to the code, which stays typed.
                errors = FieldErrors.of("code", "proc.submit.unavailable");
                model.code = request.getParameter("code");
            }
        }
        if (errors.isEmpty() && model.notice == null) {
            redirect(response, address + "?t=" + draft.getToken());
            return false;
        }
        FormDraft now = draft;
        if (!errors.errors().containsKey("code") || !errors.errors().get("code").key().equals("proc.submit.unavailable")) {
            now = submissions.draft(site.id(), procedure.getId(), draft.getToken()).orElse(draft);
        }
        show(model, active, now.getToken(), now.getStep(), now.values());
        if (model.email == null) {
            model.email = now.getEmail();
        }
        errors.errors().forEach((field, e) -> model.errors.put(field, Texts.get(locale, e.key(), e.args())));
        return true;
    }

    private static void show(PublicProcedure model, FormVersion form, String token, int step, Map<String, String> values) {
        model.form = form;
        model.sections = form.definition().sections();
        model.token = token;
        model.step = Math.min(step, model.sections.size() + 1);
        model.values.putAll(values);
    }

    /** After a post too large to be read: said next to each file field of the step shown. */
    private void tooLarge(PublicProcedure model, Locale locale) {
        if (model.step < model.sections.size()) {
            for (FormField f : model.sections.get(model.step).fields()) {
                if (f.type() == FieldType.FILE) {
                    model.errors.put(f.key(), Texts.get(locale, "upload.tooLarge", submissions.maxBytes(f) / 1024));
                }
            }
        }
        if (model.errors.isEmpty()) {
            model.notice = Texts.get(locale, "upload.requestTooLarge");
        }
    }

    /** The step the posted page showed ({@code section}), or null for a page made without it. */
    private static Integer shownStep(HttpServletRequest request, int sections) {
        String value = request.getParameter("section");
        if (value == null || !value.matches("\\d{1,3}")) {
            return null;
        }
        int step = Integer.parseInt(value);
        return step <= sections + 1 ? step : null;
    }

    /** What the page carried of these fields: those it posted (a box left unticked is not taken as an answer). */
    private static Map<String, String> carried(HttpServletRequest request, java.util.List<FormField> fields) {
        Map<String, String> carried = FormRequest.typed(request, fields, "f_", MAX_PARAM);
        carried.keySet().removeIf(key -> request.getParameterValues("f_" + key) == null);
        return carried;
    }

    private static Map<String, String> typed(HttpServletRequest request, FormDefinition definition) {
        return FormRequest.typed(request, definition.fields(), "f_", MAX_PARAM);
    }

    private Map<String, UploadPolicy.Upload> uploads(HttpServletRequest request, FormDefinition definition)
            throws IOException, ServletException {
        Map<String, UploadPolicy.Upload> uploads = new HashMap<>();
        if (request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
            return uploads;
        }
        for (FormField f : definition.fields()) {
            if (f.type() == FieldType.FILE) {
                tracking.read(request, "f_" + f.key()).ifPresent(u -> uploads.put(f.key(), u));
            }
        }
        return uploads;
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
