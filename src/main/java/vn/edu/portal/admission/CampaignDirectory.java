package vn.edu.portal.admission;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.platform.Cluster;
import vn.edu.portal.platform.ClusterChange;
import vn.edu.portal.platform.PageCache;
import vn.edu.portal.platform.Reloading;
import vn.edu.portal.platform.Transactions;

/**
 * Which round each school takes part in (the round itself, read-only), and the schools (quota,
 * zone) of each round, in memory: every admission page and every step of the form needs them, and on the morning a
 * window opens that is thousands of identical queries a second. Rounds change a few times a
 * year; a change calls {@link #invalidate()}, which reaches the other servers through the
 * change log.
 */
@ApplicationScoped
public class CampaignDirectory {

    static final String CHANGE_KIND = "admission";

    record Snapshot(Map<Long, AdmissionCampaign> byId, Map<Long, AdmissionCampaign> campaignBySchool,
            Map<Long, List<AdmissionSchool>> schoolsByCampaign) {
    }

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Inject
    Cluster cluster;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PageCache pageCache;

    private final Reloading<Snapshot> snapshot = new Reloading<>(this::load);

    /**
     * The newest round that lists the school, as read when the directory was loaded and detached
     * from every persistence context: for reading only (changes go through {@code em.find}).
     */
    public Optional<AdmissionCampaign> campaignOf(long schoolSiteId) {
        return Optional.ofNullable(current().campaignBySchool().get(schoolSiteId));
    }

    /** A round by its id, for reading only. */
    public Optional<AdmissionCampaign> campaign(long campaignId) {
        return Optional.ofNullable(current().byId().get(campaignId));
    }

    /** Every round of every department, for reading only. */
    public java.util.Collection<AdmissionCampaign> all() {
        return current().byId().values();
    }

    /** Whether the round lists the school. */
    public boolean lists(long campaignId, long schoolSiteId) {
        return schools(campaignId).stream().anyMatch(s -> s.schoolSiteId == schoolSiteId);
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

    /** Home pages announce the rounds and their phases: they are rendered again too. */
    private void clear() {
        snapshot.drop();
        pageCache.invalidateAll();
    }

    private Snapshot current() {
        return snapshot.get();
    }

    /**
     * Read through an entity manager of its own: the rows it keeps are objects no request's
     * persistence context ever manages, so a change made in some transaction (through
     * {@code em.find}) cannot touch what other requests read, and keeping them cannot detach
     * anything a transaction is changing.
     */
    private Snapshot load() {
        EntityManager own = persistence.createEntityManager();
        try {
            Map<Long, AdmissionCampaign> rounds = new HashMap<>();
            for (AdmissionCampaign c : own.createQuery("select c from AdmissionCampaign c", AdmissionCampaign.class)
                    .getResultList()) {
                rounds.put(c.getId(), c);
            }
            Map<Long, AdmissionCampaign> campaignBySchool = new HashMap<>();
            Map<Long, List<AdmissionSchool>> schools = new HashMap<>();
            for (AdmissionSchool school : own.createQuery("select s from AdmissionSchool s order by s.id",
                    AdmissionSchool.class).getResultList()) {
                AdmissionCampaign round = rounds.get(school.campaignId);
                if (round == null) {
                    continue;
                }
                schools.computeIfAbsent(school.campaignId, id -> new ArrayList<>()).add(school);
                AdmissionCampaign known = campaignBySchool.get(school.schoolSiteId);
                if (known == null || round.getSchoolYear() > known.getSchoolYear()) {
                    campaignBySchool.put(school.schoolSiteId, round);
                }
            }
            Map<Long, List<AdmissionSchool>> frozen = new HashMap<>();
            schools.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
            return new Snapshot(Map.copyOf(rounds), Map.copyOf(campaignBySchool), Map.copyOf(frozen));
        } finally {
            own.close();
        }
    }
}
