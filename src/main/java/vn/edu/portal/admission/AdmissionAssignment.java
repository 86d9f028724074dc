package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * A round by assignment (grade 6): the department assigns every pupil of the imported grade-5 list
 * to the school of his zone ({@link Assignments}); the family, after proving it reads the list's
 * e-mail address (the data review's way in), confirms the school or asks for another one with a
 * reason, until registration closes; the department grants or keeps, and the family is mailed.
 * Each action only in its phase ({@link Phases.Action#ASSIGN}, {@code ANSWER_ASSIGNMENT},
 * {@code DECIDE_ASSIGNMENT}).
 */
@ApplicationScoped
public class AdmissionAssignment {

    /** What the assignment run did. */
    public record Run(int assigned, int unplaced) {
    }

    /** A school's pupils: assigned in all, confirmed by the family, asked to leave for another school. */
    public record Count(SiteInfo school, long assigned, long confirmed, long asked) {
        public String getName() { return school.name(); }
        public long getAssigned() { return assigned; }
        public long getConfirmed() { return confirmed; }
        public long getAsked() { return asked; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionReview review;

    @Inject
    SiteDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    /** The department's round by assignment, or a refusal on {@code field} (no such round, or one by application). */
    AdmissionCampaign assignmentRound(long departmentSiteId, long campaignId, String field) {
        AdmissionCampaign c = rounds.campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of(field, "admission.notFound"));
        if (!c.isAssignment()) {
            throw FieldErrors.of(field, "admission.assignment.notAssignment");
        }
        return c;
    }

    /**
     * Assigns every pupil the family and the department have not yet acted on (a pupil placed by hand
     * stays placed), again from the zones as they are now (a zone corrected before registration closes
     * moves the pupils it names).
     */
    @Transactional
    public Run run(long departmentSiteId, long campaignId, String actor, String ip) {
        AdmissionCampaign c = assignmentRound(departmentSiteId, campaignId, "assignment");
        Instant now = clock.now();
        Phases.require(c.windows(), Phases.Action.ASSIGN, now, "assignment");
        List<Zones.Zone> zones = rounds.zones(c.getId());
        int assigned = 0;
        int unplaced = 0;
        for (ReviewRecord r : records(c)) {
            Assignment.Status status = r.getAssignment().status;
            boolean placedByHand = r.getAssignment().siteId != null && r.getAssignment().zoneSiteId == null;
            if (status != null && (status != Assignment.Status.ASSIGNED || placedByHand)) {
                continue;
            }
            Optional<Long> school = Assignments.schoolFor(zones, r.curWard, r.curStreet);
            if (school.isPresent()) {
                r.setAssignment(Assignment.to(school.get(), now, actor));
                assigned++;
            } else {
                r.setAssignment(new Assignment());
                unplaced++;
            }
        }
        audit.record(actor, departmentSiteId, "admission.assignment.run", c.schoolYear + ": " + assigned + " assigned, "
                + unplaced + " without a school", ip);
        return new Run(assigned, unplaced);
    }

    private List<ReviewRecord> records(AdmissionCampaign c) {
        return em.createQuery("select r from ReviewRecord r where r.campaignId = :c and r.siteId = :s order by r.id",
                ReviewRecord.class).setParameter("c", c.getId()).setParameter("s", c.siteId).getResultList();
    }

    private ReviewRecord open(AdmissionCampaign c, String token) {
        if (c == null || !c.isAssignment()) {
            throw FieldErrors.of("assignment", "admission.assignment.notAssignment");
        }
        ReviewRecord r = review.byToken(c, token).orElseThrow(() -> FieldErrors.of("assignment", "admission.review.session"));
        Phases.require(c.windows(), Phases.Action.ANSWER_ASSIGNMENT, clock.now(), "assignment");
        Assignment.Status status = r.getAssignment().status;
        if (status == null || !status.open()) {
            throw FieldErrors.of("assignment", "admission.assignment.notOpen");
        }
        return r;
    }

    /** The family confirms the school it was assigned (or moved to). */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public ReviewRecord confirm(AdmissionCampaign c, String token) {
        ReviewRecord r = open(c, token);
        r.setAssignment(r.getAssignment().confirmed(clock.now()));
        return r;
    }

    /** The family asks for another school of the round, with its reason. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public ReviewRecord ask(AdmissionCampaign c, String token, String otherSchool, String reason) {
        ReviewRecord r = open(c, token);
        FieldErrors errors = new FieldErrors();
        long other = otherSchool != null && otherSchool.matches("\\d{1,18}") ? Long.parseLong(otherSchool) : -1;
        if (!rounds.lists(c.getId(), other) || Long.valueOf(other).equals(r.getAssignment().siteId)) {
            errors.add("otherSchool", "admission.assignment.otherRequired");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 1000) {
            errors.add("assignmentReason", "admission.assignment.reasonRequired");
        }
        errors.throwIfAny();
        r.setAssignment(r.getAssignment().asked(other, why, clock.now()));
        return r;
    }

    /** The department grants a request (the pupil moves to the school asked for) or keeps the first school, with its note. */
    @Transactional
    public ReviewRecord decide(long departmentSiteId, long campaignId, long recordId, boolean grant, String note, String actor,
            String ip) {
        AdmissionCampaign c = assignmentRound(departmentSiteId, campaignId, "request");
        Phases.require(c.windows(), Phases.Action.DECIDE_ASSIGNMENT, clock.now(), "request");
        ReviewRecord r = em.find(ReviewRecord.class, recordId);
        if (r == null || !r.campaignId.equals(c.getId()) || r.getAssignment().status != Assignment.Status.ASKED) {
            throw FieldErrors.of("request", "admission.assignment.notOpen");
        }
        String why = note == null ? "" : note.strip();
        if (!grant && why.length() < 5 || why.length() > 1000) {
            throw FieldErrors.of("note", "admission.assignment.noteRequired");
        }
        r.setAssignment(r.getAssignment().decided(grant, why.isEmpty() ? null : why, clock.now(), actor));
        String school = schoolName(r.getAssignment().siteId);
        notifier.email(c.siteId, r.email, Texts.get(PortalViewHandler.VIETNAMESE, "admission.assignment.mail.subject"),
                Texts.get(PortalViewHandler.VIETNAMESE, "admission.assignment.mail.body", r.getLastFour(),
                        Texts.get(PortalViewHandler.VIETNAMESE, "admission.assignment.status." + r.getAssignment().status),
                        school), "admission.assignment");
        audit.record(actor, departmentSiteId, "admission.assignment.decide", r.getLastFour() + " " + r.getAssignment().status, ip);
        return r;
    }

    /**
     * The department places a pupil no zone holds at a school of the round (until requests are no longer
     * decided); the family is mailed and confirms like any other.
     */
    @Transactional
    public ReviewRecord place(long departmentSiteId, long campaignId, long recordId, String school, String actor, String ip) {
        AdmissionCampaign c = assignmentRound(departmentSiteId, campaignId, "pupil");
        Instant now = clock.now();
        if (!Phases.allows(c.windows(), Phases.Action.ASSIGN, now)) {
            Phases.require(c.windows(), Phases.Action.DECIDE_ASSIGNMENT, now, "pupil");
        }
        ReviewRecord r = em.find(ReviewRecord.class, recordId);
        if (r == null || !r.campaignId.equals(c.getId()) || r.getAssignment().siteId != null) {
            throw FieldErrors.of("pupil", "admission.assignment.notUnplaced");
        }
        long site = school != null && school.matches("\\d{1,18}") ? Long.parseLong(school) : -1;
        if (!rounds.lists(c.getId(), site)) {
            throw FieldErrors.of("placeSchool", "admission.assignment.otherRequired");
        }
        r.setAssignment(Assignment.placed(site, now, actor));
        notifier.email(c.siteId, r.email, Texts.get(PortalViewHandler.VIETNAMESE, "admission.assignment.placed.subject"),
                Texts.get(PortalViewHandler.VIETNAMESE, Phases.allows(c.windows(), Phases.Action.ANSWER_ASSIGNMENT, now)
                        ? "admission.assignment.placed.body" : "admission.assignment.placed.bodyLate", r.getLastFour(),
                        schoolName(site)),
                "admission.assignment");
        audit.record(actor, departmentSiteId, "admission.assignment.place", r.getLastFour() + " " + site, ip);
        return r;
    }

    public String schoolName(Long siteId) {
        return siteId == null ? "" : directory.byId(siteId).map(SiteInfo::name).orElse("");
    }

    /** Pupils per school of the round, in the round's order. */
    public List<Count> counts(AdmissionCampaign c) {
        Map<Long, long[]> by = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select r.assignment.siteId, r.assignment.status, count(r) from ReviewRecord r"
                + " where r.campaignId = :c and r.siteId = :s and r.assignment.siteId is not null"
                + " group by r.assignment.siteId, r.assignment.status", Object[].class)
                .setParameter("c", c.getId()).setParameter("s", c.siteId).getResultList()) {
            long[] n = by.computeIfAbsent((Long) row[0], k -> new long[3]);
            long count = (Long) row[2];
            n[0] += count;
            if (row[1] == Assignment.Status.CONFIRMED || row[1] == Assignment.Status.SPECIAL) {
                n[1] += count;
            } else if (row[1] == Assignment.Status.ASKED) {
                n[2] += count;
            }
        }
        return rounds.schools(c.getId()).stream().map(s -> {
            long[] n = by.getOrDefault(s.site().id(), new long[3]);
            return new Count(s.site(), n[0], n[1], n[2]);
        }).toList();
    }

    /**
     * The pupils a school has by assignment in its current round, for that school's staff only (the
     * site comes from the staff context), by name.
     */
    public List<ReviewRecord> assignedTo(long schoolSiteId, int max) {
        Optional<AdmissionCampaign> round = rounds.campaignOfSchool(schoolSiteId).filter(AdmissionCampaign::isAssignment);
        if (round.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from ReviewRecord r where r.campaignId = :c and r.siteId = :s"
                + " and r.assignment.siteId = :school order by r.childName, r.id", ReviewRecord.class)
                .setParameter("c", round.get().getId()).setParameter("s", round.get().siteId).setParameter("school", schoolSiteId)
                .setMaxResults(max).getResultList();
    }

    /** A school's export of its assigned pupils, in the audit log. */
    public void auditExport(long schoolSiteId, int rows, String actor, String ip) {
        audit.record(actor, schoolSiteId, "admission.assignment.export", rows + " rows", ip);
    }

    /** The requests waiting for the department, oldest first. */
    public List<ReviewRecord> requests(AdmissionCampaign c, int max) {
        return em.createQuery("select r from ReviewRecord r where r.campaignId = :c and r.siteId = :s"
                + " and r.assignment.status = :st order by r.assignment.changedAt, r.id", ReviewRecord.class)
                .setParameter("c", c.getId()).setParameter("s", c.siteId).setParameter("st", Assignment.Status.ASKED)
                .setMaxResults(max).getResultList();
    }

    /** How many pupils of the list have no school (before the run: all of them). */
    public long unplacedCount(AdmissionCampaign c) {
        return em.createQuery("select count(r) from ReviewRecord r where r.campaignId = :c and r.siteId = :s"
                + " and r.assignment.siteId is null", Long.class).setParameter("c", c.getId()).setParameter("s", c.siteId)
                .getSingleResult();
    }

    /** Pupils of the list without a school once the assignment has run (no zone holds their address). */
    public List<ReviewRecord> unplaced(AdmissionCampaign c, int max) {
        return em.createQuery("select r from ReviewRecord r where r.campaignId = :c and r.siteId = :s"
                + " and r.assignment.siteId is null order by r.childName, r.id", ReviewRecord.class)
                .setParameter("c", c.getId()).setParameter("s", c.siteId).setMaxResults(max).getResultList();
    }
}
