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
 * Serves the media of a site: {@code /files/m/<site id>/<random name>}, and copies of its pictures
 * in the widths pages offer ({@code <random name>-w800.jpg}, {@code .webp}). Names are random, so
 * files of drafts cannot be found by walking ids; content types are the detected ones; documents
 * download under their display name.
 */
@WebServlet("/files/m/*")
public class MediaServlet extends HttpServlet {

    /** A copy of a picture in a standard width: {@code <uuid>-w<width>.jpg} or {@code .webp}. */
    private static final java.util.regex.Pattern VARIANT =
            java.util.regex.Pattern.compile("([0-9a-f-]{36})-w(\\d{2,4})\\.(jpg|webp)");

    @Inject
    MediaService media;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        if (parts.length == 2 && parts[0].matches("\\d{1,18}")) {
            java.util.regex.Matcher copy = VARIANT.matcher(parts[1]);
            if (copy.matches()) {
                Optional<Path> variant = media.variant(Long.parseLong(parts[0]), copy.group(1), Integer.parseInt(copy.group(2)),
                        copy.group(3));
                if (variant.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setContentType(copy.group(3).equals("webp") ? "image/webp" : "image/jpeg");
                response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
                response.setContentLengthLong(Files.size(variant.get()));
                Files.copy(variant.get(), response.getOutputStream());
                return;
            }
        }
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
