package vn.edu.portal.content.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.edu.portal.content.MediaFile;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.FileStore;

/**
 * Serves the media of a site: {@code /files/m/<site id>/<random name>}. Names are random, so
 * files of drafts cannot be found by walking ids; content types are the detected ones; documents
 * download under their display name.
 */
@WebServlet("/files/m/*")
public class MediaServlet extends HttpServlet {

    @Inject
    MediaService media;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        Optional<MediaFile> found = Optional.empty();
        if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
            found = media.byStoredName(Long.parseLong(parts[0]), parts[1]);
        }
        String stored = "media/" + (parts.length == 2 ? parts[0] + "/" + parts[1] : "");
        Optional<Path> file = found.flatMap(m -> files.resolve(stored)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile m = found.get();
        boolean thumbnail = stored.equals(m.getThumbPath());
        response.setContentType(thumbnail ? "image/jpeg" : m.getContentType());
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        if (m.getKind() == MediaFile.Kind.FILE) {
            String encoded = java.net.URLEncoder.encode(m.getDisplayName(), StandardCharsets.UTF_8).replace("+", "%20");
            response.setHeader("Content-Disposition", (m.getContentType().equals("application/pdf") ? "inline" : "attachment")
                    + "; filename=\"download." + m.getDisplayName().replaceAll(".*\\.", "") + "\"; filename*=UTF-8''" + encoded);
        }
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
