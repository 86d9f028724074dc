package vn.edu.portal.department.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.web.SiteRoutes;

/**
 * {@code bao-ve-du-lieu} on every site: the notice of how the site processes personal data ({@link PrivacyNotice}),
 * linked from every public page's footer. The same for every visitor: cached, and dropped with the site's pages
 * when its procedures change.
 */
@ApplicationScoped
public class PrivacyNoticeRoutes implements SiteRoutes {

    public static final String PATH = "bao-ve-du-lieu";

    @Override
    public boolean handles(SiteInfo site, String rest) {
        return rest.equals(PATH);
    }

    @Override
    public String route(SiteInfo site, String rest, HttpServletRequest request, HttpServletResponse response) {
        return "privacy.xhtml";
    }
}
