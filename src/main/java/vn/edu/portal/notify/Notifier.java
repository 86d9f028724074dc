package vn.edu.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;

/**
 * What other features call to tell someone something. The message is recorded in the caller's
 * transaction, so it goes out if and only if the change it reports was committed; delivery is
 * the job's business ({@link MailJob}) and never delays the caller.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpChannel smtp;

    @Inject
    PortalConfig config;

    /**
     * Records an e-mail. The body gets a footer that says where it comes from and how to check
     * it on the portal itself, because scams imitating school notices are common.
     */
    @Transactional
    public MailMessage email(Long siteId, String to, String subject, String body, String purpose) {
        return email(siteId, to, subject, body, purpose, PortalViewHandler.VIETNAMESE);
    }

    /** As above, the footer in {@code language}: the language of the page the family used. */
    @Transactional
    public MailMessage email(Long siteId, String to, String subject, String body, String purpose, java.util.Locale language) {
        String footer = Texts.get(language, "mail.footer", config.departmentName(),
                publicAddress());
        MailMessage message = new MailMessage(siteId, to.trim(), subject, body + "\n\n-- \n" + footer, purpose,
                smtp.enabled() ? MailMessage.Status.PENDING : MailMessage.Status.KEPT);
        em.persist(message);
        return message;
    }

    /**
     * Personal data of the outbox whose retention is over (the submission or application the messages
     * were about was anonymised): the recipient is masked and the body erased; subject, purpose,
     * status and dates stay, so the outbox still shows that a message went out. Messages not yet
     * delivered are left for delivery. Returns how many messages were changed.
     */
    @Transactional
    public int forgetRecipients(java.util.Collection<String> addresses) {
        int changed = 0;
        for (String address : addresses.stream().filter(a -> a != null && !a.isBlank()).distinct().toList()) {
            changed += em.createQuery("update MailMessage m set m.recipient = :masked, m.body = '' where m.recipient = :r"
                            + " and m.status <> :pending")
                    .setParameter("masked", masked(address)).setParameter("r", address.strip())
                    .setParameter("pending", MailMessage.Status.PENDING).executeUpdate();
        }
        return changed;
    }

    /**
     * The bodies of the mails to {@code address} on {@code siteId} whose subject names {@code subjectNames} (an
     * application's code): erased when what they were about is withdrawn, a school's reason for a status naming the
     * child among them. The address stays, as on the application, until its round's retention. Of the mails not yet
     * delivered (a mail server away), only the newest is left for delivery, the one that says what just happened (the
     * withdrawal's): the others are not sent, and would have kept their bodies once delivered.
     */
    @Transactional
    public int forgetAbout(long siteId, String address, String subjectNames) {
        if (address == null || address.isBlank() || subjectNames == null || subjectNames.isBlank()) {
            return 0;
        }
        em.flush();
        List<MailMessage> waiting = em.createQuery("select m from MailMessage m where m.siteId = :s and m.recipient = :r"
                        + " and locate(:names, m.subject) > 0 and m.status = :pending order by m.id desc", MailMessage.class)
                .setParameter("s", siteId).setParameter("r", address.strip()).setParameter("names", subjectNames)
                .setParameter("pending", MailMessage.Status.PENDING).getResultList();
        waiting.stream().skip(1).forEach(em::remove);
        return waiting.size() - Math.min(1, waiting.size())
                + em.createQuery("update MailMessage m set m.body = '' where m.siteId = :s and m.recipient = :r"
                        + " and locate(:names, m.subject) > 0 and m.status <> :pending")
                .setParameter("s", siteId).setParameter("r", address.strip()).setParameter("names", subjectNames)
                .setParameter("pending", MailMessage.Status.PENDING).executeUpdate();
    }

    /** Outbox rows older than {@code before}: masked and erased as above, whatever they were about. */
    @Transactional
    public int forgetBefore(Instant before) {
        List<String> old = em.createQuery("select distinct m.recipient from MailMessage m where m.createdAt < :b"
                + " and m.status <> :pending and m.recipient not like '%***%'", String.class)
                .setParameter("b", before).setParameter("pending", MailMessage.Status.PENDING).getResultList();
        int changed = 0;
        for (String address : old) {
            changed += em.createQuery("update MailMessage m set m.recipient = :masked, m.body = '' where m.recipient = :r"
                            + " and m.createdAt < :b and m.status <> :pending")
                    .setParameter("masked", masked(address)).setParameter("r", address).setParameter("b", before)
                    .setParameter("pending", MailMessage.Status.PENDING).executeUpdate();
        }
        return changed;
    }

    /** {@code p***@example.vn}: enough to tell messages apart, not to write to anyone. */
    static String masked(String address) {
        String a = address.strip();
        int at = a.indexOf('@');
        return (a.isEmpty() ? "" : a.substring(0, 1)) + "***" + (at >= 0 ? a.substring(at) : "");
    }

    private String publicAddress() {
        String base = config.get("portal.public.base-url", "");
        return base.isBlank() ? "http://" + config.departmentDomain() : base;
    }

    /** The outbox as staff read it: every message, or one site's, newest first. */
    public List<MailMessage> outbox(Long siteId, int max) {
        var query = siteId == null
                ? em.createQuery("select m from MailMessage m order by m.createdAt desc, m.id desc", MailMessage.class)
                : em.createQuery("select m from MailMessage m where m.siteId = :site order by m.createdAt desc, m.id desc",
                        MailMessage.class).setParameter("site", siteId);
        return query.setMaxResults(max).getResultList();
    }

    /** Messages not yet delivered (waiting for their first or a further attempt): the mail queue's length. */
    public long pendingCount() {
        return em.createQuery("select count(m) from MailMessage m where m.status = :pending", Long.class)
                .setParameter("pending", MailMessage.Status.PENDING).getSingleResult();
    }

    /** Messages waiting for a delivery attempt. */
    List<Long> due(int max) {
        return em.createQuery("select m.id from MailMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt", Long.class)
                .setParameter("pending", MailMessage.Status.PENDING).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
    }

    /**
     * Takes a due message for this server: its next attempt moves {@code leaseSeconds} ahead, in
     * a transaction of its own, only if it is still due. With several servers, exactly one gets
     * it; if that server dies while sending, the message is due again when the lease ends (so a
     * crash can send a message twice, never lose it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(long id, long leaseSeconds) {
        Instant now = Instant.now();
        return em.createQuery("update MailMessage m set m.nextAttemptAt = :lease where m.id = :id"
                        + " and m.status = :pending and m.nextAttemptAt <= :now")
                .setParameter("lease", now.plusSeconds(leaseSeconds)).setParameter("id", id)
                .setParameter("pending", MailMessage.Status.PENDING).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * One delivery attempt of a claimed message, in its own transaction so one bad address does
     * not hold back the rest.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void deliver(long id, int maxAttempts) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message == null || message.getStatus() != MailMessage.Status.PENDING) {
            return;
        }
        try {
            smtp.deliver(message);
            message.delivered();
        } catch (Exception e) {
            message.attemptFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), maxAttempts);
        }
    }
}
