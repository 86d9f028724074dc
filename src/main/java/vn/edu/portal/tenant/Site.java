package vn.edu.portal.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.edu.portal.platform.PortalEntity;

@Entity
@Table(name = "site")
public class Site extends PortalEntity {

    @Column(name = "department_id")
    private Long departmentId;
    @Enumerated(EnumType.STRING)
    private SiteKind kind;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private SchoolLevel level;
    @Enumerated(EnumType.STRING)
    private Ownership ownership;
    private String district;
    private String address;
    private String phone;
    private String email;
    private String principal;
    private String description;
    @Column(name = "template_key")
    private String templateKey;
    @Column(name = "theme_key")
    private String themeKey;
    @Column(name = "logo_path")
    private String logoPath;
    @Column(name = "logo_type")
    private String logoType;
    @Column(name = "logo_version")
    private int logoVersion;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "editors_publish")
    private boolean editorsPublish;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected Site() {
    }

    public Site(Long departmentId, SiteKind kind, String slug, String name) {
        this.departmentId = departmentId;
        this.kind = kind;
        this.slug = slug;
        this.name = name;
        this.ownership = Ownership.PUBLIC;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Small schools may let editors publish without an approver. */
    public boolean isEditorsPublish() { return editorsPublish; }
    public void setEditorsPublish(boolean editorsPublish) { this.editorsPublish = editorsPublish; }

    public void touch() {
        updatedAt = Instant.now();
    }

    public Long getDepartmentId() { return departmentId; }
    /** When the site joined the portal: a school is given the update window from then for what fell due before. */
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public SiteKind getKind() { return kind; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SchoolLevel getLevel() { return level; }
    public void setLevel(SchoolLevel level) { this.level = level; }
    public Ownership getOwnership() { return ownership; }
    public void setOwnership(Ownership ownership) { this.ownership = ownership; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPrincipal() { return principal; }
    public void setPrincipal(String principal) { this.principal = principal; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getTemplateKey() { return templateKey; }
    public void setTemplateKey(String templateKey) { this.templateKey = templateKey; }
    public String getThemeKey() { return themeKey; }
    public void setThemeKey(String themeKey) { this.themeKey = themeKey; }
    public String getLogoPath() { return logoPath; }
    public String getLogoType() { return logoType; }
    public int getLogoVersion() { return logoVersion; }
    public Instant getUpdatedAt() { return updatedAt; }

    public void replaceLogo(String path, String type) {
        this.logoPath = path;
        this.logoType = type;
        this.logoVersion++;
    }

    /** No logo: the site's pages and icons use its initial again (a later logo gets a new version, a new address). */
    public void removeLogo() {
        this.logoPath = null;
        this.logoType = null;
    }
}
