package vn.edu.portal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves {@link Assets} from memory, compressed: a fingerprinted address with a year's
 * {@code immutable} lifetime, a plain one ({@code /static/css/admin.css}) revalidated each time
 * with its ETag. An address whose fingerprint is not the file's current one is a 404.
 */
@WebServlet(urlPatterns = {"/static/*", "/themes/*"})
public class AssetServlet extends HttpServlet {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Inject
    Assets assets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Assets.Found> found = assets.find(path);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Assets.Asset asset = found.get().asset();
        response.setContentType(asset.contentType());
        response.setHeader("Cache-Control", found.get().fingerprinted() ? IMMUTABLE : REVALIDATE);
        asset.body().send(request, response);
    }
}
