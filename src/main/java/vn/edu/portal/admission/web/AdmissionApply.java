package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionForm;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.Phases;
import vn.edu.portal.admission.Zones;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.SubmitOnce;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The application form, one step at a time, on a transient view: the page keeps nothing, the
 * draft row does. Each post carries the draft's random token and the step shown; what was typed
 * is saved before it is checked, so a refusal never loses it.
 *
 * <p>Steps: 0 start, 1 child, 2 residence, 3 family and contact, 4 choices and consent,
 * 5 papers, 6 review and e-mail code, 7 receipt.
 */
@Named("apply")
@RequestScoped
public class AdmissionApply {

    static final int RECEIPT = 7;

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

    private SiteInfo site;
    private AdmissionCampaign campaign;
    private String token;
    private int step;
    private int reached;
    private final Map<String, String> v = new HashMap<>();
    private List<String> criteria = new ArrayList<>();
    private boolean consent;
    private Part birthCert;
    private Part residence;
    private String code;
    private AdmissionApplication application;
    /** The step the view was built for: the page holds the components of one step only. */
    private int builtFor = -1;

    @PostConstruct
    void load() {
        read();
        builtFor = step;
    }

    /** The request's site, round, draft and step (it may stop early: no round, no draft). */
    private void read() {
        HttpServletRequest request = request();
        site = CurrentSite.of(request).site();
        campaign = rounds.campaignOfSchool(site.id()).orElse(null);
        token = request.getParameter("apply:token");
        Optional<AdmissionApplication> done = token == null ? Optional.empty() : form.submitted(token)
                .filter(a -> a.getSiteId() == site.id());
        if (done.isPresent()) {
            application = done.get();
            step = RECEIPT;
            return;
        }
        Optional<FormDraft> draft = token == null ? Optional.empty() : form.draft(site.id(), token);
        if (draft.isEmpty()) {
            // A token from another school's form (or an expired one) opens nothing here; say so.
            if (token != null && !token.isBlank()) {
                Texts.error("admission.draft.gone");
            }
            token = null;
            step = 0;
            return;
        }
        v.putAll(draft.get().values());
        reached = draft.get().getStep();
        step = Math.max(1, Math.min(parse(request.getParameter("apply:step")), reached));
        criteria = new ArrayList<>(Arrays.stream(v.getOrDefault("criteria", "").split(","))
                .filter(s -> !s.isBlank()).toList());
        consent = "true".equals(v.get("consent"));
    }

    private static String value(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isOpen() {
        return campaign != null && Phases.allows(campaign.windows(), Phases.Action.APPLY, clock.now());
    }

    public void start() {
        try {
            token = form.startDraft(site.id(), campaign.getId(), clock.now()).getToken();
        } catch (FieldErrors e) {
            Texts.show("apply", e);
            return;
        }
        step = 1;
        reached = 1;
        showStep();
    }

    /**
     * The view holds the components of the step it was built for (a phone's page stays small,
     * and a request builds a sixth of the form). After an action has moved to another step, the
     * view is built again for that step before it is rendered; messages stay in the context.
     */
    private void showStep() {
        if (step == builtFor) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, faces.getViewRoot().getViewId()));
        builtFor = step;
    }

    public void next() {
        if (token == null) {
            Texts.error("admission.draft.gone");
            return;
        }
        // Choices are plain HTML inputs, checked by the service (not by JSF), so a forged value
        // gets the same Vietnamese message next to its field as any other refusal.
        HttpServletRequest request = request();
        if (step == 1) {
            v.put("sex", value(request.getParameter("apply:sex")));
        }
        if (step == 4) {
            v.put("preference2", value(request.getParameter("apply:preference2")));
            v.put("preference3", value(request.getParameter("apply:preference3")));
            String[] chosen = request.getParameterValues("apply:criteria");
            criteria = chosen == null ? new ArrayList<>() : new ArrayList<>(List.of(chosen));
        }
        v.put("criteria", String.join(",", criteria));
        v.put("consent", String.valueOf(consent));
        try {
            if (step == 5) {
                FieldErrors missing = new FieldErrors();
                attach("birthCert", birthCert, missing);
                attach("residence", residence, missing);
                missing.throwIfAny();
            }
            step = form.saveStep(site.id(), token, step, v);
            reached = Math.max(reached, step);
        } catch (FieldErrors e) {
            Texts.show("apply", e);
        }
        showStep();
    }

    /** Stores one paper if chosen; a refusal of one does not lose the other. */
    private void attach(String field, Part part, FieldErrors errors) {
        try {
            if (Uploads.present(part)) {
                form.attach(site.id(), token, field, Uploads.read(part, field, form.maxUploadBytes()));
                reloadDraft();
            }
        } catch (FieldErrors e) {
            e.errors().forEach((f, error) -> errors.add(f, error.key(), error.args()));
        }
    }

    private void reloadDraft() {
        form.draft(site.id(), token).ifPresent(d -> v.putAll(d.values()));
    }

    public void back() {
        step = Math.max(1, step - 1);
        showStep();
    }

    public void sendCode() {
        if (token == null) {
            return;
        }
        if (form.sendCode(site.id(), token, vn.edu.portal.platform.Clients.address(request()))) {
            Texts.info("admission.code.sent", v.get("email"));
        } else {
            Texts.error("admission.code.limit");
        }
    }

    public void submit() {
        if (token == null) {
            return;
        }
        String ip = vn.edu.portal.platform.Clients.address(request());
        SubmitOnce.Outcome<AdmissionApplication> outcome = submitOnce.run(AdmissionService.KIND,
                () -> form.submit(site.id(), token, code, ip),
                () -> form.submitted(token).filter(a -> a.getSiteId() == site.id()));
        if (outcome instanceof SubmitOnce.Accepted<AdmissionApplication> accepted) {
            application = accepted.result();
            step = RECEIPT;
        } else if (outcome instanceof SubmitOnce.Refused<AdmissionApplication> refused) {
            Texts.show("apply", refused.errors());
            step = refused.errors().errors().keySet().stream().mapToInt(AdmissionForm::stepOf).min().orElse(step);
        } else if (outcome instanceof SubmitOnce.Conflict<AdmissionApplication>) {
            // A unique key refused the insert and no application of this draft exists: the same child applied.
            Texts.show("apply", FieldErrors.of("personalId", "admission.child.duplicate"));
            step = 1;
        } else {
            Texts.error("admission.submit.unavailable");
        }
        showStep();
    }

    public Zones.Grouping getGrouping() {
        return campaign == null ? null : rounds.grouping(campaign.getId(), site.id(), v.get("curWard"), v.get("curStreet"));
    }

    public String getGroupingText() {
        Zones.Grouping g = getGrouping();
        return g == null ? "" : Texts.get(g.key(), g.args().toArray());
    }

    public List<AdmissionRounds.SchoolView> getOtherSchools() {
        return campaign == null ? List.of() : rounds.schools(campaign.getId()).stream()
                .filter(s -> s.site().id() != site.id()).toList();
    }

    /** One box a criterion of the child; one box a school for a criterion of the child at one school. */
    public record CriterionChoice(String value, String label) {
    }

    public List<CriterionChoice> getCriteriaChoices() {
        List<CriterionChoice> out = new ArrayList<>();
        if (campaign == null) {
            return out;
        }
        int preferences = campaign.isPreferencesAllowed() ? Math.min(3, campaign.getMaxPreferences()) : 1;
        for (AdmissionRounds.Criterion c : AdmissionRounds.parseCriteria(campaign.getCriteria())) {
            if (!c.atSchool()) {
                out.add(new CriterionChoice(c.code(), c.label()));
                continue;
            }
            out.add(new CriterionChoice(c.code() + "@1", Texts.get("admission.criteria.atSchool", c.label(), site.name())));
            for (int p = 2; p <= preferences; p++) {
                out.add(new CriterionChoice(c.code() + "@" + p, Texts.get("admission.criteria.atPreference", c.label(), p)));
            }
        }
        return out;
    }

    public String schoolName(String id) {
        return id == null || id.isBlank() ? "" : admission.schoolName(Long.parseLong(id));
    }

    public String getBirthDateShown() {
        var d = AdmissionService.date(v.get("birthDate"));
        return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    public AdmissionCampaign getCampaign() { return campaign; }
    public Map<String, String> getV() { return v; }
    public String getToken() { return token; }
    public void setToken(String token) { }
    public int getStep() { return step; }
    public void setStep(int step) { }
    public int getSteps() { return 6; }
    public List<String> getCriteria() { return criteria; }
    public void setCriteria(List<String> criteria) { this.criteria = criteria == null ? new ArrayList<>() : criteria; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public Part getBirthCert() { return birthCert; }
    public void setBirthCert(Part birthCert) { this.birthCert = birthCert; }
    public Part getResidence() { return residence; }
    public void setResidence(Part residence) { this.residence = residence; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public AdmissionApplication getApplication() { return application; }

    /** The receipt's QR code: the look-up address with the application's code (inline SVG). */
    public String getReceiptQr() {
        return application == null ? "" : vn.edu.portal.forms.Receipts.lookupQr(request(), CurrentSite.of(request()).base(),
                "tuyen-sinh/tra-cuu", application.getCode()).svg();
    }
    public boolean isMultipart() { return step == 5; }
    public String getOpensText() {
        return campaign == null ? "" : AdmissionRounds.day(campaign.getRegistrationFrom()) + " – "
                + AdmissionRounds.day(campaign.getRegistrationTo());
    }
}
