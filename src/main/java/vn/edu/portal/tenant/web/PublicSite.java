package vn.edu.portal.tenant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;
import vn.edu.portal.theme.Theme;
import vn.edu.portal.theme.ThemeRegistry;

/** What every public page's layout needs: the site, its theme, its menu and link bases. */
@Named("pub")
@RequestScoped
public class PublicSite {

    @Inject
    HttpServletRequest request;

    @Inject
    ThemeRegistry themes;

    @Inject
    ContentService content;

    @Inject
    SiteDirectory directory;

    @Inject
    PortalConfig config;

    private CurrentSite current;

    private CurrentSite current() {
        if (current == null) {
            current = CurrentSite.of(request);
        }
        return current;
    }

    public SiteInfo getSite() {
        return current().site();
    }

    /** The start of every link inside this site, as the visitor came in ({@code /} or {@code /s/slug/}). */
    public String getBase() {
        return request.getContextPath() + current().base();
    }

    public String link(String relative) {
        if (relative.startsWith("http://") || relative.startsWith("https://")) {
            return relative;
        }
        return getBase() + relative;
    }

    public Theme getTheme() {
        return themes.resolve(getSite().themeKey());
    }

    public String getLayout() {
        return getTheme().layout();
    }

    public String getStylesheet() {
        return request.getContextPath() + getTheme().stylesheet();
    }

    public String getThemeBase() {
        return request.getContextPath() + "/themes/" + getTheme().key() + "/";
    }

    public List<ContentService.MenuLink> getMenu() {
        return content.menu(getSite().id());
    }

    public String getDepartmentName() {
        return directory.departmentName();
    }

    /** The department portal: the bare department host, or "/" when the visitor is already on it. */
    public String getDepartmentUrl() {
        if (current().base().startsWith("/s/") || getSite().isDepartment()) {
            return request.getContextPath() + "/";
        }
        int port = request.getServerPort();
        boolean defaultPort = port == 80 || port == 443;
        return request.getScheme() + "://" + config.departmentDomain() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + "/";
    }

    public String getLang() {
        return PortalViewHandler.localeOf(request).getLanguage();
    }

    public boolean isEnglish() {
        return PortalViewHandler.localeOf(request).equals(Locale.ENGLISH);
    }

    public String getLogoUrl() {
        String logo = getSite().logoUrl();
        return logo == null ? null : request.getContextPath() + logo;
    }

    /** The first letter of the school's proper name, shown in place of a logo. */
    public String getInitial() {
        String name = getSite().name().strip();
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.isEmpty() ? "" : last.substring(0, last.offsetByCodePoints(0, 1));
    }

    public String getSchoolYear() {
        return SiteService.currentSchoolYear();
    }

    public int getYear() {
        return java.time.Year.now().getValue();
    }
}
