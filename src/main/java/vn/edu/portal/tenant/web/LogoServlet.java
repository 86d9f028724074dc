package vn.edu.portal.tenant.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/**
 * Serves a site's logo from the file store: {@code /files/logo/<site id>-<version>}. The version
 * is in the address, so the file may be cached for a year.
 */
@WebServlet("/files/logo/*")
public class LogoServlet extends HttpServlet {

    @Inject
    SiteDirectory directory;

    @Inject
    SiteService sites;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String[] parts = name.split("-");
        Optional<SiteInfo> site = Optional.empty();
        if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,9}")) {
            site = directory.byId(Long.parseLong(parts[0]))
                    .filter(s -> s.logoVersion() == Integer.parseInt(parts[1]));
        }
        Optional<String[]> stored = site.flatMap(s -> sites.logoFile(s.id()));
        Optional<Path> file = stored.flatMap(s -> files.resolve(s[0])).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(stored.get()[1]);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
