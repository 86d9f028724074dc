package vn.edu.portal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every site of the department, in memory: each request looks its site up here, so routing
 * costs no query. Any change to a site or alias calls {@link #invalidate()}.
 */
@ApplicationScoped
public class SiteDirectory {

    record Snapshot(Map<String, SiteInfo> bySlug, Map<Long, SiteInfo> byId, Map<String, SiteInfo> byAlias,
                    SiteInfo department, String departmentName) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    vn.edu.portal.platform.PageCache pageCache;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @jakarta.inject.Inject
    vn.edu.portal.platform.Cluster cluster;

    static final String CHANGE_KIND = "sites";

    private final vn.edu.portal.platform.Reloading<Snapshot> snapshot = new vn.edu.portal.platform.Reloading<>(this::load);

    public Optional<SiteInfo> bySlug(String slug) {
        return Optional.ofNullable(current().bySlug().get(slug));
    }

    public Optional<SiteInfo> byId(long id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    public Optional<SiteInfo> byAlias(String host) {
        return Optional.ofNullable(current().byAlias().get(host));
    }

    /** The department's own site; empty only before the first set-up. */
    public Optional<SiteInfo> departmentSite() {
        return Optional.ofNullable(current().department());
    }

    public String departmentName() {
        return current().departmentName();
    }

    public Collection<SiteInfo> all() {
        return current().byId().values();
    }

    /**
     * After any change to a site: routing data reloads and every cached public page is dropped.
     * Called inside the transaction that makes the change, so it clears again once that
     * transaction has ended: a snapshot another thread loaded before the commit is not kept.
     * The other servers are told through the change log, in the same transaction.
     */
    public void invalidate() {
        cluster.record(CHANGE_KIND, null, null);
        vn.edu.portal.platform.Transactions.nowAndAtEnd(transactions, this::clear);
    }

    /** Another server changed a site or an alias. */
    void onOtherServer(@jakarta.enterprise.event.Observes vn.edu.portal.platform.ClusterChange change) {
        if (CHANGE_KIND.equals(change.kind())) {
            clear();
        }
    }

    private void clear() {
        snapshot.drop();
        pageCache.invalidateAll();
    }

    private Snapshot current() {
        return snapshot.get();
    }

    private Snapshot load() {
        Map<Long, List<String>> aliases = em.createQuery("select a from SiteAlias a", SiteAlias.class)
                .getResultList().stream()
                .collect(Collectors.groupingBy(SiteAlias::getSiteId,
                        Collectors.mapping(SiteAlias::getHost, Collectors.toList())));
        Map<String, SiteInfo> bySlug = new HashMap<>();
        Map<Long, SiteInfo> byId = new HashMap<>();
        Map<String, SiteInfo> byAlias = new HashMap<>();
        SiteInfo department = null;
        for (Site site : em.createQuery("select s from Site s", Site.class).getResultList()) {
            SiteInfo info = SiteInfo.of(site, aliases.getOrDefault(site.getId(), List.of()));
            bySlug.put(info.slug(), info);
            byId.put(info.id(), info);
            info.aliases().forEach(host -> byAlias.put(host, info));
            if (info.isDepartment()) {
                department = info;
            }
        }
        String departmentName = em.createQuery("select d from Department d", Department.class)
                .getResultList().stream().findFirst().map(Department::getName).orElse("");
        return new Snapshot(Map.copyOf(bySlug), Map.copyOf(byId), Map.copyOf(byAlias), department, departmentName);
    }

    /**
     * A ward as the schools already in it spell it: "phường  bến thành" typed for a new or edited
     * school is stored as "Phường Bến Thành" when a school there is listed so (case, accents and
     * spaces aside). Two spellings of one ward split it in the directory's and the dashboards'
     * filters, which compare names exactly. Null or blank stays null; a new ward keeps its spelling,
     * its spaces collapsed.
     */
    public String wardAsSpelled(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String clean = typed.strip().replaceAll("\\s+", " ");
        return all().stream().map(SiteInfo::district).filter(d -> d != null && sameWard(d, clean)).findFirst().orElse(clean);
    }

    /** The wards that have a school, one spelling each (case and accents aside), in Vietnamese order. */
    public List<String> wards() {
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        all().stream().filter(SiteInfo::isSchool).map(SiteInfo::district).filter(w -> w != null && !w.isBlank())
                .forEach(w -> byKey.putIfAbsent(wardKey(w), w));
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return byKey.values().stream().sorted(vietnamese::compare).toList();
    }

    /** Whether two spellings name one ward (case, accents and spaces aside). */
    public static boolean sameWard(String a, String b) {
        return a != null && b != null && wardKey(a).equals(wardKey(b));
    }

    /**
     * A ward's name as compared: without case, accents, punctuation, repeated spaces or its leading
     * "Phường"/"Xã"/"Thị trấn" ("phuong ben  thanh", "P. Bến Thành" and "Bến Thành" are one ward).
     */
    public static String wardKey(String name) {
        String folded = vn.edu.portal.platform.TextFolding.fold(name).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        for (String prefix : new String[] {"thi tran ", "phuong ", "xa ", "p ", "x ", "tt "}) {
            if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
                return folded.substring(prefix.length());
            }
        }
        return folded;
    }
}
