package vn.edu.portal.procedure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edu.portal.forms.Receipts;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.SignedLinks;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.TooManyAttempts;
import vn.edu.portal.procedure.FormVersion;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.Submission;
import vn.edu.portal.procedure.SubmissionFile;
import vn.edu.portal.procedure.SubmissionFiles;
import vn.edu.portal.procedure.SubmissionForm;
import vn.edu.portal.tenant.SiteInfo;

/**
 * What a family does after sending a form: the receipt ({@code thu-tuc/bien-nhan/<token>}) and the
 * status look-up by code and e-mail ({@code tra-cuu}), where papers asked for are added, an open
 * request is withdrawn and the result document is fetched through a signed link; and reading an
 * uploaded file field, which the form's steps share.
 */
@ApplicationScoped
public class ProcedureTracking {

    @Inject
    vn.edu.portal.security.LookupGuard lookups;

    @Inject
    ProcedureService procedures;

    @Inject
    SubmissionForm submissions;

    @Inject
    SubmissionFiles files;

    @Inject
    SignedLinks links;

    /** A file field's upload; one over every limit a field may set is refused unread (as too large). */
    Optional<UploadPolicy.Upload> read(HttpServletRequest request, String name) throws IOException, ServletException {
        Part part;
        try {
            part = request.getPart(name);
        } catch (IllegalStateException tooLarge) {
            return Optional.of(new UploadPolicy.Upload(name, null));
        }
        return UploadPolicy.read(part, name, UploadPolicy.readLimit(files.fileLimit() * 4));
    }

    /**
     * The answer to an action of the look-up (papers added, a withdrawal): each refusal next to its
     * field, or the notice {@code doneKey}. False if refused: the caller keeps what was typed.
     */
    private static boolean answered(FieldErrors errors, String doneKey, Locale locale, PublicProcedure model) {
        errors.errors().forEach((field, e) -> model.errors.put(field, Texts.get(locale, e.key(), e.args())));
        if (errors.isEmpty()) {
            model.notice = Texts.get(locale, doneKey);
        }
        return errors.isEmpty();
    }

    boolean receipt(SiteInfo site, String base, String token, HttpServletRequest request, PublicProcedure model) {
        Submission s = submissions.submitted(site.id(), token).orElse(null);
        if (s == null) {
            return false;
        }
        model.submission = s;
        model.procedure = procedures.byId(s.getProcedureId()).orElseThrow();
        model.legalBasis = procedures.form(s.getFormId()).map(FormVersion::getLegalBasis).orElse(null);
        Receipts.LookupQr qr = Receipts.lookupQr(request, base, "tra-cuu", s.getTrackingCode());
        model.lookupUrl = qr.url();
        model.qrSvg = qr.svg();
        return true;
    }

    void lookup(SiteInfo site, HttpServletRequest request, HttpServletResponse response, PublicProcedure model)
            throws IOException, ServletException {
        Locale locale = PortalViewHandler.localeOf(request);
        if (request.getMethod().equals("POST") && !vn.edu.portal.forms.FormRequest.bodyReadable(request)) {
            // Papers over the limits (or a body that is not one): nothing of it can be read; the page says so.
            model.lookupCode = vn.edu.portal.forms.FormRequest.fromQuery(request, "ma");
            model.errors.put("lookup", Texts.get(locale, "upload.requestTooLarge"));
            return;
        }
        model.lookupCode = request.getParameter("ma");
        if (!request.getMethod().equals("POST")) {
            return;
        }
        model.lookedUp = true;
        model.email = request.getParameter("email");
        // A look-up by code and e-mail: counted per address, per code when it fails, and audited. The code is
        // counted as it is looked up (FormCodes.normalise): typed with or without its dash, spaces or dots,
        // it is one code, and its ten look-ups an hour cannot be had again by typing it otherwise.
        String normal = vn.edu.portal.forms.FormCodes.normalise(model.lookupCode);
        String subject = !normal.isEmpty() ? normal
                : model.lookupCode == null ? "" : model.lookupCode.strip().toUpperCase(Locale.ROOT);
        String address = vn.edu.portal.platform.Clients.address(request);
        try {
            lookups.check("procedure.lookup", subject, address);
        } catch (TooManyAttempts e) {
            model.errors.put("lookup", Texts.tooMany(response, locale, e));
            return;
        }
        if ("addFiles".equals(request.getParameter("action"))) {
            List<UploadPolicy.Upload> uploads = new ArrayList<>();
            if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
                read(request, "file").ifPresent(uploads::add);
            }
            if (!answered(submissions.addFiles(site.id(), model.lookupCode, model.email, uploads,
                    request.getParameter("note")), "proc.addFiles.done", locale, model)) {
                model.note = request.getParameter("note");
            }
        }
        if ("withdraw".equals(request.getParameter("action"))) {
            boolean ticked = "on".equals(request.getParameter("confirm"));
            if (!answered(submissions.withdraw(site.id(), model.lookupCode, model.email, request.getParameter("reason"),
                    ticked, address), "proc.withdraw.done", locale, model)) {
                model.withdrawReason = request.getParameter("reason");
                model.withdrawTicked = ticked;
            }
        }
        Optional<Submission> found = submissions.lookup(site.id(), model.lookupCode, model.email);
        lookups.outcome("procedure.lookup", found.isPresent() ? site.id() : null, subject, found.isPresent(), address);
        if (found.isEmpty()) {
            model.errors.put("lookup", Texts.get(locale, "proc.lookup.none"));
            return;
        }
        Submission s = found.get();
        model.submission = s;
        model.procedure = procedures.byId(s.getProcedureId()).orElseThrow();
        model.legalBasis = procedures.form(s.getFormId()).map(FormVersion::getLegalBasis).orElse(null);
        model.events = submissions.events(site.id(), s.getId());
        List<PublicProcedure.FileLink> results = new ArrayList<>();
        for (SubmissionFile f : submissions.files(site.id(), s.getId())) {
            if (f.getKind() == SubmissionFile.Kind.RESULT) {
                results.add(new PublicProcedure.FileLink(f.getOriginalName(), request.getContextPath()
                        + links.sign(SubmissionFileServlet.path(f.getId()), SubmissionFiles.APPLICANT, Duration.ofMinutes(30))));
            }
        }
        model.results = results;
    }

}
