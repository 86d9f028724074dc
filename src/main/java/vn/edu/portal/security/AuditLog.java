package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Writes and reads the audit log. A record joins the transaction of the change it records. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void record(String actor, Long siteId, String action, String detail, String ip) {
        em.persist(new AuditEntry(actor, siteId, action, detail, ip));
    }

    /** Written in its own transaction, so that a refused attempt is kept even if the request fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSeparately(String actor, Long siteId, String action, String detail, String ip) {
        em.persist(new AuditEntry(actor, siteId, action, detail, ip));
    }

    public List<AuditEntry> forSite(long siteId, int max) {
        return em.createQuery("select a from AuditEntry a where a.siteId = :site order by a.at desc, a.id desc",
                        AuditEntry.class)
                .setParameter("site", siteId).setMaxResults(max).getResultList();
    }

    /**
     * The newest entries of one site (or of all when {@code siteId} is null) whose actor, action, detail or
     * address contains {@code text}, ignoring case: the log of a thousand schools is read by searching it.
     */
    public List<AuditEntry> search(Long siteId, String text, int max) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        var query = em.createQuery("select a from AuditEntry a where " + (siteId == null ? "" : "a.siteId = :site and ")
                        + "(lower(a.actor) like :t escape '!' or lower(a.action) like :t escape '!' "
                        + "or lower(a.detail) like :t escape '!' or lower(a.ip) like :t escape '!') "
                        + "order by a.at desc, a.id desc", AuditEntry.class)
                .setParameter("t", like).setMaxResults(max);
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        return query.getResultList();
    }

    public List<AuditEntry> all(int max) {
        return em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }
}
