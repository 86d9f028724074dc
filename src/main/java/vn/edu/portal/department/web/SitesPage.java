package vn.edu.portal.department.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.content.web.SiteFields;
import vn.edu.portal.platform.TextFolding;
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

    private SiteFields fields = new SiteFields();
    /** What the search box above the list asks for (name, address or ward; accents and case aside). */
    private String query = "";
    private transient List<SiteInfo> schools;
    private String slug;
    private String templateKey;

    @jakarta.annotation.PostConstruct
    void load() {
        String q = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
        String typed = q == null ? "" : q.strip();
        query = typed.length() > 100 ? typed.substring(0, 100) : typed;
    }

    /**
     * The schools, those that match the search when there is one: a plain GET form, so that it works
     * at a phone's width (where the table's own column filter is hidden) and a search can be linked.
     */
    public List<SiteInfo> getSchools() {
        if (schools == null) {
            String wanted = TextFolding.fold(query.replaceAll("\\s+", " "));
            schools = sites.schools().stream().filter(s -> wanted.isEmpty() || TextFolding.fold(s.name()).contains(wanted)
                    || s.slug().contains(wanted) || TextFolding.fold(s.district()).contains(wanted))
                    // PrimeFaces sorts the table's list in place: an unmodifiable one was a 500 behind the sort's ajax.
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        }
        return schools;
    }

    public String getQuery() {
        return query;
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
            SiteInfo created = sites.createSchool(fields.toForm(slug, templateKey), staff.username(), staff.ip());
            Texts.info("site.created", created.name(), created.slug());
            SchoolLevel level = fields.getLevel();
            fields = new SiteFields();
            fields.setLevel(level);
            slug = null;
        } catch (FieldErrors e) {
            Texts.show("create", e);
        }
    }

    public SiteFields getFields() { return fields; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTemplateKey() { return templateKey; }
    public void setTemplateKey(String templateKey) { this.templateKey = templateKey; }
}
