package vn.edu.portal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.content.Article;
import vn.edu.portal.content.ArticleAutosave;
import vn.edu.portal.content.ArticleDrafts;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.ArticleStatus;
import vn.edu.portal.content.PublishedArticles;
import vn.edu.portal.disclosure.DisclosureDashboard;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.WorkingCalendar;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.Submission;
import vn.edu.portal.procedure.SubmissionQueue;
import vn.edu.portal.security.Role;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The dashboards' figures, read from each feature's service: what one person has to do on one
 * site (by his roles there), and every school's backlog for the department.
 */
@ApplicationScoped
public class Dashboard {

    /** Lines shown per list before "see all". */
    static final int LINES = 8;
    /** Disclosure items due within this many days count as "about to expire". */
    static final int DISCLOSURE_WARNING_DAYS = 30;
    /** An admission verification window closing within this many days is "about to expire". */
    static final int VERIFICATION_WARNING_DAYS = 7;

    @Inject
    ArticleService articles;

    @Inject
    PublishedArticles published;

    @Inject
    ArticleDrafts drafts;

    @Inject
    SubmissionQueue submissions;

    @Inject
    ProcedureService procedures;

    @Inject
    DisclosureService disclosures;

    @Inject
    AdmissionService admission;

    @Inject
    AdmissionRounds rounds;

    @Inject
    WorkingCalendar calendar;

    @Inject
    SiteDirectory directory;

    // ---- one person on one site -----------------------------------------------------------

    /** Who looks at the dashboard of a site: his roles there decide which lists he gets. */
    public record Viewer(String username, Set<Role> roles, boolean departmentAdmin) {

        boolean writes() {
            return departmentAdmin || roles.contains(Role.EDITOR) || roles.contains(Role.APPROVER)
                    || roles.contains(Role.SCHOOL_ADMIN);
        }

        boolean approves() {
            return departmentAdmin || roles.contains(Role.APPROVER) || roles.contains(Role.SCHOOL_ADMIN);
        }

        /** Those who open the request queue and the admission queue (their admin pages say so). */
        boolean answersParents() {
            return departmentAdmin || roles.contains(Role.HANDLER) || roles.contains(Role.SCHOOL_ADMIN);
        }

        boolean runsSchool() {
            return departmentAdmin || roles.contains(Role.SCHOOL_ADMIN);
        }
    }

    /** An open request with the working days left on it. */
    public record Request(long id, String code, String procedure, LocalDate dueOn, boolean late, boolean dueSoon) {
        public long getId() { return id; }
        public String getCode() { return code; }
        public String getProcedure() { return procedure; }
        public LocalDate getDueOn() { return dueOn; }
        public boolean isLate() { return late; }
        public boolean isDueSoon() { return dueSoon; }
    }

    /** The website rubric: articles this school year against the target, and the last update. */
    public record Rubric(long articles, int target, long expectedByNow, Long daysSinceLast, LocalDate yearEnds) {
        public long getArticles() { return articles; }
        public int getTarget() { return target; }
        public long getExpectedByNow() { return expectedByNow; }
        public Long getDaysSinceLast() { return daysSinceLast; }
        public LocalDate getYearEnds() { return yearEnds; }
        public boolean isBehind() { return articles < expectedByNow; }
        public long getMissing() { return Math.max(0, target - articles); }
        public int getPercent() { return (int) Math.min(100, articles * 100 / Math.max(1, target)); }
    }

    /** Disclosure items of this school year: late, not yet due, stale, and due within a month. */
    public record Disclosures(int applicable, int published, int late, int notYetDue, int stale, long dueSoon) {
        public int getApplicable() { return applicable; }
        public int getPublished() { return published; }
        public int getLate() { return late; }
        public int getNotYetDue() { return notYetDue; }
        public int getStale() { return stale; }
        public long getDueSoon() { return dueSoon; }
    }

    /** Admission applications waiting for the school, and when its verification window closes. */
    public record Admission(long waiting, LocalDate verificationEnds, boolean closingSoon) {
        public long getWaiting() { return waiting; }
        public LocalDate getVerificationEnds() { return verificationEnds; }
        public boolean isClosingSoon() { return closingSoon; }
    }

    /** Everything one person has to do on one site; a list is null when his roles do not give it. */
    public record SiteWork(SiteInfo site, boolean writes, boolean approves, List<ArticleAutosave> unsaved,
                           List<Article> returned, List<Article> drafts, List<Article> mineWaiting, List<Article> queue,
                           long queueSize, Deadlines requests, List<Request> urgentRequests, Admission admission,
                           Disclosures disclosures, Rubric rubric) {
        public SiteInfo getSite() { return site; }
        public boolean isWrites() { return writes; }
        public boolean isApproves() { return approves; }
        public List<ArticleAutosave> getUnsaved() { return unsaved; }
        public List<Article> getReturned() { return returned; }
        public List<Article> getDrafts() { return drafts; }
        public List<Article> getMineWaiting() { return mineWaiting; }
        public List<Article> getQueue() { return queue; }
        public long getQueueSize() { return queueSize; }
        public Deadlines getRequests() { return requests; }
        public List<Request> getUrgentRequests() { return urgentRequests; }
        public Admission getAdmission() { return admission; }
        public Disclosures getDisclosures() { return disclosures; }
        public Rubric getRubric() { return rubric; }

        /** How many things wait for this person: the count beside the site on a multi-site dashboard. */
        public long getTotal() {
            return (unsaved == null ? 0 : unsaved.size()) + (returned == null ? 0 : returned.size())
                    + (approves ? queueSize : 0) + (requests == null ? 0 : requests.dueSoon() + requests.late())
                    + (admission == null ? 0 : admission.waiting()) + (disclosures == null ? 0 : disclosures.late());
        }

        /** Whether anything expires soon (the "about to expire" box). */
        public boolean isExpiring() {
            return (disclosures != null && disclosures.dueSoon() > 0) || (admission != null && admission.closingSoon())
                    || (rubric != null && rubric.isBehind());
        }
    }

    public SiteWork siteWork(SiteInfo site, Viewer viewer, LocalDate today) {
        boolean writes = viewer.writes();
        boolean approves = viewer.approves();
        List<ArticleAutosave> unsaved = null;
        List<Article> returned = null;
        List<Article> mine = null;
        List<Article> mineWaiting = null;
        if (writes) {
            unsaved = drafts.of(site.id(), viewer.username());
            returned = articles.byAuthor(site.id(), viewer.username(), EnumSet.of(ArticleStatus.RETURNED), LINES);
            mine = articles.byAuthor(site.id(), viewer.username(), EnumSet.of(ArticleStatus.DRAFT), LINES);
            mineWaiting = articles.byAuthor(site.id(), viewer.username(), EnumSet.of(ArticleStatus.SUBMITTED), LINES);
        }
        List<Article> queue = approves ? articles.waiting(site.id(), LINES) : null;
        long queueSize = approves ? articles.count(site.id(), ArticleStatus.SUBMITTED) : 0;
        Deadlines requests = null;
        List<Request> urgent = null;
        Admission applications = null;
        if (viewer.answersParents()) {
            List<Submission> open = submissions.open(site.id(), 500);
            // A request paused for the applicant's papers is not due: its clock stands still until they come.
            requests = Deadlines.count(open.stream().filter(s -> !s.isPaused()).map(Submission::getDueOn).toList(), today,
                    calendar.days());
            urgent = open.stream().limit(LINES).map(s -> request(s, today)).toList();
            if (site.isSchool()) {
                applications = admission(site, today);
            }
        }
        Disclosures published = null;
        Rubric rubric = null;
        if (viewer.runsSchool() && site.isSchool()) {
            published = disclosures(site, today);
            rubric = rubric(site.id(), today);
        }
        return new SiteWork(site, writes, approves, unsaved, returned, mine, mineWaiting, queue, queueSize, requests,
                urgent, applications, published, rubric);
    }

    private Request request(Submission s, LocalDate today) {
        String name = procedures.byId(s.getProcedureId()).map(p -> p.getName()).orElse("");
        return new Request(s.getId(), s.getTrackingCode(), name, s.getDueOn(), Deadlines.late(s.getDueOn(), today),
                Deadlines.dueSoon(s.getDueOn(), today, calendar.days()));
    }

    private Admission admission(SiteInfo school, LocalDate today) {
        Optional<AdmissionCampaign> campaign = rounds.campaignOfSchool(school.id());
        long waiting = admission.waitingForVerification().getOrDefault(school.id(), 0L);
        if (campaign.isEmpty() && waiting == 0) {
            return null;
        }
        LocalDate ends = campaign.map(AdmissionCampaign::getVerificationTo).map(i -> i.atZone(Formats.VIETNAM).toLocalDate())
                .orElse(null);
        boolean closing = ends != null && waiting > 0 && !ends.isBefore(today)
                && !ends.isAfter(today.plusDays(VERIFICATION_WARNING_DAYS));
        return new Admission(waiting, ends, closing);
    }

    private Disclosures disclosures(SiteInfo school, LocalDate today) {
        int year = SchoolYear.current(today);
        DisclosureService.Summary summary = disclosures.summaries(List.of(school), year).get(school.id());
        long soon = disclosures.dueWithin(school, year, today, DISCLOSURE_WARNING_DAYS);
        return new Disclosures(summary.applicable(), summary.published(), summary.late(),
                summary.missing() - summary.late(), summary.stale(), soon);
    }

    Rubric rubric(long siteId, LocalDate today) {
        int year = SchoolYear.current(today);
        LocalDate from = LocalDate.of(year, 8, 1);
        LocalDate to = from.plusYears(1);
        long count = published.countVisible(siteId, from.atStartOfDay(Formats.VIETNAM).toInstant(),
                to.atStartOfDay(Formats.VIETNAM).toInstant());
        Long days = published.lastVisible(siteId).map(last -> daysSince(last, today)).orElse(null);
        return new Rubric(count, DisclosureDashboard.ARTICLE_TARGET, expected(today, from, to), days, to.minusDays(1));
    }

    /** The articles a school should have by {@code today} to reach the target by the year's end, at an even pace. */
    static long expected(LocalDate today, LocalDate from, LocalDate to) {
        long total = ChronoUnit.DAYS.between(from, to);
        long gone = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(from, today) + 1));
        return (long) Math.ceil(DisclosureDashboard.ARTICLE_TARGET * (double) gone / total);
    }

    private static long daysSince(Instant last, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(last.atZone(Formats.VIETNAM).toLocalDate(), today));
    }

    // ---- the department: every school ------------------------------------------------------

    /** One school's backlog; {@code behind} is what puts it first (see {@link #schools}). */
    public record SchoolRow(SiteInfo site, long articles, long expected, Long daysSinceLast, int disclosureLate,
                            int disclosureStale, int disclosureNotYetDue, long requestsLate, long requestsDueSoon,
                            long admissionWaiting, long waitingApproval) {
        public SiteInfo getSite() { return site; }
        public long getArticles() { return articles; }
        public long getExpected() { return expected; }
        public Long getDaysSinceLast() { return daysSinceLast; }
        public int getDisclosureLate() { return disclosureLate; }
        public int getDisclosureStale() { return disclosureStale; }
        public int getDisclosureNotYetDue() { return disclosureNotYetDue; }
        public long getRequestsLate() { return requestsLate; }
        public long getRequestsDueSoon() { return requestsDueSoon; }
        public long getAdmissionWaiting() { return admissionWaiting; }
        public long getWaitingApproval() { return waitingApproval; }
        public boolean isArticlesBehind() { return articles < expected; }
        public int getTarget() { return DisclosureDashboard.ARTICLE_TARGET; }

        /** Overdue things: late requests, late or stale disclosure items, articles short of an even pace. */
        public long getBehind() {
            return requestsLate + disclosureLate + disclosureStale + Math.max(0, expected - articles);
        }
    }

    /**
     * Every school, furthest behind first: most overdue things (late requests, late or stale
     * disclosure items, articles short of the pace to the yearly target), then fewest articles,
     * then the longest without an update. About ten queries whatever the number of schools.
     */
    public List<SchoolRow> schools(LocalDate today) {
        List<SiteInfo> schools = directory.all().stream().filter(SiteInfo::isSchool).toList();
        int year = SchoolYear.current(today);
        LocalDate from = LocalDate.of(year, 8, 1);
        LocalDate to = from.plusYears(1);
        long expected = expected(today, from, to);
        Map<Long, Long> counts = published.countVisibleBySite(from.atStartOfDay(Formats.VIETNAM).toInstant(),
                to.atStartOfDay(Formats.VIETNAM).toInstant());
        Map<Long, Instant> last = published.lastVisibleBySite();
        Map<Long, Long> waiting = articles.countBySite(ArticleStatus.SUBMITTED);
        Map<Long, DisclosureService.Summary> summaries = disclosures.summaries(schools, year);
        Map<Long, List<LocalDate>> due = submissions.openDueDates();
        Map<Long, Long> applications = admission.waitingForVerification();
        List<SchoolRow> rows = new ArrayList<>(schools.size());
        for (SiteInfo school : schools) {
            DisclosureService.Summary summary = summaries.get(school.id());
            Deadlines requests = Deadlines.count(due.getOrDefault(school.id(), List.of()), today, calendar.days());
            Instant newest = last.get(school.id());
            // Articles owed before the school joined the portal are not counted against it.
            long owed = school.joined() == null || !school.joined().isAfter(from) ? expected
                    : Math.max(0, expected - expected(school.joined().minusDays(1), from, to));
            rows.add(new SchoolRow(school, counts.getOrDefault(school.id(), 0L), owed,
                    newest == null ? null : daysSince(newest, today), summary.late(), summary.stale(),
                    summary.missing() - summary.late(), requests.late(), requests.dueSoon(),
                    applications.getOrDefault(school.id(), 0L), waiting.getOrDefault(school.id(), 0L)));
        }
        rows.sort(Comparator.comparingLong(SchoolRow::getBehind).reversed()
                .thenComparingLong(SchoolRow::getArticles)
                .thenComparing(Comparator.comparingLong(
                        (SchoolRow r) -> r.getDaysSinceLast() == null ? Long.MAX_VALUE : r.getDaysSinceLast()).reversed())
                .thenComparing(vn.edu.portal.platform.NameOrder.of(rows, (SchoolRow r) -> r.site().name())));
        return rows;
    }
}
