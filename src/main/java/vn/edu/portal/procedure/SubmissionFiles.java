package vn.edu.portal.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.PortalConfig;

/**
 * The files of procedures: the applicant's attachments (of a draft, then of its submission) and
 * the staff's result. Checked by the forms' {@link UploadPolicy}, stored outside the web root
 * ({@link FileStore}), deleted with the draft or by the retention.
 */
@ApplicationScoped
public class SubmissionFiles {

    /** Who a signed link to a result is for (the applicant, not staff). */
    public static final String APPLICANT = "applicant";

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    PortalConfig config;

    /** The largest file a field without a limit of its own takes ({@code portal.procedure.upload.max-bytes}). */
    public long fileLimit() {
        return config.getLong("portal.procedure.upload.max-bytes", 5L * 1024 * 1024);
    }

    /** The policy of a field that takes {@code types} ({@code pdf}, {@code image}, {@code docx}). */
    public static UploadPolicy policy(List<String> types) {
        List<String> allowed = types == null || types.isEmpty() ? List.of("pdf", "image") : types;
        return new UploadPolicy(Set.copyOf(allowed),
                field -> FieldErrors.of(field, "proc.file.type", UploadPolicy.named(allowed)), false);
    }

    /** Checks a file (a refusal names the form's {@code field}) and keeps it, for a draft's field or for a submission. */
    SubmissionFile store(String field, long siteId, Long draftId, Long submissionId, String key, SubmissionFile.Kind kind,
                         UploadPolicy.Upload upload, UploadPolicy policy, long maxBytes) {
        return store(siteId, draftId, submissionId, key, kind, upload, policy.check(field, upload, maxBytes));
    }

    /** Keeps a file already checked (a photo fitted once, not again). */
    SubmissionFile store(long siteId, Long draftId, Long submissionId, String key, SubmissionFile.Kind kind,
                         UploadPolicy.Upload upload, UploadPolicy.Accepted accepted) {
        String stored = files.store("submissions", siteId, accepted.extension(), accepted.data());
        SubmissionFile file = new SubmissionFile(siteId, draftId, submissionId, key, kind,
                UploadPolicy.safeName(upload.fileName()), stored, accepted.contentType(), accepted.data().length);
        em.persist(file);
        return file;
    }

    void delete(SubmissionFile file) {
        files.delete(file.getStoredPath());
        em.remove(em.contains(file) ? file : em.merge(file));
    }

    public List<SubmissionFile> ofDraft(long draftId) {
        return em.createQuery("select f from SubmissionFile f where f.draftId = :d order by f.id", SubmissionFile.class)
                .setParameter("d", draftId).getResultList();
    }

    List<SubmissionFile> ofDraftField(long draftId, String key) {
        return em.createQuery("select f from SubmissionFile f where f.draftId = :d and f.fieldKey = :k", SubmissionFile.class)
                .setParameter("d", draftId).setParameter("k", key).getResultList();
    }

    public List<SubmissionFile> ofSubmission(long siteId, long submissionId) {
        return em.createQuery("select f from SubmissionFile f where f.submissionId = :s and f.siteId = :site"
                        + " order by f.createdAt, f.id", SubmissionFile.class)
                .setParameter("s", submissionId).setParameter("site", siteId).getResultList();
    }

    List<SubmissionFile> ofSubmission(long submissionId) {
        return em.createQuery("select f from SubmissionFile f where f.submissionId = :s", SubmissionFile.class)
                .setParameter("s", submissionId).getResultList();
    }

    public Optional<SubmissionFile> byId(long fileId) {
        return Optional.ofNullable(em.find(SubmissionFile.class, fileId));
    }
}
