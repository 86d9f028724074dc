package vn.edu.portal.tenant.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.SecurityHeadersFilter;
import vn.edu.portal.tenant.CurrentSite;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteRouting;

/**
 * Routes every public request to its site and view. Views live under {@code WEB-INF}, so this
 * is the only way to reach them: a page of one school can only ever render that school.
 */
public class TenantFilter extends HttpFilter {

    public static final String PAGE = "portal.page";
    public static final String CATEGORY = "portal.category";
    private static final String VIEWS = "/WEB-INF/views/public/";

    @Inject
    SiteDirectory directory;

    @Inject
    ContentService content;

    @Inject
    PortalConfig config;

    private volatile SiteRouting routing;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStatic(path) || SecurityHeadersFilter.isStaffPath(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "vi".equals(lang)) {
            Cookie cookie = new Cookie("lang", lang);
            cookie.setPath("/");
            cookie.setMaxAge(lang.equals("en") ? 365 * 24 * 3600 : 0);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            response.sendRedirect(request.getRequestURI());
            return;
        }
        String host = SiteRouting.hostWithoutPort(request.getHeader("Host"));
        SiteRouting.Route route = routing().route(host, path, directory::bySlug, directory::byAlias,
                directory.departmentSite());
        if (route.redirect() != null) {
            response.sendRedirect(request.getContextPath() + route.redirect());
            return;
        }
        if (!route.found()) {
            notFound(request, response, directory.departmentSite().orElse(null), "/");
            return;
        }
        SiteInfo site = route.site();
        request.setAttribute(CurrentSite.ATTRIBUTE, new CurrentSite(site, route.base()));
        request.setAttribute(PortalViewHandler.ACTION_PATH, path);
        String rest = route.rest();
        String view = null;
        if (rest.isEmpty()) {
            view = site.isDepartment() ? "department-home.xhtml" : "home.xhtml";
        } else if (rest.startsWith("trang/")) {
            Optional<ContentService.PageView> page = content.publishedPage(site.id(), tail(rest));
            if (page.isPresent()) {
                request.setAttribute(PAGE, page.get());
                view = "page.xhtml";
            }
        } else if (rest.startsWith("chuyen-muc/")) {
            var category = content.category(site.id(), tail(rest));
            if (category.isPresent()) {
                request.setAttribute(CATEGORY, category.get());
                view = "category.xhtml";
            }
        }
        if (view == null) {
            notFound(request, response, site, route.base());
            return;
        }
        request.getRequestDispatcher(VIEWS + view).forward(request, response);
    }

    private static String tail(String rest) {
        String tail = rest.substring(rest.indexOf('/') + 1);
        return tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail;
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, SiteInfo site, String base)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (site == null) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("404 – Không tìm thấy trang / Page not found");
            return;
        }
        request.setAttribute(CurrentSite.ATTRIBUTE, new CurrentSite(site, base));
        request.getRequestDispatcher(VIEWS + "not-found.xhtml").forward(request, response);
    }

    static boolean isStatic(String path) {
        return path.startsWith("/themes/") || path.startsWith("/static/") || path.startsWith("/files/")
                || path.equals("/favicon.ico") || path.equals("/robots.txt") || path.startsWith("/health");
    }

    private SiteRouting routing() {
        SiteRouting r = routing;
        if (r == null) {
            r = new SiteRouting(config.departmentDomain(), config.departmentExtraHosts());
            routing = r;
        }
        return r;
    }
}
