package vn.edu.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;

/** Writes and reads the audit log. A record joins the transaction of the change it records. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DIRECT_DATA_SOURCE)
    DataSource direct;

    private final DirectIds ids = new DirectIds();

    @Transactional
    public void record(String actor, Long siteId, String action, String detail, String ip) {
        em.persist(new AuditEntry(actor, siteId, action, detail, ip));
    }

    /**
     * Written at once, outside every transaction, so that a refused attempt is kept even if the
     * request fails: one statement on the pool outside transactions (a results look-up writes one
     * of these each), its id from the portal's generator ({@link DirectIds}).
     */
    public void recordSeparately(String actor, Long siteId, String action, String detail, String ip) {
        try {
            insert(direct, ids, new AuditEntry(actor, siteId, action, detail, ip));
        } catch (SQLException failed) {
            throw new IllegalStateException("writing the audit entry " + action + " failed", failed);
        }
    }

    /** One entry, one statement in autocommit on {@code direct}; its id taken first (see {@link DirectIds#next}). */
    static void insert(DataSource direct, DirectIds ids, AuditEntry e) throws SQLException {
        long id = ids.next(direct);
        try (Connection c = direct.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_entry (id, at, actor, site_id, action, detail, ip) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setTimestamp(2, Timestamp.from(e.getAt())); // as InstantConverter writes it for JPA
            s.setString(3, e.getActor());
            if (e.getSiteId() == null) {
                s.setNull(4, Types.BIGINT);
            } else {
                s.setLong(4, e.getSiteId());
            }
            s.setString(5, e.getAction());
            s.setString(6, e.getDetail());
            s.setString(7, e.getIp());
            s.executeUpdate();
        }
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
