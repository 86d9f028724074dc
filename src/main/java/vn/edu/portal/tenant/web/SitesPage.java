package vn.edu.portal.tenant.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.PortalTemplate;
import vn.edu.portal.tenant.PortalTemplates;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/** The department admin's list of schools, and the form that creates a school site. */
@Named
@ViewScoped
public class SitesPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient SiteService sites;

    @Inject
    transient PortalTemplates templates;

    private String name;
    private String slug;
    private SchoolLevel level;
    private Ownership ownership;
    private String district;
    private String address;
    private String phone;
    private String email;
    private String principal;
    private String templateKey;

    @PostConstruct
    void init() {
        ownership = Ownership.PUBLIC;
    }

    public List<SiteInfo> getSchools() {
        return sites.schools();
    }

    public List<PortalTemplate> getTemplates() {
        return templates.all();
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public Ownership[] getOwnerships() {
        return Ownership.values();
    }

    public void create() {
        StaffContext staff = shell.staff();
        try {
            SiteInfo created = sites.createSchool(new SiteService.SiteForm(name, slug == null ? null
                    : slug.strip(), level, ownership, district, address, phone, email, principal, null,
                    templateKey), staff.username(), staff.ip());
            Texts.info("site.created", created.name(), created.slug());
            name = null;
            slug = null;
            district = null;
            address = null;
            phone = null;
            email = null;
            principal = null;
        } catch (FieldErrors e) {
            Texts.show("create", e);
        }
    }

    /** Picks the template of the chosen level when none is chosen yet. */
    public void levelChanged() {
        if (level != null && (templateKey == null || templateKey.isEmpty())) {
            templates.all().stream().filter(t -> t.level() == level).findFirst()
                    .ifPresent(t -> templateKey = t.key());
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
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
    public String getTemplateKey() { return templateKey; }
    public void setTemplateKey(String templateKey) { this.templateKey = templateKey; }
}
