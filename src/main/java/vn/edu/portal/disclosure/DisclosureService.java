package vn.edu.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.content.ContentChanged;
import vn.edu.portal.content.MediaFile;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.WorkingCalendar;
import vn.edu.portal.platform.WorkingDays;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.platform.HtmlText;
import vn.edu.portal.platform.PrivacyScan;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * A school's disclosures, one site at a time (every method takes the site id): school-year
 * sections, the versions of each item, publishing, and the school's compliance. The items a
 * school publishes, their deadlines and legal bases are the {@link DisclosureCatalogue}.
 */
@ApplicationScoped
public class DisclosureService {

    /** Where an item stands for a school year. */
    public enum State { PUBLISHED, STALE, LATE, MISSING }

    /** What the editor typed: rich text (sanitised here) and, for a table, each cell as typed. */
    public record ItemInput(String body, Map<String, String> cells) {
    }

    /** One item of a section with its versions: the draft being written, the public one, older ones. */
    public record ItemView(CatalogueItem item, DisclosureSection section, DisclosureEntry draft,
                           DisclosureEntry published, List<DisclosureEntry> superseded, LocalDate deadline,
                           State state, boolean publishedLate, List<Citation> citations) {
        public ItemView(CatalogueItem item, DisclosureSection section, DisclosureEntry draft, DisclosureEntry published,
                        List<DisclosureEntry> superseded, LocalDate deadline, State state, boolean publishedLate) {
            this(item, section, draft, published, superseded, deadline, state, publishedLate, List.of());
        }

        ItemView with(List<Citation> cited) {
            return new ItemView(item, section, draft, published, superseded, deadline, state, publishedLate, cited);
        }

        /** "Điều 8 khoản 1, Thông tư 09/2024/TT-BGDĐT": where the item comes from, at the school's level. */
        public String citation(java.util.Locale locale) {
            return DisclosureCatalogue.citation(item, citations, locale);
        }

        public CatalogueItem getItem() { return item; }
        public DisclosureEntry getDraft() { return draft; }
        public DisclosureEntry getPublished() { return published; }
        public List<DisclosureEntry> getSuperseded() { return superseded; }
        public LocalDate getDeadline() { return deadline; }
        public State getState() { return state; }
        public boolean isPublishedLate() { return publishedLate; }
    }

    /** The counts of one school and year. */
    public record Summary(int applicable, int published, int missing, int late, int stale) {
        public int percent() {
            return applicable == 0 ? 0 : published * 100 / applicable;
        }
        public int getApplicable() { return applicable; }
        public int getPublished() { return published; }
        public int getMissing() { return missing; }
        public int getLate() { return late; }
        public int getStale() { return stale; }
        public int getPercent() { return percent(); }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    WorkingCalendar calendar;

    @Inject
    MediaService media;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    DisclosureCatalogue catalogue;

    private static List<Citation> at(List<Citation> all, SchoolLevel level) {
        return all == null ? List.of() : all.stream().filter(c -> c.appliesTo(level)).toList();
    }

    // ---- sections ------------------------------------------------------------------------

    public List<DisclosureSection> sections(long siteId) {
        return em.createQuery("select s from DisclosureSection s where s.siteId = :s order by s.startYear desc",
                DisclosureSection.class).setParameter("s", siteId).getResultList();
    }

    public Optional<DisclosureSection> section(long siteId, int startYear) {
        return em.createQuery("select s from DisclosureSection s where s.siteId = :s and s.startYear = :y",
                DisclosureSection.class).setParameter("s", siteId).setParameter("y", startYear)
                .getResultStream().findFirst();
    }

    /** Opens a school year ("2026–2027") for a school, under the basis of that year. */
    @Transactional
    public DisclosureSection openYear(long siteId, String typedYear, String actor, String ip) {
        int start = SchoolYear.parse("year", typedYear);
        if (section(siteId, start).isPresent()) {
            throw FieldErrors.of("year", "disclosure.year.exists", SchoolYear.label(start));
        }
        DisclosureSection section = new DisclosureSection(siteId, start, catalogue.basisFor(start).getCode(), actor);
        em.persist(section);
        audit.record(actor, siteId, "disclosure.open", SchoolYear.label(start), ip);
        return section;
    }

    // ---- items ---------------------------------------------------------------------------

    public Optional<DisclosureEntry> entry(long siteId, long id) {
        return Optional.ofNullable(em.find(DisclosureEntry.class, id)).filter(e -> e.getSiteId() == siteId);
    }

    /**
     * One item of a school's year by its code; empty when the year is not open or the code
     * unknown; refused (field {@code item}) when the item does not apply to the school's level.
     */
    public Optional<ItemView> item(long siteId, int startYear, String code) {
        Optional<DisclosureSection> section = section(siteId, startYear);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Optional<CatalogueItem> item = catalogue.catalogue(section.get().getBasisCode()).stream()
                .filter(i -> i.isActive() && i.getCode().equals(code)).findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        SchoolLevel level = level(siteId);
        if (!item.get().appliesTo(level)) {
            throw FieldErrors.of("item", "disclosure.item.level", item.get().getCode(),
                    vn.edu.portal.platform.Texts.get(java.util.Locale.forLanguageTag("vi"), "level." + level));
        }
        if (!item.get().appliesTo(level, ownership(siteId))) {
            throw FieldErrors.of("item", "disclosure.item.ownership", item.get().getCode());
        }
        return Optional.of(view(item.get(), section.get(), entries(siteId, section.get().getId(), item.get().getId()),
                LocalDate.now(Formats.VIETNAM)).with(at(catalogue.citations(item.get().getId()), level)));
    }

    /** Saves the draft of an item (a new version when the item is already published); returns it. */
    @Transactional
    public DisclosureEntry save(long siteId, int startYear, String code, ItemInput input, Long mediaId, String actor,
                                String ip) {
        ItemView view = item(siteId, startYear, code).orElseThrow(() -> FieldErrors.of("item", "disclosure.item.unknown"));
        CatalogueItem item = view.item();
        FieldErrors errors = new FieldErrors();
        String body = input.body() == null ? "" : HtmlSanitizer.sanitize(input.body()).strip();
        String plain = HtmlText.of(body).strip();
        String figures = null;
        if (item.getKind() == ItemKind.TEXT && plain.isEmpty()) {
            errors.add("body", "validation.required");
        }
        if (body.length() > 200_000) {
            errors.add("body", "validation.tooLong", 200_000);
        }
        if (item.getKind() == ItemKind.TABLE) {
            figures = Figures.format(Tables.read(errors, item.getTableKind().shape(level(siteId)), input.cells()));
        }
        MediaFile file = null;
        if (mediaId != null) {
            file = media.find(siteId, mediaId).orElseThrow(() -> new SecurityException("media of another site"));
            if (!file.getContentType().equals("application/pdf")) {
                errors.add("file", "disclosure.file.pdf");
            }
        } else if (item.getKind() == ItemKind.FILE && (view.draft() == null || view.draft().getMediaId() == null)
                && (view.published() == null || view.published().getMediaId() == null)) {
            errors.add("file", "disclosure.file.required");
        }
        errors.throwIfAny();
        // Read before writing: the directory reloads (a query, so a flush) when a site changed meanwhile,
        // and a new draft flushed before write() below lacks its required columns.
        SiteInfo site = directory.byId(siteId).orElseThrow();
        DisclosureEntry draft = view.draft();
        if (draft == null) {
            draft = view.published() != null ? view.published().nextVersion()
                    : new DisclosureEntry(siteId, view.section().getId(), item.getId(), nextVersion(siteId, view));
            em.persist(draft);
        }
        String scanned = plain + "\n" + (figures == null ? "" : figures.replace(';', '\n'));
        List<PrivacyScan.Finding> findings = PrivacyScan.scan(scanned, java.util.Arrays.asList(site.email()));
        draft.write(body.isEmpty() ? null : body, figures, item.getTableKind(),
                findings.isEmpty() ? null : PrivacyScan.summary(findings), actor);
        if (file != null) {
            draft.attach(file.getId(), file.getDisplayName());
        }
        audit.record(actor, siteId, "disclosure.save", SchoolYear.label(startYear) + " " + code + " v" + draft.getVersionNo(), ip);
        return draft;
    }

    /**
     * Publishes the draft of an item: the version published before it becomes superseded (and
     * stays visible as such). A draft the privacy guard flagged needs {@code privacyConfirmed}.
     */
    @Transactional
    public DisclosureEntry publish(long siteId, int startYear, String code, boolean privacyConfirmed, boolean mayPublish,
                                   String actor, String ip) {
        vn.edu.portal.content.Publishing.require(mayPublish, false, true, "disclosure " + code);
        ItemView view = item(siteId, startYear, code).orElseThrow(() -> FieldErrors.of("item", "disclosure.item.unknown"));
        DisclosureEntry draft = view.draft();
        if (draft == null) {
            throw FieldErrors.of("publish", "disclosure.publish.nothing");
        }
        if (view.item().getKind() == ItemKind.TABLE
                && !Tables.complete(kindOf(view.item(), draft).shape(level(siteId)), Figures.parse(draft.getFigures()))) {
            throw FieldErrors.of("table", "disclosure.table.incomplete");
        }
        if (draft.getPrivacyNotes() != null && !privacyConfirmed) {
            throw FieldErrors.of("confirmPrivacy", "disclosure.privacy.confirm");
        }
        Instant now = Instant.now();
        if (view.published() != null) {
            view.published().supersede(now);
            em.flush();
        }
        draft.publish(now);
        audit.record(actor, siteId, "disclosure.publish", SchoolYear.label(startYear) + " " + code + " v" + draft.getVersionNo()
                + (draft.getPrivacyNotes() == null ? "" : " (privacy confirmed)"), ip);
        changed.fire(new ContentChanged(siteId, "disclosure:" + draft.getId()));
        return draft;
    }

    /** Every applicable item of a school's year, in catalogue order, with its versions and state. */
    public List<ItemView> items(long siteId, int startYear) {
        Optional<DisclosureSection> section = section(siteId, startYear);
        if (section.isEmpty()) {
            return List.of();
        }
        List<DisclosureEntry> all = em.createQuery("select e from DisclosureEntry e where e.siteId = :s and e.sectionId = :sec"
                + " order by e.versionNo desc", DisclosureEntry.class)
                .setParameter("s", siteId).setParameter("sec", section.get().getId()).getResultList();
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        List<ItemView> views = new ArrayList<>();
        SchoolLevel level = level(siteId);
        Map<Long, List<Citation>> cited = catalogue.citations(section.get().getBasisCode());
        for (CatalogueItem item : catalogue.applicable(section.get().getBasisCode(), level, ownership(siteId))) {
            views.add(view(item, section.get(), all.stream().filter(e -> e.getItemId().equals(item.getId())).toList(), today)
                    .with(at(cited.get(item.getId()), level)));
        }
        return views;
    }

    public Summary summary(List<ItemView> items) {
        return count(items.stream().map(ItemView::state).toList());
    }

    /** Applicable, published (stale ones too), missing, late and stale, from each applicable item's state. */
    static Summary count(List<State> states) {
        int published = 0;
        int late = 0;
        int stale = 0;
        for (State state : states) {
            switch (state) {
                case PUBLISHED -> published++;
                case STALE -> {
                    published++;
                    stale++;
                }
                case LATE -> late++;
                case MISSING -> { }
            }
        }
        return new Summary(states.size(), published, states.size() - published, late, stale);
    }

    /** Years in which the school has published anything, newest first. */
    public List<DisclosureSection> publishedSections(long siteId) {
        return em.createQuery("select s from DisclosureSection s where s.siteId = :s and exists (select e.id from"
                + " DisclosureEntry e where e.sectionId = s.id and e.status = vn.edu.portal.disclosure.EntryStatus.PUBLISHED)"
                + " order by s.startYear desc", DisclosureSection.class).setParameter("s", siteId).getResultList();
    }

    /** The public address of a version's file, or null. */
    public String fileUrl(long siteId, DisclosureEntry entry) {
        if (entry == null || entry.getMediaId() == null) {
            return null;
        }
        return media.find(siteId, entry.getMediaId()).map(MediaFile::url).orElse(null);
    }

    /** A version's table as the public page and the editor show it: counts, rates, comparisons with the minimum. */
    public Tables.Rendered table(long siteId, CatalogueItem item, DisclosureEntry entry, java.util.Locale locale) {
        return Tables.render(kindOf(item, entry).shape(level(siteId)), Figures.parse(entry == null ? null : entry.getFigures()),
                locale);
    }

    /** The shape a version was saved with; the item's for a version saved before shapes were recorded. */
    public static TableKind kindOf(CatalogueItem item, DisclosureEntry entry) {
        return entry != null && entry.getTableKind() != null ? entry.getTableKind() : item.getTableKind();
    }

    public SchoolLevel level(long siteId) {
        return directory.byId(siteId).map(SiteInfo::level).orElse(null);
    }

    public Ownership ownership(long siteId) {
        return directory.byId(siteId).map(SiteInfo::ownership).orElse(null);
    }

    // ---- for the department's view --------------------------------------------------------

    /** A published version, as far as a summary needs to know. */
    private static final Standing.Version PUBLISHED_FACT = new Standing.Version(EntryStatus.PUBLISHED, 0, null, null);

    /**
     * Summaries of the schools asked for a year, in one pass: the year's sections, then only the
     * facts their counts need (which items are published, when each draft was touched; no text),
     * in chunks of a thousand sections. Schools without a section count as all missing.
     */
    public Map<Long, Summary> summaries(List<SiteInfo> schools, int startYear) {
        DisclosureBasis basis = catalogue.basisFor(startYear);
        List<CatalogueItem> items = catalogue.catalogue(basis.getCode());
        java.util.Set<Long> asked = new java.util.HashSet<>();
        schools.forEach(s -> asked.add(s.id()));
        Map<Long, Long> sectionBySite = new HashMap<>();
        for (Object[] s : em.createQuery("select s.siteId, s.id from DisclosureSection s where s.startYear = :y", Object[].class)
                .setParameter("y", startYear).getResultList()) {
            if (asked.contains((Long) s[0])) {
                sectionBySite.put((Long) s[0], (Long) s[1]);
            }
        }
        // Only the facts the count needs (no text, no publication dates: a summary does not say whether
        // an item was published late): which items have a published version, and when each draft
        // was last touched (a published item whose draft waits too long is stale).
        Map<Long, Map<Long, List<Standing.Version>>> versionsBySection = new HashMap<>();
        for (List<Long> chunk : vn.edu.portal.platform.Chunks.of(new ArrayList<>(sectionBySite.values()), 1000)) {
            for (Object[] e : em.createQuery("select e.sectionId, e.itemId from DisclosureEntry e where e.sectionId in :ids"
                            + " and e.status = vn.edu.portal.disclosure.EntryStatus.PUBLISHED", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                versionOf(versionsBySection, e).add(PUBLISHED_FACT);
            }
            for (Object[] e : em.createQuery("select e.sectionId, e.itemId, e.updatedAt from DisclosureEntry e where e.sectionId in :ids"
                            + " and e.status = vn.edu.portal.disclosure.EntryStatus.DRAFT", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                versionOf(versionsBySection, e).add(new Standing.Version(EntryStatus.DRAFT, 0, null, (Instant) e[2]));
            }
        }
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        WorkingDays days = calendar.days();
        // the items a school publishes depend only on its level and ownership: a handful of lists for 2,000 schools
        Map<String, List<CatalogueItem>> itemsByKind = new HashMap<>();
        Map<Long, Summary> out = new LinkedHashMap<>();
        for (SiteInfo school : schools) {
            Map<Long, List<Standing.Version>> byItem = versionsBySection.getOrDefault(sectionBySite.get(school.id()), Map.of());
            List<CatalogueItem> applicable = itemsByKind.computeIfAbsent(school.level() + "/" + school.ownership(),
                    k -> items.stream().filter(i -> i.isActive() && i.appliesTo(school.level(), school.ownership())).toList());
            List<State> states = new ArrayList<>(applicable.size());
            for (CatalogueItem item : applicable) {
                states.add(Standing.of(item, byItem.getOrDefault(item.getId(), List.of()), today, startYear, days,
                        school.joined()).state());
            }
            out.put(school.id(), count(states));
        }
        return out;
    }

    // ---- inside --------------------------------------------------------------------------

    /** The versions of one item of one section (a row's first two columns), made empty if new. */
    private static List<Standing.Version> versionOf(Map<Long, Map<Long, List<Standing.Version>>> bySection, Object[] row) {
        return bySection.computeIfAbsent((Long) row[0], k -> new HashMap<>()).computeIfAbsent((Long) row[1], k -> new ArrayList<>(2));
    }

    private List<DisclosureEntry> entries(long siteId, long sectionId, long itemId) {
        return em.createQuery("select e from DisclosureEntry e where e.siteId = :s and e.sectionId = :sec and e.itemId = :i"
                        + " order by e.versionNo desc", DisclosureEntry.class)
                .setParameter("s", siteId).setParameter("sec", sectionId).setParameter("i", itemId).getResultList();
    }

    private ItemView view(CatalogueItem item, DisclosureSection section, List<DisclosureEntry> versions, LocalDate today) {
        return view(item, section, versions, today, section.getStartYear(), calendar.days(),
                directory.byId(section.getSiteId()).map(SiteInfo::joined).orElse(null));
    }

    /** Where an item stands on {@code today}, from its versions (package-private for the unit test). */
    static ItemView view(CatalogueItem item, DisclosureSection section, List<DisclosureEntry> versions,
                         LocalDate today, int startYear, WorkingDays calendar) {
        return view(item, section, versions, today, startYear, calendar, null);
    }

    /** The same for a school that joined the portal on {@code joined} (null: long ago). */
    static ItemView view(CatalogueItem item, DisclosureSection section, List<DisclosureEntry> versions,
                         LocalDate today, int startYear, WorkingDays calendar, LocalDate joined) {
        DisclosureEntry draft = null;
        DisclosureEntry published = null;
        List<DisclosureEntry> superseded = new ArrayList<>();
        for (DisclosureEntry e : versions) {
            switch (e.getStatus()) {
                case DRAFT -> draft = e;
                case PUBLISHED -> published = e;
                case SUPERSEDED -> superseded.add(e);
            }
        }
        superseded.sort(Comparator.comparingInt(DisclosureEntry::getVersionNo).reversed());
        Standing standing = Standing.of(item, versions.stream().map(Standing.Version::of).toList(), today, startYear, calendar,
                joined);
        return new ItemView(item, section, draft, published, superseded, Standing.due(item, startYear, joined, calendar),
                standing.state(),
                standing.publishedLate());
    }

    private int nextVersion(long siteId, ItemView view) {
        return entries(siteId, view.section().getId(), view.item().getId()).stream()
                .mapToInt(DisclosureEntry::getVersionNo).max().orElse(0) + 1;
    }

    /** "Giáo viên – Thạc sĩ": the row and column of a cell in Vietnamese, for messages. */
    public static String cellLabel(String row, String column) {
        return Tables.cellLabel(row, column);
    }

    public static String rowLabel(java.util.Locale locale, String row) {
        return Tables.rowLabel(locale, row);
    }

    // ---- for the staff dashboard (issue 20) -------------------------------------------------

    /**
     * How many applicable items of a school's year are not published yet and fall due between
     * {@code today} and {@code today + days} (calendar days, inclusive): what is about to become late.
     */
    public long dueWithin(SiteInfo school, int startYear, LocalDate today, int days) {
        LocalDate until = today.plusDays(days);
        List<ItemView> items = items(school.id(), startYear);
        if (!items.isEmpty()) {
            return items.stream().filter(v -> v.state() == State.MISSING && !v.deadline().isAfter(until)).count();
        }
        return catalogue.applicable(catalogue.basisFor(startYear).getCode(), school.level()).stream()
                .map(i -> i.deadline(startYear))
                .filter(d -> !d.isBefore(today) && !d.isAfter(until)).count();
    }
}
