package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.forms.FormEvent;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.admission.Phases;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The public admission pages other than the form: the round and its phase, the masked lists, the
 * results look-up (code + ID number) and the family's look-up (code + e-mail) with correction,
 * withdrawal and enrolment confirmation; on the department's site, the open rounds and "which
 * schools serve my address". Results stay sealed until shown; look-ups are throttled (429).
 */
@Named("adm")
@RequestScoped
public class AdmissionPublic {

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    AdmissionService admission;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionLists lists;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    private Instant now;
    private SiteInfo site;
    private AdmissionCampaign campaign;
    private Integer year;
    private boolean results;
    private String code;
    private String email;
    private String personalId;
    private String phone;
    private String curWard;
    private String curStreet;
    private AdmissionApplication found;
    private AdmissionApplication result;
    private AdmissionLists.Results resultList;
    private AdmissionLists.Registrants registrants;

    @PostConstruct
    void load() {
        now = clock.now();
        HttpServletRequest request = request();
        site = CurrentSite.of(request).site();
        String nam = request.getParameter("nam");
        year = nam != null && nam.matches("20\\d\\d") ? Integer.valueOf(nam) : null;
        if (site.isDepartment()) {
            campaign = year == null ? rounds.currentCampaign(site.id()).orElse(null) : rounds.ofYear(site.id(), year).orElse(null);
        } else {
            campaign = (year == null ? rounds.campaignOfSchool(site.id()) : rounds.campaignOfSchool(site.id(), year)).orElse(null);
        }
        Object asked = request.getAttribute(vn.edu.portal.platform.PortalViewHandler.ACTION_PATH);
        results = asked != null && asked.toString().endsWith("ket-qua");
        String ma = request.getParameter("ma");
        if (ma != null && ma.length() <= 20) {
            code = ma;
        }
        // A post from the look-up form: find the application first, so that the buttons and
        // fields shown with it exist while the post is decoded (the view keeps no state).
        String postedCode = request.getParameter("lookup:code");
        String postedEmail = request.getParameter("lookup:email");
        if (postedCode != null && postedEmail != null) {
            found = lookUp(postedCode, postedEmail).orElse(null);
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** The family's look-up; over the limit, the page answers 429 with Retry-After and says when to try again. */
    private Optional<AdmissionApplication> lookUp(String typedCode, String typedEmail) {
        try {
            return admission.lookup(site.id(), typedCode, typedEmail, ip());
        } catch (TooManyAttempts e) {
            tooMany(e);
            return Optional.empty();
        }
    }

    private static void tooMany(TooManyAttempts e) {
        Texts.tooMany(e, "lookup.tooMany");
    }

    // ---------------------------------------------------------------- the round and its phase

    public Phases.Phase getPhase() {
        return campaign == null ? null : campaign.phaseAt(now);
    }

    public boolean isRegistrationOpen() {
        return campaign != null && Phases.allows(campaign.windows(), Phases.Action.APPLY, now);
    }

    public boolean isResultsPublished() {
        return campaign != null && campaign.resultsVisibleAt(now);
    }

    public List<AdmissionRounds.SchoolView> getSchools() {
        return campaign == null ? List.of() : rounds.schools(campaign.getId());
    }

    public AdmissionRounds.SchoolView getThisSchool() {
        return getSchools().stream().filter(s -> s.site().id() == site.id()).findFirst().orElse(null);
    }

    public List<AdmissionLists.SchoolCount> getCounts() {
        return campaign == null ? List.of() : lists.counts(campaign, now);
    }

    public List<AdmissionRounds.Criterion> getCriteria() {
        return campaign == null ? List.of() : AdmissionRounds.parseCriteria(campaign.getCriteria());
    }

    /** The department's rounds, newest first: the open ones with their phase, the past ones with their files. */
    public List<AdmissionCampaign> getRounds() {
        return site.isDepartment() ? rounds.campaigns(site.id()) : List.of();
    }

    /** The department's rounds with a published commitment, newest first: the lottery page. */
    public List<AdmissionCampaign> getLotteryRounds() {
        return directory.departmentSite().map(d -> rounds.campaigns(d.id()).stream()
                .filter(c -> c.getCommitment() != null).toList()).orElse(List.of());
    }

    public List<AdmissionCampaign> getOpenRounds() {
        return site.isDepartment() ? rounds.openRounds(site.id(), now) : List.of();
    }

    public Phases.Phase phaseOf(AdmissionCampaign round) {
        return round.phaseAt(now);
    }

    public boolean filesOf(AdmissionCampaign round) {
        return vn.edu.portal.admission.AdmissionDraw.filesPublished(round, now);
    }

    public String day(Instant instant) {
        return AdmissionRounds.day(instant);
    }

    public String date(java.time.LocalDate date) {
        return AdmissionRounds.day(date);
    }

    // ---------------------------------------------------------------- lists

    public AdmissionLists.Registrants getRegistrants() {
        if (registrants == null) {
            registrants = lists.registrants(site.id(), now);
        }
        return registrants;
    }

    public AdmissionLists.Results getResultList() {
        if (resultList == null) {
            resultList = lists.results(site.id(), year, now);
        }
        return resultList;
    }

    /** Whether the page is the results page (ket-qua) rather than the registrant list. */
    public boolean isResultsPage() {
        return results;
    }

    public int getMinGroup() {
        return lists.minGroup();
    }

    // ---------------------------------------------------------------- which schools serve an address

    public String getWard() {
        return param("phuong");
    }

    public String getStreet() {
        return param("duong");
    }

    private static String param(String name) {
        String v = request().getParameter(name);
        return v == null ? "" : v.length() > 120 ? v.substring(0, 120) : v.strip();
    }

    public List<AdmissionRounds.Serving> getServing() {
        return rounds.schoolsServing(site.id(), getWard(), getStreet(), now);
    }

    public List<String> getWards() {
        return rounds.wardsOfOpenRounds(site.id(), now);
    }

    public String groupingText(AdmissionRounds.Serving s) {
        return Texts.get(s.grouping().key(), s.grouping().args().toArray());
    }

    // ---------------------------------------------------------------- the family's look-up

    public void lookup() {
        if (found == null && !FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return;
        }
        if (found == null) {
            Texts.show("lookup", FieldErrors.of("code", "admission.lookup.none"));
        } else {
            phone = found.getPhone();
            curWard = found.getCurrent().getWard();
            curStreet = found.getCurrent().getStreet();
        }
    }

    public void withdraw() {
        if (found == null) {
            lookup();
            return;
        }
        try {
            found = admission.withdraw(site.id(), code, email, ip(), clock.now());
            Texts.info("admission.withdrawn", found.getCode());
        } catch (FieldErrors e) {
            Texts.show("lookup", e);
        }
    }

    public void correct() {
        if (found == null) {
            lookup();
            return;
        }
        try {
            found = admission.correct(site.id(), code, email, phone, curWard, curStreet, ip());
            Texts.info("admission.corrected");
        } catch (FieldErrors e) {
            Texts.show("lookup", e);
        }
    }

    public void confirmEnrolment() {
        if (found == null) {
            lookup();
            return;
        }
        try {
            found = admission.confirmEnrolment(site.id(), code, email, clock.now());
            Texts.info("admission.enrolled", found.getEnrolReceipt());
        } catch (FieldErrors e) {
            Texts.show("lookup", e);
        }
    }

    /** The results look-up by code and the child's ID: the answer says nothing before the results are shown. */
    public void findResult() {
        try {
            Optional<AdmissionApplication> r = admission.result(code, personalId, ip());
            result = r.filter(a -> campaign != null && a.getCampaignId().equals(campaign.getId())).orElse(null);
            if (result == null) {
                Texts.show("result", FieldErrors.of("code", "admission.lookup.none"));
            }
        } catch (TooManyAttempts e) {
            tooMany(e);
        }
    }

    /** The status a family sees: results only once shown. */
    public ApplicationStatus shown(AdmissionApplication a) {
        return lists.shown(a, now);
    }

    public boolean resultShown(AdmissionApplication a) {
        return a != null && shown(a) == a.getStatus() && a.getStatus() != ApplicationStatus.ACCEPTED
                && (a.getResultSiteId() != null || a.getWaitingPosition() != null);
    }

    public List<FormEvent> getHistory() {
        return found == null ? List.of() : lists.history(found, now);
    }

    public String schoolName(Long id) {
        return id == null ? "" : lists.schoolName(id);
    }

    public boolean isCanEnrol() {
        return found != null && shown(found) == ApplicationStatus.ADMITTED;
    }

    private static String ip() {
        return vn.edu.portal.platform.Clients.address(request());
    }

    public SiteInfo getSite() { return site; }
    public AdmissionCampaign getCampaign() { return campaign; }
    public Integer getYear() { return year; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPersonalId() { return personalId; }
    public void setPersonalId(String personalId) { this.personalId = personalId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCurWard() { return curWard; }
    public void setCurWard(String curWard) { this.curWard = curWard; }
    public String getCurStreet() { return curStreet; }
    public void setCurStreet(String curStreet) { this.curStreet = curStreet; }
    public AdmissionApplication getFound() { return found; }
    public AdmissionApplication getResult() { return result; }
}
