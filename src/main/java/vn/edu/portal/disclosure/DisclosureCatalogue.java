package vn.edu.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * The catalogue of what schools disclose, as data versioned by legal basis: the bases, their items
 * (which levels and ownerships each applies to, its deadline rule) and where each item comes from
 * (citations); the department edits an item's wording, levels, deadline and citations. The schools'
 * own disclosures against it are {@link DisclosureService}.
 */
@ApplicationScoped
public class DisclosureCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    vn.edu.portal.tenant.SiteDirectory directory;

    @Inject
    jakarta.enterprise.event.Event<vn.edu.portal.content.ContentChanged> changed;

    public List<DisclosureBasis> bases() {
        return em.createQuery("select b from DisclosureBasis b order by b.fromYear desc", DisclosureBasis.class)
                .getResultList();
    }

    /** The basis that governs the school year starting in {@code startYear}. */
    public DisclosureBasis basisFor(int startYear) {
        return bases().stream().filter(b -> b.governs(startYear)).findFirst()
                .orElseThrow(() -> FieldErrors.of("year", "disclosure.year.noBasis"));
    }

    public List<CatalogueItem> catalogue(String basisCode) {
        return em.createQuery("select i from CatalogueItem i where i.basisCode = :b order by i.sortOrder, i.code",
                CatalogueItem.class).setParameter("b", basisCode).getResultList();
    }

    public List<CatalogueItem> applicable(String basisCode, SchoolLevel level) {
        return catalogue(basisCode).stream().filter(i -> i.isActive() && i.appliesTo(level)).toList();
    }

    /** The active items a school of this level and ownership publishes. */
    public List<CatalogueItem> applicable(String basisCode, SchoolLevel level, Ownership ownership) {
        return catalogue(basisCode).stream().filter(i -> i.isActive() && i.appliesTo(level, ownership)).toList();
    }

    /** The citations of a basis's items, by item id. */
    public Map<Long, List<Citation>> citations(String basisCode) {
        Map<Long, List<Citation>> out = new HashMap<>();
        for (Citation c : em.createQuery("select c from Citation c where c.itemId in (select i.id from CatalogueItem i"
                + " where i.basisCode = :b) order by c.itemId, c.article, c.clause", Citation.class)
                .setParameter("b", basisCode).getResultList()) {
            out.computeIfAbsent(c.getItemId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    public List<Citation> citations(long itemId) {
        return em.createQuery("select c from Citation c where c.itemId = :i order by c.article, c.clause, c.id",
                Citation.class).setParameter("i", itemId).getResultList();
    }

    /** Where an item comes from at a level, with its basis ("Điều 8 khoản 1, Thông tư 09/2024/TT-BGDĐT"); null if not cited. */
    public static String citation(CatalogueItem item, List<Citation> citations, java.util.Locale locale) {
        List<String> parts = citations.stream().map(c -> c.text(locale)).toList();
        if (parts.isEmpty()) {
            return null;
        }
        return vn.edu.portal.platform.Texts.get(locale, "disclosure.citation.of", String.join("; ", parts),
                item.getBasisCode());
    }

    public Optional<CatalogueItem> catalogueItem(long id) {
        return Optional.ofNullable(em.find(CatalogueItem.class, id));
    }

    /** A citation as the department typed it: the article, and the clause and point if known. */
    public record CitationInput(long id, String article, String clause, String point) {
    }

    @Transactional
    public void editItem(long id, String title, Set<SchoolLevel> levels, int month, int day, int yearOffset,
                         int updateDays, boolean active, String actor, String ip) {
        editItem(id, title, levels, month, day, yearOffset, updateDays, active, null, List.of(), actor, ip);
    }

    /**
     * The department edits an item's wording, levels, deadline rule and where it comes from (the
     * deadline's source, empty for a department setting; each citation's article, clause, point).
     */
    @Transactional
    public void editItem(long id, String title, Set<SchoolLevel> levels, int month, int day, int yearOffset,
                         int updateDays, boolean active, String deadlineSource, List<CitationInput> cited,
                         String actor, String ip) {
        CatalogueItem item = catalogueItem(id).orElseThrow();
        FieldErrors errors = new FieldErrors();
        String source = deadlineSource == null || deadlineSource.isBlank() ? null : deadlineSource.strip();
        if (source != null && source.length() > 300) {
            errors.add("deadlineSource", "validation.tooLong", 300);
        }
        Map<Long, Citation> known = new HashMap<>();
        citations(id).forEach(c -> known.put(c.getId(), c));
        List<Object[]> edits = new ArrayList<>();
        for (CitationInput c : cited) {
            Citation citation = known.get(c.id());
            if (citation == null) {
                throw new SecurityException("citation " + c.id() + " is not of item " + id);
            }
            String article = c.article() == null ? "" : c.article().strip();
            String clause = c.clause() == null ? "" : c.clause().strip();
            String point = c.point() == null ? "" : c.point().strip();
            if (!article.matches("\\d{1,3}") || !(clause.isEmpty() || clause.matches("\\d{1,3}"))
                    || !point.matches("[a-zđ]?")) {
                errors.add("citations", "disclosure.catalogue.citation");
                continue;
            }
            edits.add(new Object[] {citation, Integer.parseInt(article), clause.isEmpty() ? null : Integer.valueOf(clause), point});
        }
        if (title == null || title.isBlank()) {
            errors.add("title", "validation.required");
        } else if (title.strip().length() > 300) {
            errors.add("title", "validation.tooLong", 300);
        }
        if (levels == null || levels.isEmpty()) {
            errors.add("levels", "disclosure.catalogue.levels");
        }
        try {
            LocalDate.of(2024, month, day);
        } catch (RuntimeException e) {
            errors.add("deadline", "disclosure.catalogue.deadline");
        }
        if (yearOffset < 0 || yearOffset > 1) {
            errors.add("yearOffset", "disclosure.catalogue.yearOffset");
        }
        if (updateDays < 1 || updateDays > 60) {
            errors.add("updateDays", "disclosure.catalogue.updateDays");
        }
        errors.throwIfAny();
        item.edit(title.strip(), levels, month, day, yearOffset, updateDays, active, source);
        for (Object[] edit : edits) {
            ((Citation) edit[0]).edit((Integer) edit[1], (Integer) edit[2], (String) edit[3]);
        }
        audit.record(actor, null, "disclosure.catalogue", item.getBasisCode() + " " + item.getCode(), ip);
        // Every school's disclosure page shows the catalogue's wording and deadlines: a change of the department's
        // drops every site's cached pages (PageCache), as its procedures do.
        directory.departmentSite().ifPresent(d -> changed.fire(new vn.edu.portal.content.ContentChanged(d.id(), "catalogue")));
    }
}
