package vn.edu.portal.admission.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionForm;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.Zones;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.Receipts;
import vn.edu.portal.forms.SubmitOnce;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The application form ({@code tuyen-sinh/dang-ky}) as plain HTML posts handled here before the
 * view renders: no JSF state and no HTTP session; the draft row keeps everything under its random
 * token. A post that is taken answers 303 to {@code dang-ky?t=<token>} (with {@code &step=<n>} when
 * the parent went back to an earlier step, {@code &sent=1} after the e-mail code went out); the
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
    /** The longest value read from a field (the form keeps at most this much too). */
    private static final int MAX_VALUE = 1000;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    SubmitOnce submitOnce;

    @Inject
    AdmissionService admission;

    @Inject
    AdmissionForm form;

    @Inject
    AdmissionRounds rounds;

    /** One request of the form: what the parent sees next, or a 303 to it. */
    private final class Visit {
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
        Map<String, String> values = new HashMap<>();

        Visit(SiteInfo site, String base, HttpServletRequest request, HttpServletResponse response) {
            this.site = site;
            this.request = request;
            this.response = response;
            this.base = base;
            this.address = request.getContextPath() + base + AdmissionRoutes.PREFIX + "/dang-ky";
            this.locale = PortalViewHandler.localeOf(request);
        }

        /** 303 to the GET of the draft at {@code step} (the step reached is the default). */
        void redirect(int step, String extra) {
            String location = address + "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + (step > 0 && step < Math.max(reached, step) ? "&step=" + step : "") + extra;
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
            Optional<FormDraft> draft = token == null || token.isBlank() ? Optional.empty() : form.draft(site.id(), token);
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
            return true;
        }

        void reload() {
            form.draft(site.id(), token).ifPresent(d -> {
                values = d.values();
                reached = d.getStep();
            });
        }
    }

    /** Answers a GET or POST of the form; the gate has let it in. */
    public void handle(SiteInfo site, String base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Visit visit = new Visit(site, base, request, response);
        visit.campaign = rounds.campaignOfSchool(site.id()).orElse(null);
        boolean show = "POST".equals(request.getMethod()) ? post(visit) : get(visit);
        if (show) {
            prepare(visit);
            request.setAttribute(PublicApplication.ATTRIBUTE, visit.model);
            request.getRequestDispatcher(VIEW).forward(request, response);
        }
    }

    private boolean get(Visit visit) {
        HttpServletRequest request = visit.request;
        visit.token = request.getParameter("t");
        if (receipt(visit)) {
            return true;
        }
        if (visit.openDraft(false)) {
            visit.model.step = Math.max(1, Math.min(parse(request.getParameter("step"), visit.reached), visit.reached));
            if ("1".equals(request.getParameter("sent")) && visit.model.step == PublicApplication.STEPS) {
                visit.notice("admission.code.sent", visit.values.get("email"));
            }
        }
        return true;
    }

    /** The receipt, when the token is of an application made on this site. */
    private boolean receipt(Visit visit) {
        Optional<AdmissionApplication> done = visit.token == null || visit.token.isBlank() ? Optional.empty()
                : form.submitted(visit.token).filter(a -> a.getSiteId() == visit.site.id());
        done.ifPresent(a -> {
            visit.model.application = a;
            visit.model.step = PublicApplication.RECEIPT;
        });
        return done.isPresent();
    }

    /** Runs the action pressed; true when the page is shown (a refusal), false when a 303 was answered. */
    private boolean post(Visit visit) throws IOException, ServletException {
        HttpServletRequest request = visit.request;
        if (!bodyReadable(request)) {
            // Over the servlet's limits: nothing of the body can be read, but the address carries the draft.
            String t = fromQuery(request, "t");
            visit.response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            visit.response.setHeader("Location", visit.address + "?tooLarge=1"
                    + (t == null ? "" : "&t=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
            return false;
        }
        String action = String.valueOf(request.getParameter("action"));
        if (action.equals("start")) {
            return start(visit);
        }
        visit.token = request.getParameter("token");
        if (visit.token != null && form.submitted(visit.token).filter(a -> a.getSiteId() == visit.site.id()).isPresent()) {
            // Submitted already (a replayed press, another tab): the receipt.
            visit.redirect(0, "");
            return false;
        }
        if (!visit.openDraft(true)) {
            return true;
        }
        int step = Math.max(1, Math.min(parse(request.getParameter("step"), visit.reached), visit.reached));
        visit.model.step = step;
        switch (action) {
            case "back" -> {
                visit.redirect(Math.max(1, step - 1), "");
                return false;
            }
            case "next" -> {
                return next(visit, step);
            }
            case "send" -> {
                return sendCode(visit);
            }
            case "submit" -> {
                return submit(visit);
            }
            default -> {
                return true;
            }
        }
    }

    private boolean start(Visit visit) {
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
    private boolean next(Visit visit, int step) throws IOException, ServletException {
        try {
            Map<String, String> typed = new HashMap<>();
            if (step <= AdmissionForm.STEPS.size()) {
                typed = typed(visit.request, AdmissionForm.STEPS.get(step - 1));
            } else if (step == PublicApplication.STEPS - 1) {
                FieldErrors refused = new FieldErrors();
                attach(visit, "birthCert", refused);
                attach(visit, "residence", refused);
                refused.throwIfAny();
            } else {
                return true;
            }
            int to = form.saveStep(visit.site.id(), visit.token, step, typed);
            visit.redirect(to, "");
            return false;
        } catch (FieldErrors e) {
            visit.refuse(e);
            visit.reload();
            return true;
        }
    }

    /** What was typed on a step, by the fields' plain names; the choices' boxes are joined as the draft keeps them. */
    private static Map<String, String> typed(HttpServletRequest request, List<String> fields) {
        Map<String, String> typed = new HashMap<>();
        for (String field : fields) {
            if (field.equals("criteria")) {
                String[] chosen = request.getParameterValues("criteria");
                typed.put(field, chosen == null ? "" : cap(String.join(",", chosen)));
            } else if (field.equals("consent")) {
                String ticked = request.getParameter("consent");
                typed.put(field, String.valueOf("true".equals(ticked) || "on".equals(ticked)));
            } else {
                String value = request.getParameter(field);
                typed.put(field, value == null ? "" : cap(value));
            }
        }
        return typed;
    }

    /** Stores one paper if chosen; a refusal of one does not lose the other. */
    private void attach(Visit visit, String field, FieldErrors errors) throws IOException, ServletException {
        try {
            Optional<UploadPolicy.Upload> upload = read(visit.request, field);
            if (upload.isPresent()) {
                if (upload.get().data() == null) {
                    throw FieldErrors.of(field, "upload.tooLarge", form.maxUploadBytes() / 1024);
                }
                form.attach(visit.site.id(), visit.token, field, upload.get().data());
            }
        } catch (FieldErrors e) {
            e.errors().forEach((f, error) -> errors.add(f, error.key(), error.args()));
        }
    }

    private Optional<UploadPolicy.Upload> read(HttpServletRequest request, String field) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return Optional.empty();
        }
        return UploadPolicy.read(request.getPart(field), field, form.maxUploadBytes());
    }

    /** False when a multipart body is over the servlet's limits and cannot be read at all. */
    private static boolean bodyReadable(HttpServletRequest request) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.startsWith("multipart/")) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | ServletException tooLarge) {
            return false;
        } catch (RuntimeException unreadable) {
            // The container wraps "the request was rejected because its size exceeds the maximum" so.
            if (unreadable.getCause() instanceof ServletException) {
                return false;
            }
            throw unreadable;
        }
    }

    /**
     * A parameter of the address only, never of the body: read before a post is let in (the gate) or
     * when the body is over the limits, where asking the request for a parameter would parse the body.
     */
    static String fromQuery(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException broken) {
                    return null;
                }
            }
        }
        return null;
    }

    private boolean sendCode(Visit visit) {
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

    private boolean submit(Visit visit) {
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
            visit.model.step = refused.errors().errors().keySet().stream().mapToInt(AdmissionForm::stepOf).min()
                    .orElse(PublicApplication.STEPS);
            visit.reload();
        } else if (outcome instanceof SubmitOnce.Conflict<AdmissionApplication>) {
            // A unique key refused the insert and no application of this draft exists: the same child applied.
            visit.refuse(FieldErrors.of("personalId", "admission.child.duplicate"));
            visit.model.step = 1;
        } else {
            // The database went away mid-submit and nothing of this draft committed: press again.
            visit.notice("admission.submit.unavailable");
            visit.model.step = PublicApplication.STEPS;
        }
        return true;
    }

    /** What the view reads for the step shown; each step computes only what it shows. */
    private void prepare(Visit visit) {
        PublicApplication model = visit.model;
        AdmissionCampaign campaign = visit.campaign;
        model.campaign = campaign;
        model.token = visit.token;
        model.v.putAll(visit.values);
        model.criteria = new ArrayList<>(Arrays.stream(visit.values.getOrDefault("criteria", "").split(","))
                .filter(s -> !s.isBlank()).toList());
        model.consent = "true".equals(visit.values.get("consent"));
        if (campaign == null) {
            return;
        }
        switch (model.step) {
            case 0 -> model.opensText = AdmissionRounds.day(campaign.getRegistrationFrom()) + " – "
                    + AdmissionRounds.day(campaign.getRegistrationTo());
            case 3, 6 -> {
                Zones.Grouping g = rounds.grouping(campaign.getId(), visit.site.id(), visit.values.get("curWard"),
                        visit.values.get("curStreet"));
                model.groupingText = g == null ? "" : Texts.get(visit.locale, g.key(), g.args().toArray());
                var d = AdmissionService.date(visit.values.get("birthDate"));
                model.birthDateShown = d == null ? ""
                        : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            }
            case 4 -> {
                model.otherSchools = rounds.schools(campaign.getId()).stream()
                        .filter(s -> s.site().id() != visit.site.id()).toList();
                model.criteriaChoices = criteriaChoices(campaign, visit);
            }
            case PublicApplication.RECEIPT -> model.receiptQr = Receipts.lookupQr(visit.request, visit.base,
                    AdmissionRoutes.PREFIX + "/tra-cuu", model.application.getCode()).svg();
            default -> { }
        }
    }

    private static List<PublicApplication.CriterionChoice> criteriaChoices(AdmissionCampaign campaign, Visit visit) {
        List<PublicApplication.CriterionChoice> out = new ArrayList<>();
        int preferences = campaign.isPreferencesAllowed() ? Math.min(3, campaign.getMaxPreferences()) : 1;
        for (AdmissionRounds.Criterion c : AdmissionRounds.parseCriteria(campaign.getCriteria())) {
            if (!c.atSchool()) {
                out.add(new PublicApplication.CriterionChoice(c.code(), c.label()));
                continue;
            }
            out.add(new PublicApplication.CriterionChoice(c.code() + "@1",
                    Texts.get(visit.locale, "admission.criteria.atSchool", c.label(), visit.site.name())));
            for (int p = 2; p <= preferences; p++) {
                out.add(new PublicApplication.CriterionChoice(c.code() + "@" + p,
                        Texts.get(visit.locale, "admission.criteria.atPreference", c.label(), p)));
            }
        }
        return out;
    }

    private static String cap(String value) {
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
