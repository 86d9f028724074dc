package vn.edu.portal.admission;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.platform.Cluster;
import vn.edu.portal.platform.ClusterChange;
import vn.edu.portal.platform.Reloading;
import vn.edu.portal.platform.Transactions;

/**
 * Which round each school takes part in, and the schools (quota, zone) of each round, in
 * memory: every admission page and every step of the form needs them, and on the morning a
 * window opens that is thousands of identical queries a second. Rounds change a few times a
 * year; a change calls {@link #invalidate()}, which reaches the other servers through the
 * change log.
 */
@ApplicationScoped
public class CampaignDirectory {

    static final String CHANGE_KIND = "admission";

    record Snapshot(Map<Long, Long> campaignBySchool, Map<Long, List<AdmissionSchool>> schoolsByCampaign) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Cluster cluster;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Reloading<Snapshot> snapshot = new Reloading<>(this::load);

    /** The newest round that lists the school. */
    public Optional<Long> campaignOf(long schoolSiteId) {
        return Optional.ofNullable(current().campaignBySchool().get(schoolSiteId));
    }

    /** The round's schools, in the order they were added (read-only rows). */
    public List<AdmissionSchool> schools(long campaignId) {
        return current().schoolsByCampaign().getOrDefault(campaignId, List.of());
    }

    /** In the transaction that changes a round or its schools. */
    public void invalidate() {
        cluster.record(CHANGE_KIND, null, null);
        Transactions.nowAndAtEnd(transactions, this::clear);
    }

    void onOtherServer(@Observes ClusterChange change) {
        if (CHANGE_KIND.equals(change.kind())) {
            clear();
        }
    }

    private void clear() {
        snapshot.drop();
    }

    private Snapshot current() {
        return snapshot.get();
    }

    private Snapshot load() {
        Map<Long, Long> campaignBySchool = new HashMap<>();
        Map<Long, Integer> yearBySchool = new HashMap<>();
        Map<Long, List<AdmissionSchool>> schools = new HashMap<>();
        for (Object[] row : em.createQuery("select s, c.schoolYear from AdmissionSchool s, AdmissionCampaign c"
                + " where s.campaignId = c.id order by s.id", Object[].class).getResultList()) {
            AdmissionSchool school = ((AdmissionSchool) row[0]).detachedCopy();
            int year = (Integer) row[1];
            schools.computeIfAbsent(school.campaignId, id -> new ArrayList<>()).add(school);
            if (year > yearBySchool.getOrDefault(school.schoolSiteId, Integer.MIN_VALUE)) {
                yearBySchool.put(school.schoolSiteId, year);
                campaignBySchool.put(school.schoolSiteId, school.campaignId);
            }
        }
        Map<Long, List<AdmissionSchool>> frozen = new HashMap<>();
        schools.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new Snapshot(Map.copyOf(campaignBySchool), Map.copyOf(frozen));
    }
}
