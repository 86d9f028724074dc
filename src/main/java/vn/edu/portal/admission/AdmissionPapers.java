package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;

/**
 * A paper the school asked for, sent by the family from its look-up page: "Cần bổ sung giấy tờ" had no way for the
 * family to answer online (the look-up offered the phone, the address and the withdrawal). Only while the school asks
 * (status {@code NEEDS_DOCUMENTS}) and verifies (registration and verification); the new file replaces the paper of its
 * kind, checked by content as at the application, and the application goes back to the school's queue as submitted, the
 * family mailed. As the procedures' look-up, the code and the e-mail address are enough: the paper changes none of the
 * facts the school decides on without looking at it, and the mail tells the family at once.
 */
@ApplicationScoped
public class AdmissionPapers {

    /** The papers a family may send again, by the name the application keeps them under. */
    public static final java.util.List<String> KINDS = java.util.List.of("birthCert", "residence");

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionForm form;

    @Inject
    AdmissionRounds rounds;

    @Inject
    ApplicationEvents events;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** The largest paper kept, after a photo is fitted (as at the application). */
    public long maxUploadBytes() {
        return form.maxUploadBytes();
    }

    /**
     * Replaces the paper {@code kind} of the application found by the family's look-up ({@code found}) with {@code data}
     * (as read from the post; null when over the limit), refusing on the field {@code paper}.
     */
    @Transactional
    public AdmissionApplication send(AdmissionApplication found, String kind, byte[] data, String ip, Instant now) {
        if (!KINDS.contains(kind)) {
            throw FieldErrors.of("paper", "admission.papers.kindMissing");
        }
        if (data == null) {
            throw FieldErrors.of("paper", "admission.upload.requestTooLarge", form.maxUploadBytes() / (1024.0 * 1024));
        }
        if (data.length == 0) {
            throw FieldErrors.of("paper", "admission.upload.missing");
        }
        // Checked (a photo fitted) before the row is locked, as at the application.
        UploadPolicy.Accepted accepted = AdmissionForm.PAPERS.check("paper", data, form.maxUploadBytes());
        AdmissionApplication a = em.find(AdmissionApplication.class, found.getId(), LockModeType.PESSIMISTIC_WRITE,
                Map.of("eclipselink.refresh", "true"));
        Phases.require(rounds.rules(a.campaignId).windows(), Phases.Action.VERIFY, now, "paper");
        if (a.status != ApplicationStatus.NEEDS_DOCUMENTS) {
            throw FieldErrors.of("paper", "admission.papers.notAsked");
        }
        String path = files.store("admission", a.siteId, accepted.extension(), accepted.data());
        String replaced = a.paper(kind).getPath();
        Paper paper = new Paper(path, accepted.contentType());
        if (kind.equals("birthCert")) {
            a.setBirthCert(paper);
        } else {
            a.setResidence(paper);
        }
        // The file it replaces goes once this committed (deleted before, a rollback left the application without it).
        if (replaced != null) {
            vn.edu.portal.platform.Transactions.afterCommit(transactions, () -> files.delete(replaced));
        }
        events.move(a, ApplicationStatus.SUBMITTED,
                Texts.get(PortalViewHandler.VIETNAMESE, "admission.papers.note", Texts.get(PortalViewHandler.VIETNAMESE, "admission.papers.kind." + kind)),
                "parent");
        audit.record("parent", a.siteId, "admission.papers.sent", a.code + " " + kind, ip);
        return a;
    }
}
