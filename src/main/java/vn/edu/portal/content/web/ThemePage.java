package vn.edu.portal.content.web;

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
import vn.edu.portal.theme.Theme;
import vn.edu.portal.theme.ThemeRegistry;
import vn.edu.portal.tenant.SiteService;

/** Switching a site's theme; the public site shows it on the next request. */
@Named
@ViewScoped
public class ThemePage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient ThemeRegistry themes;

    @Inject
    transient SiteService sites;

    private String theme;

    @PostConstruct
    void init() {
        theme = themes.resolve(shell.staff().site().themeKey()).key();
    }

    public List<Theme> getThemes() {
        return themes.all();
    }

    public void save() {
        StaffContext staff = shell.staff();
        try {
            sites.changeTheme(staff.siteId(), theme, staff.username(), staff.ip());
            Texts.info("site.theme.saved");
        } catch (FieldErrors e) {
            Texts.show("themeForm", e);
        }
    }

    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
}
