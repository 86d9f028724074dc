package vn.edu.portal.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionLists;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.admission.Phases;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.PublicSite;

/**
 * The public admission pages other than the form: the round and its phase, the masked lists and
 * the results page, whose look-up (code + ID number, a plain post) {@link AdmissionResultLookup}
 * answers by filling it into a copy of this page; on the department's site, the open rounds
 * and the lottery page. Results stay sealed until shown. The family's look-up is
 * {@link AdmissionFamilyLookup} (a plain post, its page reads {@link PublicFamilyLookup} and the
 * status helpers here), "which schools serve my address" {@link AdmissionServing}.
 */
@Named("adm")
@RequestScoped
public class AdmissionPublic {

    @Inject
    vn.edu.portal.admission.PublishedAssignment publishedAssignment;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

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
    private AdmissionLists.Results resultList;
    private AdmissionLists.Registrants registrants;
    private boolean copy;

    @PostConstruct
    void load() {
        now = clock.now();
        HttpServletRequest request = request();
        site = CurrentSite.of(request).site();
        year = year(request);
        campaign = campaign(rounds, site, year);
        Object asked = request.getAttribute(vn.edu.portal.platform.PortalViewHandler.ACTION_PATH);
        results = asked != null && asked.toString().endsWith("ket-qua");
        // The copy a look-up's answer is filled into (AdmissionResultLookup) is rendered as a shared
        // copy (FormStartPages): it shows nobody's answer.
        copy = request.getAttribute(PublicSite.SHARED_COPY) != null;
        String ma = request.getParameter("ma");
        if (ma != null && ma.length() <= 20 && !copy) {
            code = ma;
        }
    }

    /** The school year asked for ({@code ?nam=}), null for the current round. */
    static Integer year(HttpServletRequest request) {
        String nam = request.getParameter("nam");
        return nam != null && nam.matches("20\\d\\d") ? Integer.valueOf(nam) : null;
    }

    /** The round a page of this site shows: the department's, or the one this school takes part in. */
    static AdmissionCampaign campaign(AdmissionRounds rounds, SiteInfo site, Integer year) {
        if (site.isDepartment()) {
            return (year == null ? rounds.currentCampaign(site.id()) : rounds.ofYear(site.id(), year)).orElse(null);
        }
        return (year == null ? rounds.campaignOfSchool(site.id()) : rounds.campaignOfSchool(site.id(), year)).orElse(null);
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
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

    /** A preschool round's age groups, and the day ages are counted on. */
    public List<vn.edu.portal.admission.AgeGroups.Group> getAgeGroups() {
        return campaign == null || !campaign.isPreschool() ? List.of() : vn.edu.portal.admission.AgeGroups.of(campaign).groups();
    }

    public String getAgeReferenceText() {
        return campaign == null ? "" : AdmissionRounds.day(vn.edu.portal.admission.AgeGroups.reference(campaign));
    }

    public String months(vn.edu.portal.admission.AgeGroups.Group g) {
        return Texts.get("admission.ageGroups.months", g.fromMonths(), g.toMonths());
    }

    public List<AdmissionRounds.Criterion> getCriteria() {
        // A school's own criterion is listed on that school's page only (the department's lists them all).
        return campaign == null ? List.of() : AdmissionRounds.parseCriteria(campaign.getCriteria()).stream()
                .filter(c -> site.isDepartment() || c.appliesAt(site.slug())).toList();
    }

    /** The department's rounds, newest first: the open ones with their phase, the past ones with their files. */
    public List<AdmissionCampaign> getRounds() {
        return site.isDepartment() ? rounds.campaigns(site.id()).stream().filter(rounds::announced).toList() : List.of();
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

    /**
     * What a family is asked to do now, as the school's page and the department's both say it: a round
     * by assignment (grade 6) has no registration, its families confirm the assigned school then.
     */
    public String phaseLabelKey(AdmissionCampaign round) {
        Phases.Phase phase = round.phaseAt(now);
        return round.isAssignment() && phase == Phases.Phase.REGISTRATION ? "admission.assignment.window.label" : phase.key();
    }

    /** The schools of a round, each a link to its own admission page (the form, the lists, the results). */
    public List<AdmissionLists.SchoolCount> countsOf(AdmissionCampaign round) {
        return lists.counts(round, now);
    }

    /** Whether a round by assignment has its assignment file out (after the run). */
    public boolean assignmentFileOf(AdmissionCampaign round) {
        return publishedAssignment.published(round);
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

    /** The status a family sees: results only once shown. */
    public ApplicationStatus shown(AdmissionApplication a) {
        return lists.shown(a, now);
    }

    public boolean resultShown(AdmissionApplication a) {
        return a != null && resultShown(a.getStatus(), a.getResultSiteId(), a.getWaitingPosition(), shown(a));
    }

    /**
     * Whether a family sees the school or the waiting place of an application of {@code status},
     * whose visible state is {@code shown}.
     */
    static boolean resultShown(ApplicationStatus status, Long resultSiteId, Integer waitingPosition, ApplicationStatus shown) {
        return shown == status && status != ApplicationStatus.ACCEPTED && (resultSiteId != null || waitingPosition != null);
    }

    /**
     * The look-up's form as a read shows it (empty, or with the code of {@code ?ma=}), or, in the
     * copy of the page a look-up's answer is filled into ({@link AdmissionResultLookup}), the mark
     * where that answer goes.
     */
    public String getAnswerBlock() {
        if (copy) {
            return FormStartPages.HOLE;
        }
        HttpServletRequest request = request();
        return ResultAnswerHtml.of(new ResultAnswerHtml.Block(request.getContextPath() + CurrentSite.of(request).base(), year,
                null, code, null, null, null, f -> lists.shown(f, now),
                f -> resultShown(f.status(), f.resultSiteId(), f.waitingPosition(), lists.shown(f, now)), this::schoolName),
                vn.edu.portal.platform.PortalViewHandler.localeOf(request));
    }

    public String schoolName(Long id) {
        return id == null ? "" : lists.schoolName(id);
    }

    public SiteInfo getSite() { return site; }
    public AdmissionCampaign getCampaign() { return campaign; }
    public Integer getYear() { return year; }
    public String getCode() { return code; }
}
