package vn.edu.portal.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.portal.admission.web.AdmissionGate;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.MetricNames;
import vn.edu.portal.platform.Metrics;
import vn.edu.portal.platform.PageCache;

/**
 * Registers the gauges read when the figures are asked for: the waiting room (tickets waiting on
 * every server, this server's places taken, its rate of finished form requests), the page cache,
 * the mail queue, the database pools ({@link DatabasePools}). Counters are counted where things happen ({@link vn.edu.portal.platform.MetricNames}).
 */
@ApplicationScoped
public class PortalFigures {

    @Inject
    Metrics metrics;

    @Inject
    AdmissionGate gate;

    @Inject
    PageCache cache;

    @Inject
    Notifier notifier;

    /** The kinds of look-up the features count ({@code LookupGuard.count}): listed at zero from the start. */
    static final String[] LOOKUP_KINDS = {"procedure.lookup", "admission.lookup", "admission.result", "admission.review.lookup",
        "admission.review.open"};

    /** The application's name in Payara, which names its pools ({@code java:app/AppName}; the WAR's name). */
    static String applicationName() {
        try {
            return javax.naming.InitialContext.doLookup("java:app/AppName");
        } catch (javax.naming.NamingException | RuntimeException e) {
            return "portal";
        }
    }
    /** Connections of a database pool on this server, by pool and state (used, free). */
    public static final String DB_POOL = "portal_db_pool_connections";
    /** The pool of JPA and of most of the portal's work. */
    public static final String MAIN_POOL = "java:app/jdbc/portal";

    @PostConstruct
    void register() {
        // Every series is listed from the start, at zero, so that a rate() has a beginning.
        for (String feature : new String[] {"procedure", "admission"}) {
            for (String outcome : new String[] {"accepted", "refused", "failed"}) {
                metrics.counter(MetricNames.SUBMITS, MetricNames.SUBMITS_HELP, "feature", feature, "outcome", outcome);
            }
        }
        for (String kind : LOOKUP_KINDS) {
            for (String outcome : new String[] {"counted", "throttled"}) {
                metrics.counter(MetricNames.LOOKUPS, MetricNames.LOOKUPS_HELP, "kind", kind, "outcome", outcome);
            }
        }
        for (String outcome : new String[] {"admitted", "waiting"}) {
            metrics.counter(MetricNames.GATE, MetricNames.GATE_HELP, "outcome", outcome);
        }
        metrics.gauge("portal_waiting_room_length", "Tickets waiting for the admission form, on every server (the shared line)",
                () -> gate.room().waiting());
        metrics.gauge("portal_waiting_room_busy", "Places of the admission form taken now on this server",
                () -> gate.room().busy());
        metrics.gauge("portal_waiting_room_capacity", "Places of the admission form on this server",
                () -> gate.room().capacity());
        metrics.gauge("portal_waiting_room_admitted_per_second", "Admission form requests finished per second lately on this server",
                () -> gate.room().finishedPerSecond());
        metrics.counted("portal_page_cache_total", "Cacheable public pages asked for, served from the cache (hit) or rendered (miss)",
                cache::hits, "result", "hit");
        metrics.counted("portal_page_cache_total", "Cacheable public pages asked for, served from the cache (hit) or rendered (miss)",
                cache::misses, "result", "miss");
        metrics.gauge("portal_mail_queue_length", "E-mails not yet delivered (the outbox)", notifier::pendingCount);
        DatabasePools pools = new DatabasePools(applicationName());
        for (String pool : new String[] {MAIN_POOL, vn.edu.portal.platform.DatabaseMigration.DIRECT_DATA_SOURCE}) {
            for (String state : new String[] {"used", "free"}) {
                metrics.gauge(DB_POOL, "Connections of a database pool on this server, in use or free",
                        () -> pools.connections(pool, state.equals("used")), "pool", pool, "state", state);
            }
        }
    }

    /** Every figure, in the Prometheus text format. */
    public String exposition() {
        return metrics.exposition();
    }

    public double value(String name, String... labels) {
        return metrics.value(name, labels);
    }

    /** Look-ups of every kind with the given outcome (counted, throttled). */
    public double lookups(String outcome) {
        return metrics.sum(vn.edu.portal.platform.MetricNames.LOOKUPS, "outcome", outcome);
    }
}
