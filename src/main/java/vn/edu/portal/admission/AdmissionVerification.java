package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.AuditLog;

/**
 * A school's verification of the applications made to it: its queue, the papers (every view
 * audited), and the decisions (accept, ask for documents, refuse with a reason), each only while
 * registration or verification runs. Every id is checked against the school first.
 */
@ApplicationScoped
public class AdmissionVerification {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionRounds rounds;

    @Inject
    ApplicationEvents events;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    /** The school's applications in these statuses (all if none given): the newest round first, oldest first in it. */
    public List<AdmissionApplication> queue(long schoolSiteId, List<ApplicationStatus> statuses, int max) {
        return queue(schoolSiteId, statuses, null, max);
    }

    /**
     * As above, those {@code search} finds: an application's code, a child's ID number (12 digits), or a part of the
     * child's name. A clerk asked by a family about its application could not find it (no search, last year's round
     * first, and a list a phone shows 66,000 pixels tall).
     */
    public List<AdmissionApplication> queue(long schoolSiteId, List<ApplicationStatus> statuses, String search, int max) {
        String q = search == null ? "" : search.strip();
        String code = vn.edu.portal.forms.FormCodes.normalise(q);
        // A name as a clerk types it, often without its marks ("ly thu my" finds "Lý Thu My"): compared folded, here.
        String name = vn.edu.portal.platform.TextFolding.fold(q).replaceAll("\\s+", " ");
        if (!q.isEmpty() && (q.length() > 100 || !q.matches("\\d{12}") && code.isEmpty() && !name.matches(".*[\\p{L}\\p{N}].*"))) {
            return List.of(); // nothing a code, a number or a name could be ("%", a pasted page): nothing found, said so
        }
        String by = q.isEmpty() ? "" : q.matches("\\d{12}") ? " and a.personalId = :q" : !code.isEmpty() ? " and a.code = :code"
                : " and a.id in :ids";
        List<Long> ids = List.of();
        if (by.contains(":ids")) {
            ids = em.createQuery("select a.id, a.childName from AdmissionApplication a where a.siteId = :s", Object[].class)
                    .setParameter("s", schoolSiteId).getResultList().stream()
                    .filter(row -> row[1] != null && vn.edu.portal.platform.TextFolding.fold((String) row[1]).replaceAll("\\s+", " ")
                            .contains(name))
                    .map(row -> (Long) row[0]).limit(2000).toList();
            if (ids.isEmpty()) {
                return List.of();
            }
        }
        var query = em.createQuery("select a from AdmissionApplication a where a.siteId = :s"
                + (statuses.isEmpty() ? "" : " and a.status in :st") + by + " order by a.campaignId desc, a.submittedAt, a.id",
                AdmissionApplication.class).setParameter("s", schoolSiteId);
        if (!statuses.isEmpty()) {
            query.setParameter("st", statuses);
        }
        if (by.contains(":q")) {
            query.setParameter("q", q);
        }
        if (by.contains(":code")) {
            query.setParameter("code", code);
        }
        if (by.contains(":ids")) {
            query.setParameter("ids", ids);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** An application of this school only. */
    public Optional<AdmissionApplication> application(long schoolSiteId, long id) {
        AdmissionApplication a = em.find(AdmissionApplication.class, id);
        return a != null && a.siteId == schoolSiteId ? Optional.of(a) : Optional.empty();
    }

    /** The round an application belongs to (the application was checked against the site first). */
    public AdmissionCampaign campaignOf(AdmissionApplication a) {
        return rounds.rules(a.campaignId);
    }

    @Transactional
    public AdmissionApplication verify(long schoolSiteId, long id, ApplicationStatus decision, String reason,
            String actor, String ip, Instant now) {
        return verify(schoolSiteId, id, decision, reason, null, actor, ip, now);
    }

    /**
     * What a clerk saw of an application when deciding: its status and how many changes it had. A decision made on an
     * older sight is refused ({@link #verify}): two clerks on one application, the second press of a double click or a
     * press after "back" each moved it again, mailed the family again, or overwrote a colleague's decision in silence.
     */
    public String seen(AdmissionApplication a) {
        long changes = em.createQuery("select count(e) from FormEvent e where e.formKind = :k and e.recordId = :id", Long.class)
                .setParameter("k", AdmissionService.KIND).setParameter("id", a.getId()).getSingleResult();
        return a.status.name() + "." + changes;
    }

    /** As above; {@code seen} ({@link #seen}, null for the server's own decisions) must still be the application's. */
    @Transactional
    public AdmissionApplication verify(long schoolSiteId, long id, ApplicationStatus decision, String reason, String seen,
            String actor, String ip, Instant now) {
        application(schoolSiteId, id).orElseThrow(() -> FieldErrors.of("reason", "admission.notFound"));
        AdmissionApplication a = em.find(AdmissionApplication.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE,
                java.util.Map.of("eclipselink.refresh", "true"));
        Phases.require(campaignOf(a).windows(), Phases.Action.VERIFY, now, "reason");
        if (decision != ApplicationStatus.ACCEPTED && decision != ApplicationStatus.NEEDS_DOCUMENTS
                && decision != ApplicationStatus.REFUSED) {
            throw FieldErrors.of("reason", "admission.verify.decision");
        }
        if (seen != null && !seen.equals(seen(a))) {
            throw FieldErrors.of("reason", "admission.verify.changedMeanwhile",
                    Texts.get("admission.status." + a.status.name()));
        }
        if (!a.status.openToParent() && a.status != ApplicationStatus.ACCEPTED) {
            throw FieldErrors.of("reason", "admission.verify.closed");
        }
        if (decision == a.status) {
            throw FieldErrors.of("reason", "admission.verify.already", Texts.get("admission.status." + a.status.name()));
        }
        String clean = reason == null ? "" : reason.strip();
        if (decision != ApplicationStatus.ACCEPTED && clean.isEmpty()) {
            throw FieldErrors.of("reason", "admission.verify.reason");
        }
        // An older child is eligible only by a decision (the school's, or the education
        // authority's that the school records), which must say why.
        if (decision == ApplicationStatus.ACCEPTED && a.staffDecision && clean.isEmpty()) {
            throw FieldErrors.of("reason", a.getGrade().getNotListedReason() != null ? "admission.verify.notListedReason"
                    : a.officeDecision ? "admission.verify.officeReason" : "admission.verify.exceptionReason");
        }
        if (clean.length() > 900) {
            throw FieldErrors.of("reason", "admission.field.tooLong", 900);
        }
        if (decision == ApplicationStatus.ACCEPTED) {
            acceptOnlyOnce(a, clean);
        }
        if (a.staffDecision && decision != ApplicationStatus.NEEDS_DOCUMENTS) {
            String prefix = a.getGrade().getNotListedReason() != null ? "admission.notListed." : a.officeDecision ? "admission.exception.office."
                    : "admission.exception.";
            clean = Texts.get(PortalViewHandler.VIETNAMESE, prefix + (decision == ApplicationStatus.ACCEPTED
                    ? "accepted" : "refused"), clean);
        }
        events.move(a, decision, clean.isEmpty() ? null : clean, actor);
        audit.record(actor, schoolSiteId, "admission.verify." + decision.name().toLowerCase(Locale.ROOT),
                a.code + (a.staffDecision ? a.officeDecision ? " office" : " exception" : ""), ip);
        return a;
    }

    /**
     * One application of a child is accepted in a round. An application whose child's record disagreed holds no place
     * for the child (so that a stranger who knew only the ID could not block the family): two of them, or one beside
     * the family's, could both be accepted, and the allocation then stopped at the child's lottery key, met twice. Such
     * an application is accepted only while no other application of the child is active (the others named, to be
     * settled with the families first), with the papers the clerk compared named; it then takes the child's place.
     */
    private void acceptOnlyOnce(AdmissionApplication a, String reason) {
        if (a.personalId == null || a.personalId.isBlank()) {
            return;
        }
        List<AdmissionApplication> others = sameChild(a).stream().filter(o -> o.status.active()).toList();
        if (!a.recordUnchecked) {
            // It holds the child's place; an accepted one of the same child can only be from before this rule.
            others = others.stream().filter(o -> o.status != ApplicationStatus.SUBMITTED && o.status != ApplicationStatus.NEEDS_DOCUMENTS).toList();
        }
        if (!others.isEmpty()) {
            // While the school verifies, no result exists yet to seal: the statuses are as they are.
            throw FieldErrors.of("reason", "admission.verify.sameChild", described(a.siteId, others, o -> o.status));
        }
        if (a.recordUnchecked) {
            if (reason.isEmpty()) {
                throw FieldErrors.of("reason", "admission.verify.recordReason");
            }
            a.recordChecked();
        }
    }

    /**
     * Other applications named for a school's clerk: its own by code and status, another school's only counted (nothing
     * of one school is shown to another; the department sees them all).
     */
    public static String described(long schoolSiteId, List<AdmissionApplication> others,
            java.util.function.Function<AdmissionApplication, ApplicationStatus> shown) {
        List<String> said = new java.util.ArrayList<>(others.stream().filter(o -> o.siteId == schoolSiteId)
                .map(o -> o.code + " (" + Texts.get("admission.status." + shown.apply(o).name()) + ")").toList());
        long elsewhere = others.stream().filter(o -> o.siteId != schoolSiteId).count();
        if (elsewhere > 0) {
            said.add(Texts.get("admission.verify.sameChildElsewhere", elsewhere));
        }
        return String.join(", ", said);
    }

    /** The other applications of the application's child in its round, at every school, oldest first. */
    public List<AdmissionApplication> sameChild(AdmissionApplication a) {
        if (a.personalId == null || a.personalId.isBlank()) {
            return List.of();
        }
        return em.createQuery("select o from AdmissionApplication o where o.campaignId = :c and o.personalId = :p and o.id <> :id"
                        + " order by o.submittedAt, o.id", AdmissionApplication.class)
                .setParameter("c", a.campaignId).setParameter("p", a.personalId).setParameter("id", a.getId()).getResultList();
    }

    /** One uploaded paper for the school's staff; every view is written to the audit log. */
    public Optional<Path> document(long schoolSiteId, long id, String kind, String actor, String ip) {
        AdmissionApplication a = application(schoolSiteId, id).orElse(null);
        if (a == null) {
            return Optional.empty();
        }
        String path = a.paper(kind).path;
        if (path == null) {
            return Optional.empty();
        }
        audit.recordSeparately(actor, schoolSiteId, "admission.document.view", a.code + " " + kind, ip);
        return files.resolve(path);
    }

    /** Writes to the audit log that {@code actor} opened the application's record (personal data). */
    public void viewed(long schoolSiteId, AdmissionApplication a, String actor, String ip) {
        audit.recordSeparately(actor, schoolSiteId, "admission.application.view", a.code, ip);
    }

    public void auditExport(long schoolSiteId, int rows, String actor, String ip) {
        audit.record(actor, schoolSiteId, "admission.export", rows + " rows", ip);
    }
}
