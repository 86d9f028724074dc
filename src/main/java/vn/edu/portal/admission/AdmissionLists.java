package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.edu.portal.platform.NameOrder;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * What anyone but the department sees of the applications: public lists, counts, the family's
 * own status. Results are sealed: before a round's results are published and their day has come,
 * an admitted or waiting child shows as "verified" everywhere ({@link #shown}). Public lists name
 * children only as {@link PublicLists} allows, never with a code or a digit of the ID.
 */
@ApplicationScoped
public class AdmissionLists {

    /** Statuses that are results of the allocation: sealed until the results are shown. */
    static final Set<ApplicationStatus> RESULTS = EnumSet.of(ApplicationStatus.ADMITTED, ApplicationStatus.WAITING,
            ApplicationStatus.ENROLLED, ApplicationStatus.RELEASED);

    /** A line of a public list: nothing more than this ever leaves for the public. */
    public record PublicRow(String maskedName, int birthYear, ApplicationStatus status) {
    }

    /** A school's registrant list: named only when the school has enough registrants. */
    public record Registrants(List<PublicRow> rows, int count, boolean named) {
    }

    /** A school's results: the children who may be named, and the counts of everyone. */
    public record Results(boolean visible, List<PublicRow> named, long admitted, long waiting) {
        public long getUnnamed() {
            return admitted - named.size();
        }
    }

    /** Open data: counts per school, no person in it; the result counts are null while sealed. */
    public record SchoolCount(String slug, String school, String ward, int quota, long applications, long accepted,
            Long admitted, Long enrolled, Long waiting) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    vn.edu.portal.forms.FormEvents formEvents;

    @Inject
    AdmissionRounds rounds;

    @Inject
    SiteDirectory directory;

    @Inject
    PortalConfig config;

    /** The children that may be named, per round and allocation (the digest changes with every run). */
    private final Map<String, Set<Long>> nameable = new ConcurrentHashMap<>();

    /** The status as shown to families, the public and school staff: results sealed until shown. */
    public static ApplicationStatus shown(ApplicationStatus status, AdmissionCampaign round, Instant now) {
        return RESULTS.contains(status) && !round.resultsVisibleAt(now) ? ApplicationStatus.ACCEPTED : status;
    }

    /** An application's status as its family and school see it. */
    public ApplicationStatus shown(AdmissionApplication a, Instant now) {
        return shown(a.status, rounds.rules(a.campaignId), now);
    }

    /** The status of an application found by a family's look-up, as its family sees it. */
    public ApplicationStatus shown(AdmissionResults.Found found, Instant now) {
        return shown(found.status(), rounds.rules(found.campaignId()), now);
    }

    /** The smallest group of children a public list names ({@code portal.admission.public.min-group}, 5). */
    public int minGroup() {
        return Math.max(2, config.getInt("portal.admission.public.min-group", 5));
    }

    /**
     * Registrants of a school while registration and verification run: masked names, birth years,
     * statuses (sealed). None once the results are shown (the results list replaces it) or the
     * personal data was deleted; names only for a school with {@link #minGroup()} registrants.
     */
    public Registrants registrants(long schoolSiteId, Instant now) {
        Optional<AdmissionCampaign> round = rounds.campaignOfSchool(schoolSiteId)
                .filter(c -> c.personalDataDeletedAt == null && !c.resultsVisibleAt(now));
        if (round.isEmpty()) {
            return new Registrants(List.of(), 0, false);
        }
        List<PublicRow> rows = em.createQuery("select a from AdmissionApplication a where a.campaignId = :c"
                        + " and a.siteId = :s and a.status <> :w", AdmissionApplication.class)
                .setParameter("c", round.get().getId()).setParameter("s", schoolSiteId)
                .setParameter("w", ApplicationStatus.WITHDRAWN).getResultList().stream()
                .map(a -> new PublicRow(a.maskedName, a.birthYear, shown(a.status, round.get(), now))).toList();
        rows = alphabetical(rows);
        boolean named = PublicLists.registrantsNameable(rows.size(), minGroup());
        return new Registrants(named ? rows : List.of(), rows.size(), named);
    }

    /** In Vietnamese alphabetical order ("Đ" after "D", "Ngô" before "Nguyễn"), then by year of birth. */
    static List<PublicRow> alphabetical(List<PublicRow> rows) {
        return rows.stream().sorted(NameOrder.of(rows, PublicRow::maskedName).thenComparingInt(PublicRow::birthYear)).toList();
    }

    /** A school's results in its round (or the round of {@code schoolYear}), once shown. */
    public Results results(long schoolSiteId, Integer schoolYear, Instant now) {
        Optional<AdmissionCampaign> found = schoolYear == null ? rounds.campaignOfSchool(schoolSiteId)
                : rounds.campaignOfSchool(schoolSiteId, schoolYear);
        if (found.isEmpty() || !found.get().resultsVisibleAt(now) || found.get().personalDataDeletedAt != null) {
            return new Results(false, List.of(), 0, 0);
        }
        AdmissionCampaign round = found.get();
        Set<Long> allowed = nameable(round);
        List<AdmissionApplication> admitted = em.createQuery("select a from AdmissionApplication a where a.campaignId = :c"
                        + " and a.resultSiteId = :s and a.status in :st", AdmissionApplication.class)
                .setParameter("c", round.getId()).setParameter("s", schoolSiteId)
                .setParameter("st", List.of(ApplicationStatus.ADMITTED, ApplicationStatus.ENROLLED)).getResultList();
        List<PublicRow> named = alphabetical(admitted.stream().filter(a -> allowed.contains(a.getId()))
                .map(a -> new PublicRow(a.maskedName, a.birthYear, a.status)).toList());
        long waiting = em.createQuery("select count(a) from AdmissionApplication a where a.campaignId = :c and a.siteId = :s"
                + " and a.status = :st", Long.class).setParameter("c", round.getId()).setParameter("s", schoolSiteId)
                .setParameter("st", ApplicationStatus.WAITING).getSingleResult();
        return new Results(true, named, admitted.size(), waiting);
    }

    private Set<Long> nameable(AdmissionCampaign round) {
        String key = round.getId() + "|" + round.getAllocationDigest() + "|" + minGroup();
        return nameable.computeIfAbsent(key, k -> {
            List<PublicLists.Entry> entries = new ArrayList<>();
            for (Object[] r : em.createQuery("select a.id, a.siteId, a.resultSiteId, a.status, a.criteria"
                    + " from AdmissionApplication a where a.campaignId = :c and a.status in :st", Object[].class)
                    .setParameter("c", round.getId()).setParameter("st", List.copyOf(RESULTS)).getResultList()) {
                ApplicationStatus status = (ApplicationStatus) r[3];
                boolean placed = status == ApplicationStatus.ADMITTED || status == ApplicationStatus.ENROLLED;
                Set<String> criteria = Arrays.stream(((String) r[4]).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
                entries.add(new PublicLists.Entry((Long) r[0], (Long) r[1], placed ? (Long) r[2] : null, criteria));
            }
            if (nameable.size() > 100) {
                nameable.clear();
            }
            return PublicLists.nameable(entries, minGroup());
        });
    }

    /** Counts per school against the quota, as the public and the schools see them: the open data. */
    public List<SchoolCount> counts(AdmissionCampaign round, Instant now) {
        return counts(round, !round.resultsVisibleAt(now));
    }

    /**
     * Counts per school; {@code sealed}: without the allocation's counts. The department, which
     * runs the allocation, sees them before they are published.
     */
    public List<SchoolCount> counts(AdmissionCampaign round, boolean sealed) {
        Map<String, Long> byKey = new HashMap<>();
        for (Object[] r : em.createQuery("select a.siteId, a.status, count(a) from AdmissionApplication a"
                + " where a.campaignId = :c group by a.siteId, a.status", Object[].class)
                .setParameter("c", round.getId()).getResultList()) {
            byKey.put(r[0] + "|" + r[1], (Long) r[2]);
        }
        Map<String, Long> placedBy = new HashMap<>();
        if (!sealed) {
            for (Object[] r : em.createQuery("select a.resultSiteId, a.status, count(a) from AdmissionApplication a"
                    + " where a.campaignId = :c and a.resultSiteId is not null group by a.resultSiteId, a.status", Object[].class)
                    .setParameter("c", round.getId()).getResultList()) {
                placedBy.put(r[0] + "|" + r[1], (Long) r[2]);
            }
        }
        List<SchoolCount> out = new ArrayList<>();
        for (AdmissionRounds.SchoolView s : rounds.schools(round.getId())) {
            long id = s.site().id();
            long total = 0;
            long accepted = 0;
            for (ApplicationStatus st : ApplicationStatus.values()) {
                long n = byKey.getOrDefault(id + "|" + st, 0L);
                total += st == ApplicationStatus.WITHDRAWN ? 0 : n;
                accepted += st == ApplicationStatus.ACCEPTED || RESULTS.contains(st) ? n : 0;
            }
            Long enrolled = sealed ? null : placedBy.getOrDefault(id + "|" + ApplicationStatus.ENROLLED, 0L);
            Long admitted = sealed ? null : placedBy.getOrDefault(id + "|" + ApplicationStatus.ADMITTED, 0L) + enrolled;
            Long waiting = sealed ? null : byKey.getOrDefault(id + "|" + ApplicationStatus.WAITING, 0L);
            out.add(new SchoolCount(s.site().slug(), s.site().name(), s.site().district() == null ? "" : s.site().district(),
                    s.row().getQuota(), total, accepted, admitted, enrolled, waiting));
        }
        return out;
    }

    /** The round a school takes part in now (read-only copy). */
    public Optional<AdmissionCampaign> roundOfSchool(long schoolSiteId) {
        return rounds.campaignOfSchool(schoolSiteId);
    }

    /** The admitted children of one school, for that school's staff (Excel export), once the results are shown. */
    public List<AdmissionApplication> admittedOf(long schoolSiteId, Instant now) {
        return rounds.campaignOfSchool(schoolSiteId).filter(c -> c.resultsVisibleAt(now))
                .map(c -> em.createQuery("select a from AdmissionApplication a where a.campaignId = :c"
                                + " and a.resultSiteId = :s and a.status in :st order by a.childName", AdmissionApplication.class)
                        .setParameter("c", c.getId()).setParameter("s", schoolSiteId)
                        .setParameter("st", List.of(ApplicationStatus.ADMITTED, ApplicationStatus.ENROLLED)).getResultList())
                .orElse(List.of());
    }

    /** An application's history as its family and school see it: result entries only once shown. */
    public List<vn.edu.portal.forms.FormEvent> history(AdmissionApplication a, Instant now) {
        AdmissionCampaign round = rounds.rules(a.campaignId);
        return formEvents.history(AdmissionService.KIND, a.getId()).stream()
                .filter(h -> round.resultsVisibleAt(now) || !RESULTS.contains(ApplicationStatus.valueOf(h.getStatus()))).toList();
    }

    /**
     * Why the application is in its group, in {@code locale}: the note kept with it is Vietnamese, so for another
     * language it is said again from the round's zones, when they still give the same group (else the note as kept).
     */
    public String zoneNote(AdmissionApplication a, java.util.Locale locale) {
        if (locale.getLanguage().equals("vi") || a.getCurrent() == null) {
            return a.getZoneNote();
        }
        Zones.Grouping g = rounds.grouping(a.campaignId, a.siteId, a.getCurrent().getWard(), a.getCurrent().getStreet());
        return g.group() == a.getZoneGroup() ? vn.edu.portal.platform.Texts.get(locale, g.key(), g.args().toArray()) : a.getZoneNote();
    }

    public String schoolName(long siteId) {
        return directory.byId(siteId).map(SiteInfo::name).orElse("");
    }

    /**
     * An application's priority criteria as people read them: each criterion's label, and for a school's own criterion
     * the school it is claimed at ("CON_GIAO_VIEN@1142" is how it is kept); "" for none.
     */
    public String criteriaText(AdmissionApplication a) {
        if (a.getCriteria() == null || a.getCriteria().isBlank()) {
            return "";
        }
        Map<String, String> labels = new HashMap<>();
        for (AdmissionRounds.Criterion c : AdmissionRounds.parseCriteria(rounds.rules(a.campaignId).getCriteria())) {
            labels.putIfAbsent(c.code(), c.label());
        }
        java.util.StringJoiner out = new java.util.StringJoiner("; ");
        for (String kept : a.getCriteria().split(",")) {
            String code = kept.strip();
            int at = code.indexOf('@');
            String label = labels.getOrDefault(at < 0 ? code : code.substring(0, at), code);
            if (at >= 0 && code.substring(at + 1).matches("\\d{1,18}")) {
                label += " (" + schoolName(Long.parseLong(code.substring(at + 1))) + ")";
            }
            if (!code.isEmpty()) {
                out.add(label);
            }
        }
        return out.toString();
    }

    /** The schools the family ranked, in order ("1. A; 2. B"); "" for one school only (the application's own). */
    public String preferencesText(AdmissionApplication a) {
        if (a.getPreferences() == null) {
            return "";
        }
        List<String> ids = Arrays.stream(a.getPreferences().split(",")).map(String::strip)
                .filter(p -> p.matches("\\d{1,18}")).toList();
        if (ids.size() < 2) {
            return "";
        }
        java.util.StringJoiner out = new java.util.StringJoiner("; ");
        for (int i = 0; i < ids.size(); i++) {
            out.add((i + 1) + ". " + schoolName(Long.parseLong(ids.get(i))));
        }
        return out.toString();
    }
}
