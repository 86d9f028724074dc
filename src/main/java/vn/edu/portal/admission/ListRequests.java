package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.AuditLog;

/**
 * The path of a child who is not on a grade 6 round's grade-5 list (moved in, studied abroad) in a round
 * by assignment: the family asks on {@code tuyen-sinh/kiem-tra}, with the child's identity, residence,
 * the school where the child studied and the reason, while the confirmation window is open; the department
 * adds the child to the list (who is then assigned by zone like any other, and the family mailed how to
 * confirm) or refuses with a note. The answer to the family never says whether an ID is already on the list
 * (the department sees it), so the form is no way to learn who is.
 */
@ApplicationScoped
public class ListRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionReview review;

    @Inject
    AdmissionAssignment assignment;

    @Inject
    vn.edu.portal.security.LookupGuard lookups;

    @Inject
    vn.edu.portal.platform.SignedLinks keys;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    /** A family's request, checked field by field; counted by address like the record's look-up. */
    @Transactional
    public void submit(AdmissionCampaign c, Map<String, String> v, String ip, java.util.Locale language) {
        if (c == null || !c.isAssignment()) {
            throw FieldErrors.of("listRequest", "admission.assignment.notAssignment");
        }
        Phases.require(c.windows(), Phases.Action.ANSWER_ASSIGNMENT, clock.now(), "listRequest");
        String id = PersonalId.normalise(v.get("personalId"));
        lookups.count("admission.list.request", keys.digest("admission-review-subject|" + id), ip);
        FieldErrors errors = new FieldErrors();
        LocalDate birth = AdmissionService.date(v.get("birthDate"));
        Sex sex = "MALE".equals(v.get("sex")) ? Sex.MALE : "FEMALE".equals(v.get("sex")) ? Sex.FEMALE : null;
        if (birth == null) {
            errors.add("birthDate", AdmissionService.dateRefusal(v.get("birthDate")));
        }
        if (sex == null) {
            errors.add("sex", "admission.field.required");
        }
        List<PersonalId.Problem> problems = PersonalId.check(id, birth, sex);
        if (!problems.isEmpty()) {
            errors.add("personalId", problems.get(0).key);
        }
        String name = text(v, "childName", 200, errors);
        String ward = text(v, "curWard", 100, errors);
        String street = text(v, "curStreet", 200, errors);
        String school = text(v, "primarySchool", 300, errors);
        Optional<String> email = EmailAddress.parse(v.get("email"));
        if (email.isEmpty()) {
            errors.add("email", "admission.field.email");
        }
        String why = v.get("reason") == null ? "" : v.get("reason").strip();
        if (why.length() < 10 || why.length() > 1000) {
            errors.add("reason", "admission.listRequest.reason");
        }
        errors.throwIfAny();
        ReviewImport.Row child = new ReviewImport.Row(0, id, name, birth, sex, ward, street, null, null, email.get(), school,
                null);
        em.persist(new ListRequest(c.getId(), child, why, clock.now(), language));
    }

    private static String text(Map<String, String> v, String field, int max, FieldErrors errors) {
        StepChecks.required(v, errors, field, max);
        return v.getOrDefault(field, "").strip();
    }

    /**
     * A waiting request as the department weighs it: anyone who knows a child's ID, name and date of birth may send
     * one with an address of their own, and the pupil's codes go to the address of the request added. So the page
     * shows the address, how many other requests name the same child, and whether the child is on the list already.
     */
    public record Pending(ListRequest request, int others, boolean listed) {
        public ListRequest getRequest() { return request; }
        public int getOthers() { return others; }
        public boolean isListed() { return listed; }
    }

    /** The requests waiting, oldest first, each with what to be wary of. */
    public List<Pending> pendingWeighed(AdmissionCampaign c, int max) {
        List<ListRequest> all = pending(c, max);
        Map<String, Long> byChild = all.stream().collect(java.util.stream.Collectors.groupingBy(q -> q.personalId,
                java.util.stream.Collectors.counting()));
        return all.stream().map(q -> new Pending(q, byChild.get(q.personalId).intValue() - 1,
                review.record(c, q.personalId).isPresent())).toList();
    }

    /** The requests waiting for the department, oldest first. */
    public List<ListRequest> pending(AdmissionCampaign c, int max) {
        return em.createQuery("select q from ListRequest q where q.campaignId = :c and q.status = :s order by q.createdAt, q.id",
                ListRequest.class).setParameter("c", c.getId()).setParameter("s", ListRequest.Status.PENDING)
                .setMaxResults(max).getResultList();
    }

    /**
     * Adds the child to the list, assigned by zone at once (no zone: the department places him), or refuses
     * with a note; the family is mailed either way. A child already on the list cannot be added twice.
     */
    @Transactional
    public ListRequest decide(long departmentSiteId, long campaignId, Long requestId, boolean add, String note, String actor,
            String ip) {
        AdmissionCampaign c = assignment.assignmentRound(departmentSiteId, campaignId, "listDecision");
        Instant now = clock.now();
        Phases.require(c.windows(), Phases.Action.DECIDE_ASSIGNMENT, now, "listDecision");
        ListRequest q = requestId == null ? null : em.find(ListRequest.class, requestId);
        // Every request for the child locked, in one order, and read again: two decisions at once on one request, or on
        // two requests for one child, are taken one after the other (the second was a 500, or mailed a sender both
        // "added on another request" and "not added").
        List<ListRequest> sameChild = q == null ? List.of() : em.createQuery("select r from ListRequest r"
                        + " where r.campaignId = :c and r.personalId = :p order by r.id", ListRequest.class)
                .setParameter("c", q.campaignId).setParameter("p", q.personalId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", "true")
                .getResultList();
        if (q == null || !q.campaignId.equals(c.getId()) || q.status != ListRequest.Status.PENDING) {
            throw FieldErrors.of("listDecision", "admission.listRequest.notPending");
        }
        String why = note == null ? "" : note.strip();
        if (!add && why.length() < 5 || why.length() > 1000) {
            throw FieldErrors.of("listNote", "admission.listRequest.noteRequired");
        }
        String school = "";
        if (add) {
            if (review.record(c, q.personalId).isPresent()) {
                throw FieldErrors.of("listDecision", "admission.listRequest.listed");
            }
            ReviewRecord r = new ReviewRecord(c.getId(), c.siteId, q.row());
            Optional<Long> zone = Assignments.schoolFor(rounds.zones(c.getId()), q.curWard, q.curStreet);
            zone.ifPresent(site -> r.setAssignment(Assignment.to(site, now, actor)));
            em.persist(r);
            school = zone.map(assignment::schoolName).orElse("");
            closeOthers(c, q, sameChild, now, actor);
        }
        q.decide(add ? ListRequest.Status.ADDED : ListRequest.Status.REFUSED, why.isEmpty() ? null : why, now, actor);
        String last = q.getLastFour();
        // In the language the family wrote in (it was Vietnamese whatever the page's).
        java.util.Locale language = PortalViewHandler.ofLanguage(q.mailLanguage);
        notifier.email(c.siteId, q.email, Texts.get(language, "admission.listRequest.mail.subject"),
                add ? Texts.get(language, school.isEmpty() ? "admission.listRequest.mail.addedNoSchool"
                        // After the confirmation window the family has nothing left to confirm: the school is the answer.
                        : Phases.allows(c.windows(), Phases.Action.ANSWER_ASSIGNMENT, now) ? "admission.listRequest.mail.added"
                        : "admission.listRequest.mail.addedLate", last, school)
                        : Texts.get(language, "admission.listRequest.mail.refused", last, why),
                "admission.assignment", language);
        audit.record(actor, departmentSiteId, "admission.listRequest.decide", last + " " + q.status, ip);
        return q;
    }

    /**
     * The other requests for the child just added are closed, and each address is told that the child was added on
     * another request: if a stranger's request was the one added, the family's own address hears of it at once.
     */
    private void closeOthers(AdmissionCampaign c, ListRequest added, List<ListRequest> sameChild, Instant now, String actor) {
        for (ListRequest other : sameChild) {
            if (other == added || other.status != ListRequest.Status.PENDING) {
                continue;
            }
            java.util.Locale language = PortalViewHandler.ofLanguage(other.mailLanguage);
            other.decide(ListRequest.Status.REFUSED, Texts.get(PortalViewHandler.VIETNAMESE, "admission.listRequest.otherAdded"),
                    now, actor);
            notifier.email(c.siteId, other.email, Texts.get(language, "admission.listRequest.mail.subject"),
                    Texts.get(language, "admission.listRequest.mail.otherAdded", other.getLastFour()), "admission.assignment",
                    language);
        }
    }
}
