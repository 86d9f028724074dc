package vn.edu.portal.procedure;

import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.Chunks;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The procedure catalogue and its online forms. A site's procedures are its own plus the
 * department's for its school level; only the owning site can change a procedure.
 */
@ApplicationScoped
public class ProcedureService {

    /** The catalogue form as typed; numbers are checked here. */
    public record ProcedureForm(String slug, String name, String legalBasis, String applicants, String steps,
                                String documents, String timeLimitDays, String fee, String result,
                                ServiceLevel serviceLevel, String retentionDays, boolean published, String level) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A procedure's public pages (its school's list and page, the department's overview) are cached: told to drop them. */
    @Inject
    jakarta.enterprise.event.Event<vn.edu.portal.content.ContentChanged> changed;

    @Inject
    MediaService media;

    @Inject
    SiteDirectory directory;

    /** The published procedures a site offers, its own first. */
    public List<Procedure> offered(SiteInfo site) {
        List<Procedure> list = new ArrayList<>(em.createQuery("select p from Procedure p where p.siteId = :site"
                        + " and p.published = true order by p.name", Procedure.class)
                .setParameter("site", site.id()).getResultList());
        departmentId().filter(d -> d != site.id()).ifPresent(d -> list.addAll(inheritedFrom(d, site)));
        return list;
    }

    private List<Procedure> inheritedFrom(long departmentId, SiteInfo site) {
        return em.createQuery("select p from Procedure p where p.siteId = :d and p.published = true"
                        + " and (p.level is null or p.level = :level) order by p.name", Procedure.class)
                .setParameter("d", departmentId).setParameter("level", site.level()).getResultList();
    }

    /**
     * Every published procedure of every site in one query, for the department's overview of all
     * schools (each school's offer is composed from these as {@link #offered(SiteInfo)} composes it).
     */
    public List<Procedure> publishedEverywhere() {
        return em.createQuery("select p from Procedure p where p.published = true order by p.name", Procedure.class)
                .getResultList();
    }

    /**
     * What each of {@code sites} offers now, from one query (the department's overview, and the search index
     * when a department procedure changes every school's offer): the department's for the site's level, replaced
     * by the site's own of the same address; none superseded; by name in Vietnamese order.
     */
    public Map<Long, List<Procedure>> offeredBy(Collection<SiteInfo> sites) {
        long department = departmentId().orElse(-1L);
        Map<Long, List<Procedure>> bySite = new HashMap<>();
        for (Procedure p : publishedEverywhere()) {
            if (!p.isSuperseded()) {
                bySite.computeIfAbsent(p.getSiteId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Procedure> shared = bySite.getOrDefault(department, List.of());
        Comparator<Procedure> byName = Comparator.comparing(Procedure::getName,
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare);
        Map<Long, List<Procedure>> out = new java.util.LinkedHashMap<>();
        for (SiteInfo site : sites) {
            Map<String, Procedure> offered = new java.util.LinkedHashMap<>();
            if (site.id() != department) {
                shared.stream().filter(p -> p.getLevel() == null || p.getLevel() == site.level())
                        .forEach(p -> offered.put(p.getSlug(), p));
            }
            bySite.getOrDefault(site.id(), List.of()).forEach(p -> offered.put(p.getSlug(), p));
            out.put(site.id(), offered.values().stream().sorted(byName).toList());
        }
        return out;
    }

    /** The department's procedures that apply to a school, shown read-only in its console. */
    public List<Procedure> inherited(SiteInfo site) {
        return departmentId().filter(d -> d != site.id()).map(d -> inheritedFrom(d, site)).orElse(List.of());
    }

    /** A procedure a site offers, by its address; the school's own wins over the department's. */
    public Optional<Procedure> offered(SiteInfo site, String slug) {
        return offered(site).stream().filter(p -> p.getSlug().equals(slug))
                .min(Comparator.comparing(p -> p.getSiteId() == site.id() ? 0 : 1));
    }

    /** Whether a site may receive submissions of a procedure (its own, or the department's for its level). */
    public boolean offers(SiteInfo site, long procedureId) {
        return offered(site).stream().anyMatch(p -> p.getId() == procedureId);
    }

    public List<Procedure> owned(long siteId) {
        return em.createQuery("select p from Procedure p where p.siteId = :site order by p.name", Procedure.class)
                .setParameter("site", siteId).getResultList();
    }

    public Optional<Procedure> find(long siteId, long id) {
        return Optional.ofNullable(em.find(Procedure.class, id)).filter(p -> p.getSiteId() == siteId);
    }

    public Optional<Procedure> byId(long id) {
        return Optional.ofNullable(em.find(Procedure.class, id));
    }

    /** The names of these procedures in one query per thousand (a department's statistics name 1,500). */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : Chunks.of(new ArrayList<>(new HashSet<>(ids)), 1000)) {
            for (Object[] r : em.createQuery("select p.id, p.name from Procedure p where p.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return names;
    }

    private Optional<Long> departmentId() {
        return directory.departmentSite().map(SiteInfo::id);
    }

    @Transactional
    public Procedure save(long siteId, Long id, ProcedureForm f, String actor, String ip) {
        FieldErrors errors = new FieldErrors();
        String slug = f.slug() == null ? "" : f.slug().strip();
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            errors.add("slug", "proc.slug.invalid");
        }
        required(errors, "name", f.name(), 200);
        required(errors, "legalBasis", f.legalBasis(), 1000);
        required(errors, "applicants", f.applicants(), 1000);
        required(errors, "steps", f.steps(), 20000);
        required(errors, "documents", f.documents(), 20000);
        required(errors, "fee", f.fee(), 200);
        required(errors, "result", f.result(), 500);
        int limit = whole(errors, "timeLimitDays", f.timeLimitDays(), 1, 365);
        int retention = whole(errors, "retentionDays", f.retentionDays(), 0, 3650);
        if (f.serviceLevel() == null) {
            errors.add("serviceLevel", "proc.field.required");
        }
        SchoolLevel level = null;
        if (f.level() != null && !f.level().isBlank()) {
            try {
                level = SchoolLevel.valueOf(f.level());
            } catch (IllegalArgumentException e) {
                errors.add("level", "proc.field.choice");
            }
        }
        Procedure procedure = id == null ? new Procedure(siteId) : find(siteId, id).orElseThrow(
                () -> FieldErrors.of("name", "proc.notFound"));
        if (errors.isEmpty()) {
            boolean taken = !em.createQuery("select p.id from Procedure p where p.siteId = :site and p.slug = :slug",
                    Long.class).setParameter("site", siteId).setParameter("slug", slug).getResultList().stream()
                    .allMatch(other -> other.equals(procedure.getId()));
            if (taken) {
                errors.add("slug", "proc.slug.taken");
            } else {
                // A school's procedure at the address of one the department offers it took that one's place
                // on the school's site, its public list still naming the department's.
                directory.byId(siteId).filter(SiteInfo::isSchool).flatMap(school -> inherited(school).stream()
                        .filter(p -> p.getSlug().equals(slug)).findFirst())
                        .ifPresent(p -> errors.add("slug", "proc.slug.department", p.getName()));
            }
        }
        errors.throwIfAny();
        String oldBasis = procedure.getLegalBasis();
        procedure.update(new ProcedureForm(slug, f.name().strip(), f.legalBasis().strip(), f.applicants().strip(),
                f.steps().strip(), f.documents().strip(), null, f.fee().strip(), f.result().strip(), f.serviceLevel(),
                null, f.published(), f.level()), level, limit, retention);
        if (id == null) {
            em.persist(procedure);
            em.flush();
        } else if (oldBasis != null && !oldBasis.equals(procedure.getLegalBasis())) {
            basisReplaced(procedure, actor);
        }
        audit.record(actor, siteId, id == null ? "procedure.create" : "procedure.update", procedure.getSlug(), ip);
        changed.fire(new vn.edu.portal.content.ContentChanged(siteId, "procedure"));
        return procedure;
    }

    /**
     * A new legal basis: blank forms and the online form made under the old one are superseded
     * (still readable, no longer usable); a copy of the form becomes a draft to review and publish.
     */
    private void basisReplaced(Procedure procedure, String actor) {
        blankForms(procedure.getId()).forEach(BlankForm::supersede);
        activeForm(procedure.getId()).ifPresent(active -> {
            active.supersede();
            FormVersion copy = new FormVersion(procedure.getId(), nextVersion(procedure.getId()),
                    procedure.getLegalBasis(), active.definition(), actor);
            em.persist(copy);
        });
    }

    /**
     * The procedure is replaced (its legal basis repealed, or another procedure takes its place):
     * it stays listed, marked superseded with what replaced it, takes no new requests, and its
     * forms are superseded too. Requests already sent finish under the version they were made with.
     */
    @Transactional
    public Procedure supersede(long siteId, long id, String replacedBy, String actor, String ip) {
        Procedure procedure = find(siteId, id).orElseThrow(() -> FieldErrors.of("replacedBy", "proc.notFound"));
        String text = replacedBy == null ? "" : replacedBy.strip();
        if (text.isEmpty()) {
            throw FieldErrors.of("replacedBy", "proc.supersede.required");
        }
        if (text.length() > 1000) {
            throw FieldErrors.of("replacedBy", "proc.field.tooLong", 1000);
        }
        if (procedure.isSuperseded()) {
            throw FieldErrors.of("replacedBy", "proc.supersede.already");
        }
        procedure.supersede(text);
        blankForms(procedure.getId()).forEach(BlankForm::supersede);
        activeForm(procedure.getId()).ifPresent(FormVersion::supersede);
        audit.record(actor, siteId, "procedure.supersede", procedure.getSlug() + ": " + text, ip);
        changed.fire(new vn.edu.portal.content.ContentChanged(siteId, "procedure"));
        return procedure;
    }

    private static void required(FieldErrors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, "proc.field.required");
        } else if (value.strip().length() > max) {
            errors.add(field, "proc.field.tooLong", max);
        }
    }

    private static int whole(FieldErrors errors, String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n < min || n > max) {
                errors.add(field, "proc.field.range", min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(field, "proc.field.number");
            return 0;
        }
    }

    @Transactional
    public void delete(long siteId, long id, String actor, String ip) {
        Procedure p = find(siteId, id).orElseThrow();
        long submissions = em.createQuery("select count(s) from Submission s where s.procedureId = :p", Long.class)
                .setParameter("p", id).getSingleResult();
        if (submissions > 0) {
            throw FieldErrors.of("name", "proc.delete.hasSubmissions", submissions);
        }
        em.createQuery("delete from BlankForm b where b.procedureId = :p").setParameter("p", id).executeUpdate();
        em.createQuery("delete from FormVersion f where f.procedureId = :p").setParameter("p", id).executeUpdate();
        em.remove(p);
        audit.record(actor, siteId, "procedure.delete", p.getSlug(), ip);
        changed.fire(new vn.edu.portal.content.ContentChanged(siteId, "procedure"));
    }

    // Blank forms

    public List<BlankForm> blankForms(long procedureId) {
        List<BlankForm> list = em.createQuery("select b from BlankForm b where b.procedureId = :p"
                + " order by b.supersededAt, b.createdAt desc", BlankForm.class).setParameter("p", procedureId).getResultList();
        for (BlankForm b : list) {
            Procedure owner = em.find(Procedure.class, b.getProcedureId());
            media.find(owner.getSiteId(), b.getMediaId()).ifPresent(m -> b.url(m.url()));
        }
        return list;
    }

    @Transactional
    public BlankForm addBlankForm(long siteId, long procedureId, String title, String fileName, byte[] data,
                                  String actor, String ip) {
        Procedure p = find(siteId, procedureId).orElseThrow();
        if (title == null || title.isBlank()) {
            throw FieldErrors.of("blankTitle", "proc.field.required");
        }
        var checked = vn.edu.portal.platform.DocumentUpload.check("blankFile", data, media.fileLimit());
        if (!checked.extension().equals("pdf") && !checked.extension().equals("docx")) {
            throw FieldErrors.of("blankFile", "proc.blank.type");
        }
        long mediaId = media.upload(siteId, "blankFile", fileName, data, actor).getId();
        BlankForm blank = new BlankForm(procedureId, siteId, title.strip(), mediaId, p.getLegalBasis());
        em.persist(blank);
        audit.record(actor, siteId, "procedure.blankForm", p.getSlug() + ": " + title, ip);
        return blank;
    }

    // Online form versions

    public Optional<FormVersion> activeForm(long procedureId) {
        return em.createQuery("select f from FormVersion f where f.procedureId = :p and f.status = :s", FormVersion.class)
                .setParameter("p", procedureId).setParameter("s", FormVersion.Status.ACTIVE).getResultStream().findFirst();
    }

    public List<FormVersion> versions(long procedureId) {
        return em.createQuery("select f from FormVersion f where f.procedureId = :p order by f.version desc",
                FormVersion.class).setParameter("p", procedureId).getResultList();
    }

    public Optional<FormVersion> form(long formId) {
        return Optional.ofNullable(em.find(FormVersion.class, formId));
    }

    /** The version an admin edits: the draft if there is one, else the active or latest version. */
    public Optional<FormVersion> editable(long procedureId) {
        return versions(procedureId).stream().findFirst();
    }

    private int nextVersion(long procedureId) {
        return versions(procedureId).stream().mapToInt(FormVersion::getVersion).max().orElse(0) + 1;
    }

    /** Saves the fields as the draft version (a new one if the latest is already in use). */
    @Transactional
    public FormVersion saveDraft(long siteId, long procedureId, FormDefinition definition, String actor, String ip) {
        Procedure p = find(siteId, procedureId).orElseThrow();
        validate(definition);
        Optional<FormVersion> latest = editable(procedureId).filter(f -> f.getStatus() == FormVersion.Status.DRAFT);
        FormVersion draft;
        if (latest.isPresent()) {
            draft = latest.get();
            draft.define(definition, p.getLegalBasis());
        } else {
            draft = new FormVersion(procedureId, nextVersion(procedureId), p.getLegalBasis(), definition, actor);
            em.persist(draft);
        }
        audit.record(actor, siteId, "procedure.form.draft", p.getSlug() + " v" + draft.getVersion(), ip);
        return draft;
    }

    /** The draft becomes the form parents use; the version it replaces is kept as superseded. */
    @Transactional
    public FormVersion publishDraft(long siteId, long procedureId, String actor, String ip) {
        Procedure p = find(siteId, procedureId).orElseThrow();
        FormVersion draft = editable(procedureId).filter(f -> f.getStatus() == FormVersion.Status.DRAFT)
                .orElseThrow(() -> FieldErrors.of("fields", "proc.form.noDraft"));
        activeForm(procedureId).ifPresent(FormVersion::supersede);
        em.flush();
        draft.activate();
        audit.record(actor, siteId, "procedure.form.publish", p.getSlug() + " v" + draft.getVersion(), ip);
        changed.fire(new vn.edu.portal.content.ContentChanged(siteId, "procedure"));
        return draft;
    }

    static void validate(FormDefinition definition) {
        FieldErrors errors = new FieldErrors();
        Set<String> keys = new HashSet<>();
        if (definition.fields().isEmpty()) {
            errors.add("fields", "proc.form.empty");
        }
        int row = 0;
        for (FormField f : definition.fields()) {
            row++;
            if (f.key() == null || !f.key().matches("[a-z][a-z0-9_]{0,39}")) {
                errors.add("fields", "proc.form.badKey", row);
            } else if (!keys.add(f.key())) {
                errors.add("fields", "proc.form.keyTwice", f.key());
            }
            if (f.label() == null || f.label().isBlank() || f.label().length() > 200) {
                errors.add("fields", "proc.form.badLabel", row);
            }
            if (f.type() == FieldType.CHOICE && f.options().size() < 2) {
                errors.add("fields", "proc.form.fewOptions", row);
            }
            // Two options a parent cannot tell apart (in any letter case or Unicode form) make a choice nobody can make.
            if (f.type() == FieldType.CHOICE && f.options().stream()
                    .map(o -> vn.edu.portal.forms.TypedText.line(o).toLowerCase(java.util.Locale.ROOT)).distinct().count() < f.options().size()) {
                errors.add("fields", "proc.form.optionTwice", row);
            }
            if (f.min() != null && f.max() != null && f.min() > f.max()) {
                errors.add("fields", "proc.form.minMax", row);
            }
        }
        for (FormSection s : definition.sections()) {
            if (s.title() == null || s.title().isBlank()) {
                errors.add("fields", "proc.form.section");
            }
        }
        errors.throwIfAny();
    }
}
