package vn.edu.portal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.theme.ThemeRegistry;

/** Creates and edits sites. Every change is audited and refreshes the {@link SiteDirectory}. */
@ApplicationScoped
public class SiteService {

    public static final String DEPARTMENT_SLUG = "so";

    /** Slugs that would collide with the portal's own host names or paths. */
    static final Set<String> RESERVED_SLUGS = Set.of("admin", "www", "api", "s", "so", "static", "themes",
            "files", "mail", "smtp", "imap", "pop", "ftp", "login", "logout", "setup", "health", "metrics",
            "portal", "department", "cdn", "assets", "search", "rss", "feed", "sitemap", "ns1", "ns2", "dns",
            "test", "demo", "webmail", "autodiscover", "jakarta", "resources");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HOST = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{8,20}");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The fields of the site form; the same record serves creation and editing. */
    public record SiteForm(String name, String slug, SchoolLevel level, Ownership ownership, String district,
                           String address, String phone, String email, String principal, String description,
                           String templateKey) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    PortalTemplates templates;

    @Inject
    ThemeRegistry themes;

    @Inject
    SiteFurnishing furnishing;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    /** Validates a slug on its own (also used by the form as the user types). */
    public static Optional<String> slugProblem(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.of("validation.required");
        }
        if (!SLUG.matcher(slug).matches() || slug.length() < 2) {
            return Optional.of("site.slug.invalid");
        }
        if (RESERVED_SLUGS.contains(slug) || slug.startsWith("xn--")) {
            return Optional.of("site.slug.reserved");
        }
        return Optional.empty();
    }

    public Department ensureDepartment(String name, String domain) {
        return em.createQuery("select d from Department d where d.domain = :d", Department.class)
                .setParameter("d", domain).getResultStream().findFirst()
                .orElseGet(() -> {
                    Department department = new Department(name, domain);
                    em.persist(department);
                    return department;
                });
    }

    /** The department and its own site, created on first start from configuration. */
    @Transactional
    public long ensureDepartmentSite() {
        Department department = ensureDepartment(config.departmentName(), config.departmentDomain());
        Optional<Site> existing = em.createQuery("select s from Site s where s.kind = :k", Site.class)
                .setParameter("k", SiteKind.DEPARTMENT).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Site site = new Site(department.getId(), SiteKind.DEPARTMENT, DEPARTMENT_SLUG, department.getName());
        site.setThemeKey(ThemeRegistry.DEFAULT_THEME);
        site.setDescription("Cổng thông tin điện tử của " + department.getName());
        em.persist(site);
        em.flush(); // the menu's rows refer to the site
        furnishing.furnishDepartment(site.getId());
        directory.invalidate();
        return site.getId();
    }

    @Transactional
    public SiteInfo createSchool(SiteForm form, String actor, String ip) {
        FieldErrors errors = validate(form, true);
        Optional<PortalTemplate> template = templates.find(form.templateKey());
        if (template.isEmpty()) {
            errors.add("templateKey", "validation.required");
        } else if (form.level() != null && form.level() != SchoolLevel.CONTINUING && template.get().level() != null
                && template.get().level() != form.level()) {
            // A preschool on the upper-secondary template got its news categories and starter pages. A
            // continuing-education centre has no template of its own and takes the nearest one.
            errors.add("templateKey", "site.template.level", template.get().name());
        }
        errors.throwIfAny();
        long departmentId = em.createQuery("select d.id from Department d", Long.class).getResultList().get(0);
        Site site = new Site(departmentId, SiteKind.SCHOOL, form.slug(), form.name().strip());
        copy(form, site);
        site.setDistrict(directory.wardAsSpelled(site.getDistrict()));
        site.setTemplateKey(template.get().key());
        site.setThemeKey(themes.find(template.get().theme()).map(t -> t.key()).orElse(ThemeRegistry.DEFAULT_THEME));
        em.persist(site);
        em.flush(); // rows of the template refer to the site; no JPA relation orders the inserts
        furnishing.furnishSchool(site.getId(), template.get(), Map.of(
                "ten_truong", site.getName(),
                "dia_chi", nz(site.getAddress()),
                "dien_thoai", nz(site.getPhone()),
                "email", nz(site.getEmail()),
                "hieu_truong", nz(site.getPrincipal()),
                "nam_hoc", currentSchoolYear()));
        audit.record(actor, site.getId(), "site.create", site.getSlug() + " · " + template.get().key(), ip);
        directory.invalidate();
        return SiteInfo.of(site, List.of());
    }

    /**
     * Edits the identity of a site; the slug and the template stay as created. A school's name, level,
     * type and ward are the department's decisions ({@code byDepartment}): they set which disclosures
     * the law asks of it and where the directory and the dashboards list it, so the school's own staff
     * cannot change them. The audit names what changed, before and after.
     */
    @Transactional
    public void updateIdentity(long siteId, SiteForm form, boolean byDepartment, String actor, String ip) {
        Site site = em.find(Site.class, siteId);
        FieldErrors errors = validate(form, false);
        if (site.getKind() == SiteKind.SCHOOL && form.level() == null) {
            errors.add("level", "validation.required");
        }
        Map<String, String> before = decided(site);
        errors.throwIfAny();
        // The department spells a ward (its spelling becomes every school's of that ward, so the filters find
        // them together); a school keeps the ward it has (its field is read-only, see below).
        String district = site.getKind() == SiteKind.SCHOOL && !byDepartment ? site.getDistrict()
                : blankToNull(form.district()) == null ? null : form.district().strip().replaceAll("\\s+", " ");
        SiteForm kept = new SiteForm(form.name(), form.slug(), form.level(), form.ownership(), district, form.address(),
                form.phone(), form.email(), form.principal(), form.description(), form.templateKey());
        Site changed = new Site(site.getDepartmentId(), site.getKind(), site.getSlug(), kept.name().strip());
        copy(kept, changed);
        Map<String, String> after = decided(changed);
        if (site.getKind() == SiteKind.SCHOOL && !byDepartment) {
            after.forEach((field, value) -> {
                if (!java.util.Objects.equals(before.get(field), value)) {
                    errors.add(field, "site.identity.department");
                }
            });
            errors.throwIfAny();
        }
        copy(kept, site);
        site.touch();
        if (district != null && site.getKind() == SiteKind.SCHOOL) {
            respell(siteId, district, actor, ip);
        }
        StringBuilder changes = new StringBuilder(site.getName());
        after.forEach((field, value) -> {
            if (!java.util.Objects.equals(before.get(field), value)) {
                changes.append(" · ").append(field).append(' ').append(before.get(field)).append(" → ").append(value);
            }
        });
        audit.record(actor, siteId, "site.identity", changes.toString(), ip);
        directory.invalidate();
    }

    /** The other schools of {@code ward} written another way (case, accents, spaces) take its spelling. */
    private void respell(long siteId, String ward, String actor, String ip) {
        for (SiteInfo other : directory.all()) {
            if (other.id() != siteId && other.isSchool() && other.district() != null && !other.district().equals(ward)
                    && SiteDirectory.sameWard(other.district(), ward)) {
                em.find(Site.class, other.id()).setDistrict(ward);
                audit.record(actor, other.id(), "site.ward", other.district() + " → " + ward, ip);
            }
        }
    }

    /** What the department decides of a school, by the form's field names. */
    private static Map<String, String> decided(Site site) {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("name", site.getName());
        v.put("level", String.valueOf(site.getLevel()));
        v.put("ownership", String.valueOf(site.getOwnership()));
        v.put("district", site.getDistrict());
        return v;
    }

    /**
     * Records that a school was on the portal since {@code day} (the demo's schools, or schools moved
     * from an older portal): what fell due before then counts as late, as for any school of old.
     */
    @Transactional
    public void joinedOn(long siteId, LocalDate day, String actor, String ip) {
        if (day == null || day.isAfter(LocalDate.now(vn.edu.portal.platform.Formats.VIETNAM)) || day.getYear() < 2000) {
            throw FieldErrors.of("joined", "site.joined.invalid");
        }
        Site site = em.find(Site.class, siteId);
        Instant at = day.atStartOfDay(vn.edu.portal.platform.Formats.VIETNAM).toInstant();
        if (!at.equals(site.getCreatedAt())) {
            site.setCreatedAt(at);
            audit.record(actor, siteId, "site.joined", day.toString(), ip);
            directory.invalidate();
        }
    }

    @Transactional
    public void setEditorsPublish(long siteId, boolean allowed, String actor, String ip) {
        Site site = em.find(Site.class, siteId);
        if (site.isEditorsPublish() != allowed) {
            site.setEditorsPublish(allowed);
            audit.record(actor, siteId, "site.editorsPublish", String.valueOf(allowed), ip);
        }
    }

    @Transactional
    public void changeTheme(long siteId, String themeKey, String actor, String ip) {
        if (themes.find(themeKey).isEmpty()) {
            throw FieldErrors.of("theme", "site.theme.unknown");
        }
        Site site = em.find(Site.class, siteId);
        String before = site.getThemeKey();
        site.setThemeKey(themeKey);
        site.touch();
        audit.record(actor, siteId, "site.theme", before + " → " + themeKey, ip);
        directory.invalidate();
    }

    @Transactional
    public void replaceLogo(long siteId, String path, String type, String actor, String ip) {
        Site site = em.find(Site.class, siteId);
        site.replaceLogo(path, type);
        site.touch();
        audit.record(actor, siteId, "site.logo", type, ip);
        directory.invalidate();
    }

    /** The school goes back to no logo (a wrong one was uploaded, or the school has none). */
    /** Returns the stored file of the logo removed (for the caller to delete once this committed), or empty: none was there. */
    @Transactional
    public Optional<String> removeLogo(long siteId, String actor, String ip) {
        Site site = em.find(Site.class, siteId);
        String path = site.getLogoPath();
        if (path == null) {
            return Optional.empty();
        }
        site.removeLogo();
        site.touch();
        audit.record(actor, siteId, "site.logo.removed", null, ip);
        directory.invalidate();
        return Optional.of(path);
    }

    /** Where the site's logo file is kept (outside the web root), and its content type. */
    public Optional<String[]> logoFile(long siteId) {
        Site site = em.find(Site.class, siteId);
        return site == null || site.getLogoPath() == null ? Optional.empty()
                : Optional.of(new String[] {site.getLogoPath(), site.getLogoType()});
    }

    /** Replaces the site's own host names (one per line or comma). Department admins only. */
    @Transactional
    public void replaceAliases(long siteId, String text, String actor, String ip) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[,\\s]+")) {
            if (!part.isBlank()) {
                hosts.add(part.trim().toLowerCase(Locale.ROOT));
            }
        }
        FieldErrors errors = new FieldErrors();
        String domain = config.departmentDomain();
        for (String host : hosts) {
            if (!HOST.matcher(host).matches()) {
                errors.add("aliases", "site.alias.invalid", host);
            } else if (host.equals(domain) || host.endsWith("." + domain)) {
                errors.add("aliases", "site.alias.departmentDomain", host);
            } else if (!em.createQuery("select a.id from SiteAlias a where a.host = :h and a.siteId <> :s", Long.class)
                    .setParameter("h", host).setParameter("s", siteId).getResultList().isEmpty()) {
                errors.add("aliases", "site.alias.taken", host);
            }
        }
        errors.throwIfAny();
        em.createQuery("delete from SiteAlias a where a.siteId = :s").setParameter("s", siteId).executeUpdate();
        hosts.forEach(h -> em.persist(new SiteAlias(siteId, h)));
        audit.record(actor, siteId, "site.aliases", String.join(", ", hosts), ip);
        directory.invalidate();
    }

    public Site load(long siteId) {
        return em.find(Site.class, siteId);
    }

    /** School sites, filtered by level and a part of the name (accents ignored by the caller's query). */
    public List<SiteInfo> schools() {
        List<SiteInfo> schools = new ArrayList<>(directory.all().stream().filter(SiteInfo::isSchool).toList());
        schools.sort(java.util.Comparator.comparing(SiteInfo::name, java.text.Collator.getInstance(
                Locale.forLanguageTag("vi"))));
        return schools;
    }

    public static String currentSchoolYear() {
        LocalDate today = LocalDate.now(VIETNAM);
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "–" + (start + 1);
    }

    private FieldErrors validate(SiteForm form, boolean creating) {
        FieldErrors errors = new FieldErrors();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.add("name", "validation.required");
        } else if (name.length() > 200) {
            errors.add("name", "validation.tooLong", 200);
        }
        if (creating) {
            slugProblem(form.slug()).ifPresentOrElse(problem -> errors.add("slug", problem), () -> {
                if (!em.createQuery("select s.id from Site s where s.slug = :slug", Long.class)
                        .setParameter("slug", form.slug()).getResultList().isEmpty()) {
                    errors.add("slug", "site.slug.taken");
                }
            });
            if (form.level() == null) {
                errors.add("level", "validation.required");
            }
        }
        if (form.ownership() == null) {
            errors.add("ownership", "validation.required");
        }
        maxLength(errors, "district", form.district(), 120);
        maxLength(errors, "address", form.address(), 300);
        maxLength(errors, "principal", form.principal(), 120);
        maxLength(errors, "description", form.description(), 1000);
        if (form.email() != null && !form.email().isBlank() && !EMAIL.matcher(form.email().strip()).matches()) {
            errors.add("email", "validation.email");
        }
        if (form.phone() != null && !form.phone().isBlank() && !PHONE.matcher(form.phone().strip()).matches()) {
            errors.add("phone", "validation.phone");
        }
        return errors;
    }

    private static void maxLength(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, "validation.tooLong", max);
        }
    }

    private static void copy(SiteForm form, Site site) {
        site.setName(form.name().strip());
        if (form.level() != null) {
            site.setLevel(form.level());
        }
        site.setOwnership(form.ownership());
        site.setDistrict(blankToNull(form.district()));
        site.setAddress(blankToNull(form.address()));
        site.setPhone(blankToNull(form.phone()));
        site.setEmail(blankToNull(form.email()));
        site.setPrincipal(blankToNull(form.principal()));
        site.setDescription(blankToNull(form.description()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
