package vn.edu.portal.tenant.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.ImageUpload;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.Site;
import vn.edu.portal.tenant.SiteService;

/** A site's identity: name, level, contacts, description, logo, and (department admin) its own domains. */
@Named
@ViewScoped
public class SiteIdentityPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient SiteService sites;

    @Inject
    transient FileStore files;

    @Inject
    transient PortalConfig config;

    private String name;
    private SchoolLevel level;
    private Ownership ownership;
    private String district;
    private String address;
    private String phone;
    private String email;
    private String principal;
    private String description;
    private String aliases;
    private transient Part logo;

    @PostConstruct
    void init() {
        Site site = sites.load(shell.staff().siteId());
        name = site.getName();
        level = site.getLevel();
        ownership = site.getOwnership();
        district = site.getDistrict();
        address = site.getAddress();
        phone = site.getPhone();
        email = site.getEmail();
        principal = site.getPrincipal();
        description = site.getDescription();
        aliases = String.join("\n", shell.staff().site().aliases());
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public Ownership[] getOwnerships() {
        return Ownership.values();
    }

    public boolean isSchool() {
        return shell.staff().site().isSchool();
    }

    public void save() {
        StaffContext staff = shell.staff();
        try {
            sites.updateIdentity(staff.siteId(), new SiteService.SiteForm(name, null, level, ownership, district,
                    address, phone, email, principal, description, null), staff.username(), staff.ip());
            if (staff.departmentAdmin()) {
                sites.replaceAliases(staff.siteId(), aliases, staff.username(), staff.ip());
            }
            Texts.info("site.saved");
        } catch (FieldErrors e) {
            Texts.show("identity", e);
        }
    }

    public void uploadLogo() {
        StaffContext staff = shell.staff();
        try {
            if (logo == null || logo.getSize() == 0) {
                throw FieldErrors.of("logo", "upload.empty");
            }
            long max = config.getLong("portal.upload.logo.max-bytes", 1024 * 1024);
            if (logo.getSize() > max) {
                throw FieldErrors.of("logo", "upload.tooLarge", max / 1024);
            }
            byte[] data;
            try (InputStream in = logo.getInputStream()) {
                data = in.readNBytes((int) max + 1);
            }
            ImageUpload.Accepted image = ImageUpload.check("logo", data, max);
            String path = files.store("logos", staff.siteId(), image.extension(), data);
            sites.replaceLogo(staff.siteId(), path, image.contentType(), staff.username(), staff.ip());
            Texts.info("site.logo.saved");
        } catch (FieldErrors e) {
            Texts.show("logoForm", e);
        } catch (IOException e) {
            Texts.show("logoForm", FieldErrors.of("logo", "upload.failed"));
        }
    }

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
    public String getAliases() { return aliases; }
    public void setAliases(String aliases) { this.aliases = aliases; }
    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
}
