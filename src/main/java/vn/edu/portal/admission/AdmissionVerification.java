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

    /** The school's applications in these statuses (all if none given), oldest first. */
    public List<AdmissionApplication> queue(long schoolSiteId, List<ApplicationStatus> statuses, int max) {
        var query = em.createQuery("select a from AdmissionApplication a where a.siteId = :s"
                + (statuses.isEmpty() ? "" : " and a.status in :st") + " order by a.submittedAt, a.id", AdmissionApplication.class)
                .setParameter("s", schoolSiteId);
        if (!statuses.isEmpty()) {
            query.setParameter("st", statuses);
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
        AdmissionApplication a = application(schoolSiteId, id).orElseThrow(() -> FieldErrors.of("reason", "admission.notFound"));
        Phases.require(campaignOf(a).windows(), Phases.Action.VERIFY, now, "reason");
        if (decision != ApplicationStatus.ACCEPTED && decision != ApplicationStatus.NEEDS_DOCUMENTS
                && decision != ApplicationStatus.REFUSED) {
            throw FieldErrors.of("reason", "admission.verify.decision");
        }
        if (!a.status.openToParent() && a.status != ApplicationStatus.ACCEPTED) {
            throw FieldErrors.of("reason", "admission.verify.closed");
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
