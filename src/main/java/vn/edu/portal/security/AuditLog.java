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

    public List<AuditEntry> all(int max) {
        return em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }
}
