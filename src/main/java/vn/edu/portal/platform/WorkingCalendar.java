package vn.edu.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The portal's working days, as the department entered them (tables {@code calendar_entry} and
 * {@code calendar_hours}, edited in the admin console): read once into memory and kept until a
 * change. A change made on this server drops the copy in its own transaction and once it has
 * ended; the other servers drop theirs when they read the change log (about a second later).
 * What the features call: {@link #days()}.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** The change log's kind for a calendar change. */
    public static final String CHANGE_KIND = "calendar";

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Inject
    Cluster cluster;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Reloading<WorkingDays> days = new Reloading<>(this::load);

    /** The calendar in force (holidays, make-up working days, working hours). */
    public WorkingDays days() {
        return days.get();
    }

    /**
     * The calendar as the caller's transaction sees it, its own uncommitted change included: for
     * the work that must follow a change in the same transaction (due dates counted again).
     */
    public WorkingDays read(EntityManager em) {
        return read(em, true);
    }

    /** Called in the transaction that changes the calendar: every server reloads it. */
    public void invalidate() {
        cluster.record(CHANGE_KIND, null, null);
        Transactions.nowAndAtEnd(transactions, days::drop);
    }

    void onOtherServer(@Observes ClusterChange change) {
        if (CHANGE_KIND.equals(change.kind())) {
            days.drop();
        }
    }

    private WorkingDays load() {
        EntityManager own = persistence.createEntityManager();
        try {
            return read(own, false);
        } finally {
            own.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static WorkingDays read(EntityManager em, boolean flush) {
        if (flush) {
            em.flush();
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT kind, first_day, last_day FROM calendar_entry").getResultList()) {
            Set<LocalDate> target = "WORKDAY".equals(row[0]) ? workdays : holidays;
            LocalDate last = day(row[2]);
            for (LocalDate d = day(row[1]); !d.isAfter(last); d = d.plusDays(1)) {
                target.add(d);
            }
        }
        WorkingDays.WorkingHours hours = WorkingDays.WorkingHours.DEFAULT;
        List<Object[]> setting = em.createNativeQuery("SELECT opens_minute, closes_minute FROM calendar_hours WHERE id = 1")
                .getResultList();
        if (!setting.isEmpty()) {
            hours = new WorkingDays.WorkingHours(minute(setting.get(0)[0]), minute(setting.get(0)[1]));
        }
        return new WorkingDays(holidays, workdays, hours);
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    private static LocalTime minute(Object value) {
        int minutes = ((Number) value).intValue();
        return LocalTime.of(minutes / 60, minutes % 60);
    }
}
