package vn.edu.portal.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.edu.portal.notify.Notifier;

/**
 * The history of what public forms made, and the mail that tells the applicant of a step: kept
 * in the caller's transaction, so a step and its record commit together. The mail carries no
 * more than the feature puts in it (a code and a status, and how to check them on the portal).
 */
@ApplicationScoped
public class FormEvents {

    /** A message to the applicant: address, subject, body, and its tag in the outbox. */
    public record Mail(String to, String subject, String body, String tag, java.util.Locale language) {
        /** A mail in Vietnamese. */
        public Mail(String to, String subject, String body, String tag) {
            this(to, subject, body, tag, vn.edu.portal.platform.PortalViewHandler.VIETNAMESE);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    /** Keeps one step of a record's history. */
    public FormEvent record(String formKind, long recordId, long siteId, Enum<?> status, String note, String actor) {
        FormEvent event = new FormEvent(formKind, recordId, siteId, status.name(), note, actor);
        em.persist(event);
        return event;
    }

    /** Keeps one step and mails the applicant (when there is an address). */
    public FormEvent record(String formKind, long recordId, long siteId, Enum<?> status, String note, String actor,
                            Mail mail) {
        FormEvent event = record(formKind, recordId, siteId, status, note, actor);
        mail(siteId, mail);
        return event;
    }

    /** Mails the applicant of a record (a step already kept, or a message of its own). */
    public void mail(long siteId, Mail mail) {
        if (mail != null && mail.to() != null && !mail.to().isBlank()) {
            notifier.email(siteId, mail.to(), mail.subject(), mail.body(), mail.tag(), mail.language());
        }
    }

    /** A record's history, oldest first. */
    public List<FormEvent> history(String formKind, long recordId) {
        return em.createQuery("select e from FormEvent e where e.formKind = :k and e.recordId = :r order by e.at, e.id",
                FormEvent.class).setParameter("k", formKind).setParameter("r", recordId).getResultList();
    }

    /** A record's history on one site, oldest first (a staff member's or an applicant's view). */
    public List<FormEvent> history(String formKind, long recordId, long siteId) {
        return em.createQuery("select e from FormEvent e where e.formKind = :k and e.recordId = :r and e.siteId = :s"
                + " order by e.at, e.id", FormEvent.class).setParameter("k", formKind).setParameter("r", recordId)
                .setParameter("s", siteId).getResultList();
    }

    /** The notes (reasons, personal by nature) of records whose personal data goes. */
    public int forgetNotes(String formKind, List<Long> recordIds) {
        int cleared = 0;
        for (List<Long> chunk : vn.edu.portal.platform.Chunks.of(recordIds, 500)) {
            cleared += em.createQuery("update FormEvent e set e.note = null where e.formKind = :k and e.note is not null"
                    + " and e.recordId in :ids").setParameter("k", formKind)
                    .setParameter("ids", chunk).executeUpdate();
        }
        return cleared;
    }
}
