package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/** The rows of {@code job_run}, each in a transaction of its own: a duplicate key fails alone. */
@ApplicationScoped
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String job, String period, String node) {
        em.createNativeQuery("INSERT INTO job_run (job, period, node, started_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, period).setParameter(3, node)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
    }
}
