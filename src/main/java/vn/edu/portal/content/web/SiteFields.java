package vn.edu.portal.content.web;

import java.io.Serializable;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.Site;
import vn.edu.portal.tenant.SiteService;

/** The identity fields of a site as the creation and the editing forms hold them. */
public class SiteFields implements Serializable {

    private String name;
    private SchoolLevel level;
    private Ownership ownership = Ownership.PUBLIC;
    private String district;
    private String address;
    private String phone;
    private String email;
    private String principal;
    private String description;

    public static SiteFields of(Site site) {
        SiteFields fields = new SiteFields();
        fields.name = site.getName();
        fields.level = site.getLevel();
        fields.ownership = site.getOwnership();
        fields.district = site.getDistrict();
        fields.address = site.getAddress();
        fields.phone = site.getPhone();
        fields.email = site.getEmail();
        fields.principal = site.getPrincipal();
        fields.description = site.getDescription();
        return fields;
    }

    /** The service's form; {@code slug} and {@code templateKey} only matter when creating. */
    public SiteService.SiteForm toForm(String slug, String templateKey) {
        return new SiteService.SiteForm(name, slug == null ? null : slug.strip(), level, ownership, district, address,
                phone, email, principal, description, templateKey);
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
}
