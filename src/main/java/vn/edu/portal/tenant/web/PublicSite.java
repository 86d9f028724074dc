package vn.edu.portal.tenant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteIcons;
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
    SiteDirectory directory;

    @Inject
    PortalConfig config;

    @Inject
    vn.edu.portal.platform.Assets assets;

    private CurrentSite current;
    private vn.edu.portal.platform.Assets.InlineStyle inlineStyle;
    private String inlineStyleModules;

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

    /**
     * The one style sheet of a page, written into it ({@code <style>}): the shared rules, the modules
     * its view names in {@code <ui:param name="styles" value="articles search"/>} (every module when
     * it names none) and the theme's rules. A phone draws the page from its first answer, without a
     * second round trip. The answer's Content-Security-Policy is told the sheet's hash, so that this
     * text and no other inline style is allowed. The head asks twice (name, text): made once.
     */
    public vn.edu.portal.platform.Assets.InlineStyle inlineStyleFor(String styles) {
        if (inlineStyle != null && java.util.Objects.equals(inlineStyleModules, styles)) {
            return inlineStyle;
        }
        inlineStyleModules = styles;
        var style = assets.inlineStylesheet(getTheme().key(), styles)
                .orElseGet(() -> new vn.edu.portal.platform.Assets.InlineStyle("", "", ""));
        inlineStyle = style;
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (!style.css().isEmpty() && faces != null
                && faces.getExternalContext().getResponse() instanceof jakarta.servlet.http.HttpServletResponse response) {
            vn.edu.portal.platform.SecurityHeadersFilter.allowStyle(response, style.policySource());
        }
        return style;
    }

    /** The site's icon of {@code size} pixels (favicon 32, header 128, touch 180, manifest 192 and 512). */
    public String iconUrl(int size) {
        return request.getContextPath() + SiteIcons.url(getSite(), iconLook(), size);
    }

    SiteIcons.Look iconLook() {
        return new SiteIcons.Look(SiteIcons.initial(getSite().name()), getTheme().color());
    }

    /**
     * The meta description of a page: {@code text} (a summary, an excerpt) as plain text cut at a
     * word near 160 characters, or, when there is none, the site's own description.
     */
    public String describe(String text) {
        String plain = text == null ? "" : vn.edu.portal.platform.HtmlText.of(text.length() > 4000 ? text.substring(0, 4000) : text)
                .replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            String own = getSite().description();
            plain = own == null || own.isBlank() ? getSite().name() + " – " + getDepartmentName() : own.strip();
        }
        if (plain.length() > 160) {
            int cut = plain.lastIndexOf(' ', 157);
            plain = plain.substring(0, cut > 80 ? cut : 157).strip() + "…";
        }
        return plain;
    }

    /**
     * Set while a page is rendered to be answered to many visitors (a copy kept a few seconds): its
     * address is written without this request's query (a ticket, a draft's token).
     */
    public static final String SHARED_COPY = PublicSite.class.getName() + ".sharedCopy";

    /** The absolute address of this page as the visitor asked for it, without sharing tags (Open Graph). */
    public String getPageUrl() {
        String query = request.getAttribute(SHARED_COPY) != null ? null : PageQueries.withoutSharingTags(request.getQueryString());
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    /**
     * The language switch's link to {@code lang}: this page with its query (a search, a form's step, a list's
     * page), never a shared copy's (it is written once for many visitors).
     */
    public String languageLink(String lang) {
        String query = request.getAttribute(SHARED_COPY) != null ? null : PageQueries.withoutLanguage(request.getQueryString());
        return "?" + (query == null ? "" : query + "&") + "lang=" + lang;
    }

    /** An absolute address for a path of this host (Open Graph images). */
    public String absolute(String path) {
        if (path == null || path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return request.getScheme() + "://" + request.getHeader("Host") + path;
    }

    public String getOgLocale() {
        return isEnglish() ? "en_US" : "vi_VN";
    }

    public String getThemeBase() {
        return request.getContextPath() + "/themes/" + getTheme().key() + "/";
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

    /** The logo in the page header: the site's 128-pixel icon (the logo fitted in a square), or null without a logo. */
    public String getLogoUrl() {
        return getSite().logoVersion() > 0 ? iconUrl(128) : null;
    }

    /** The first letter of the school's proper name, shown in place of a logo. */
    public String getInitial() {
        return SiteIcons.initial(getSite().name());
    }

    public String getSchoolYear() {
        return SiteService.currentSchoolYear();
    }

    public int getYear() {
        return java.time.Year.now().getValue();
    }
}
