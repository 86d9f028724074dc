package vn.edu.portal.tenant.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.portal.platform.CompressedBody;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteIcons;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteRouting;
import vn.edu.portal.theme.ThemeRegistry;

/**
 * The files a host is asked for by name: {@code /robots.txt} and {@code /favicon.ico} of the site
 * the Host header names, and every site's icons, {@code /files/icon/<site id>-<version>-<size>.png}
 * (a version that is not the site's current one is a 404).
 */
@WebServlet(urlPatterns = {"/robots.txt", "/favicon.ico", "/files/icon/*"})
public class SiteFilesServlet extends HttpServlet {

    private static final Pattern ICON = Pattern.compile("/(\\d{1,18})-([0-9a-f]{8})-(\\d{2,3})\\.png");
    private static final String ONE_DAY = "public, max-age=86400";
    private static final String ONE_YEAR = "public, max-age=31536000, immutable";

    @Inject
    SiteDirectory directory;

    @Inject
    SiteIcons icons;

    @Inject
    ThemeRegistry themes;

    @Inject
    PortalConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (path.equals("/files/icon")) {
            icon(request.getPathInfo(), request, response);
            return;
        }
        String host = SiteRouting.hostWithoutPort(request.getHeader("Host"));
        SiteRouting routing = new SiteRouting(config.departmentDomain(), config.departmentExtraHosts());
        Optional<SiteInfo> site = Optional.ofNullable(routing.route(host, "/", directory::bySlug, directory::byAlias,
                directory::departmentSite).site());
        if (site.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.equals("/favicon.ico")) {
            response.setContentType("image/x-icon");
            response.setHeader("Cache-Control", ONE_DAY);
            send(request, response, icons.ico(site.get(), look(site.get())));
        } else {
            String origin = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath();
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Cache-Control", ONE_DAY);
            send(request, response, robots(routing.isDepartmentHost(host), origin)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private void icon(String pathInfo, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = ICON.matcher(pathInfo == null ? "" : pathInfo);
        Optional<SiteInfo> site = Optional.empty();
        int size = 0;
        if (m.matches()) {
            size = Integer.parseInt(m.group(3));
            String version = m.group(2);
            site = directory.byId(Long.parseLong(m.group(1)))
                    .filter(s -> SiteIcons.version(s, look(s)).equals(version));
        }
        if (site.isEmpty() || !SiteIcons.SIZES.contains(size)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", ONE_YEAR);
        send(request, response, icons.png(site.get(), look(site.get()), size));
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, byte[] bytes) throws IOException {
        CompressedBody.of(bytes, response.getContentType(), 6, -1).send(request, response);
    }

    /** What a site's icon shows when it has no logo: its initial on its theme's colour. */
    SiteIcons.Look look(SiteInfo site) {
        return new SiteIcons.Look(SiteIcons.initial(site.name()), themes.resolve(site.themeKey()).color());
    }

    /**
     * Everything public may be crawled except search results (endless) and the look-ups and forms
     * that only mean something to one person; the staff console is not for robots either. On the
     * department host every school's sitemap is listed, since schools also live under
     * {@code /s/<slug>/} there.
     */
    String robots(boolean departmentHost, String origin) {
        StringBuilder out = new StringBuilder("User-agent: *\n");
        for (String prefix : departmentHost ? new String[] {"/", "/s/*/"} : new String[] {"/"}) {
            out.append("Disallow: ").append(prefix).append("tim-kiem\n");
            out.append("Disallow: ").append(prefix).append("tra-cuu\n");
        }
        out.append("Disallow: /admin/\nDisallow: /login\nDisallow: /setup\nDisallow: /files/hs/\n\n");
        out.append("Sitemap: ").append(origin).append("/sitemap.xml\n");
        if (departmentHost) {
            directory.all().stream().filter(SiteInfo::isSchool).sorted(Comparator.comparing(SiteInfo::slug))
                    .forEach(s -> out.append("Sitemap: ").append(origin).append("/s/").append(s.slug()).append("/sitemap.xml\n"));
        }
        return out.toString();
    }
}
