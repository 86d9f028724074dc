package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What lets several servers share one database: a change log they all write to and read from,
 * and once-per-period jobs. A change is recorded in the transaction that makes it, so other
 * servers see it exactly when its data is committed; each server reads the log about once a
 * second ({@link ClusterPoller}) and fires the rows of other servers as {@link ClusterChange}.
 *
 * <p>Ids of the log come from AUTO_INCREMENT, whose order is not commit order: rows are read by
 * time with an overlap ({@link #OVERLAP_MILLIS}) and remembered by id, so a row that commits
 * late is still seen once, and only once. A single server reads its own rows back and skips them.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    /** How far back each read looks: longer than any transaction that writes a change. */
    static final long OVERLAP_MILLIS = 30_000;
    /** How long the log keeps a row: a server down for longer rebuilds its search index. */
    public static final long KEEP_MILLIS = 7L * 24 * 3600 * 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ClusterChange> changes;

    @Inject
    JobRuns jobRuns;

    private final String node = nodeName();
    private final Map<Long, Long> seen = new HashMap<>();
    private final Clock clock = Clock.systemUTC();
    private long readFrom = clock.millis() - OVERLAP_MILLIS;
    /**
     * Off until the application has started ({@code startup.PortalStartup}): the poller's timer runs
     * from the moment the module deploys, and a change fired before the start-up has migrated the
     * schema and started the index worker would create beans on the timer's thread, where the
     * container's resources are not injected (seen: a restarted server whose search worker had
     * no executor, and the application did not start). What happened before is replayed at start.
     */
    private volatile boolean started;

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 80 ? name.substring(name.length() - 80) : name;
    }

    /** This server's name in the log (new at every start). */
    public String node() {
        return node;
    }

    /** Records a change in the caller's transaction (or in one of its own if there is none). */
    @Transactional
    public void record(String kind, Long siteId, String key) {
        em.createNativeQuery("INSERT INTO cluster_change (origin, kind, site_id, change_key, created_ms) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, node).setParameter(2, kind).setParameter(3, siteId)
                .setParameter(4, key == null || key.length() <= 200 ? key : key.substring(0, 200))
                .setParameter(5, clock.millis()).executeUpdate();
    }

    /** Called once the application has started: from now on the poller reads the log. */
    public void startPolling() {
        started = true;
    }

    /** Reads the rows written since the last read (with the overlap) and fires those of other servers. */
    synchronized int poll() {
        if (!started) {
            return 0;
        }
        long now = clock.millis();
        int fired = 0;
        for (Object[] row : rows(readFrom - OVERLAP_MILLIS)) {
            long id = ((Number) row[0]).longValue();
            if (seen.putIfAbsent(id, now) == null && !node.equals(row[1])) {
                fire(row);
                fired++;
            }
        }
        readFrom = now;
        seen.values().removeIf(at -> at < now - 3 * OVERLAP_MILLIS);
        return fired;
    }

    /**
     * At start-up: fires every change recorded since {@code sinceMillis}, whoever wrote it (this
     * server's earlier life included), so a search index that missed them catches up.
     * Returns how many, or -1 when the log no longer reaches back that far.
     */
    public int replaySince(long sinceMillis) {
        if (sinceMillis < clock.millis() - KEEP_MILLIS) {
            return -1;
        }
        List<Object[]> rows = rows(sinceMillis);
        rows.forEach(this::fire);
        LOG.info(() -> "Replayed " + rows.size() + " changes recorded since " + java.time.Instant.ofEpochMilli(sinceMillis));
        return rows.size();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(long fromMillis) {
        return em.createNativeQuery("SELECT id, origin, kind, site_id, change_key FROM cluster_change WHERE created_ms >= ? ORDER BY id")
                .setParameter(1, fromMillis).getResultList();
    }

    private void fire(Object[] row) {
        changes.fire(new ClusterChange((String) row[2], row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4]));
    }

    /** Drops rows older than the log keeps. */
    @Transactional
    public int prune() {
        return em.createNativeQuery("DELETE FROM cluster_change WHERE created_ms < ?")
                .setParameter(1, clock.millis() - KEEP_MILLIS).executeUpdate();
    }

    /** {@link #claim} for a nightly job: the period is today's date in Vietnam. */
    public boolean claimTonight(String job) {
        return claim(job, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
    }

    /**
     * True for exactly one server per job and period (e.g. the retention of one night): the
     * first to record the run gets it, the others find it taken.
     */
    public boolean claim(String job, String period) {
        try {
            jobRuns.insert(job, period, node);
            return true;
        } catch (RuntimeException e) {
            LOG.fine(() -> job + " " + period + " runs on another server");
            return false;
        }
    }
}
