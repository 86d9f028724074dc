package vn.edu.portal.procedure.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.SignedLinks;
import vn.edu.portal.procedure.SubmissionFile;
import vn.edu.portal.procedure.SubmissionFiles;
import vn.edu.portal.platform.AuditLog;

/**
 * Files of submissions, only through short-lived signed links: staff get them from the
 * submission page (signed with their name, each download audited), applicants get the result
 * document from the status lookup. Never cached.
 */
@WebServlet("/files/hs/*")
public class SubmissionFileServlet extends HttpServlet {

    @Inject
    SignedLinks links;

    @Inject
    SubmissionFiles submissions;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    public static String path(long fileId) {
        return "/files/hs/" + fileId;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String who = request.getParameter("u");
        if (!id.matches("\\d{1,18}") || !links.valid(path(Long.parseLong(id)), who, request.getParameter("e"),
                request.getParameter("s"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<SubmissionFile> file = submissions.byId(Long.parseLong(id))
                .filter(f -> f.getSubmissionId() != null)
                .filter(f -> !SubmissionFiles.APPLICANT.equals(who) || f.getKind() == SubmissionFile.Kind.RESULT);
        Optional<Path> stored = file.flatMap(f -> files.resolve(f.getStoredPath())).filter(Files::isRegularFile);
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SubmissionFile f = file.get();
        audit.recordSeparately(who, f.getSiteId(), "submission.file", "#" + f.getSubmissionId() + " " + f.getOriginalName(),
                vn.edu.portal.platform.Clients.address(request));
        response.setContentType(f.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        String encoded = URLEncoder.encode(f.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"download\"; filename*=UTF-8''" + encoded);
        response.setContentLengthLong(Files.size(stored.get()));
        Files.copy(stored.get(), response.getOutputStream());
    }
}
