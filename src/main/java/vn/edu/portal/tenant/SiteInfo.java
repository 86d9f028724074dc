package vn.edu.portal.tenant;

import java.util.List;

/**
 * An immutable snapshot of a site, as public pages and request routing need it. Cached by
 * {@link SiteDirectory}; never holds anything a visitor may not see.
 */
public record SiteInfo(long id, SiteKind kind, String slug, String name, SchoolLevel level,
                       Ownership ownership, String district, String address, String phone, String email,
                       String principal, String description, String themeKey, String templateKey,
                       int logoVersion, List<String> aliases, java.time.LocalDate joined) {

    /** A site without its day of joining the portal (tests; a site of old with none recorded). */
    public SiteInfo(long id, SiteKind kind, String slug, String name, SchoolLevel level, Ownership ownership,
            String district, String address, String phone, String email, String principal, String description,
            String themeKey, String templateKey, int logoVersion, List<String> aliases) {
        this(id, kind, slug, name, level, ownership, district, address, phone, email, principal, description, themeKey,
                templateKey, logoVersion, aliases, null);
    }

    static SiteInfo of(Site site, List<String> aliases) {
        return new SiteInfo(site.getId(), site.getKind(), site.getSlug(), site.getName(), site.getLevel(),
                site.getOwnership(), site.getDistrict(), site.getAddress(), site.getPhone(), site.getEmail(),
                site.getPrincipal(), site.getDescription(), site.getThemeKey(), site.getTemplateKey(),
                site.getLogoPath() == null ? 0 : site.getLogoVersion(), List.copyOf(aliases), site.getCreatedAt() == null ? null
                        : java.time.LocalDate.ofInstant(site.getCreatedAt(), vn.edu.portal.platform.Formats.VIETNAM));
    }

    public boolean isDepartment() {
        return kind == SiteKind.DEPARTMENT;
    }

    public boolean isSchool() {
        return kind == SiteKind.SCHOOL;
    }

    /** Versioned, so that the logo can be cached for a year and still change at once. */
    public String logoUrl() {
        return logoVersion > 0 ? "/files/logo/" + id + "-" + logoVersion : null;
    }

    public String getName() { return name; }
    public String getSlug() { return slug; }
    public SchoolLevel getLevel() { return level; }
    public Ownership getOwnership() { return ownership; }
    public String getDistrict() { return district; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getPrincipal() { return principal; }
    public String getDescription() { return description; }
    public String getThemeKey() { return themeKey; }
    public String getLogoUrl() { return logoUrl(); }
    public long getId() { return id; }
}
