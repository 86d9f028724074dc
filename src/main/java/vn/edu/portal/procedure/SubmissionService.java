package vn.edu.portal.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.WorkingCalendar;
import vn.edu.portal.platform.WorkingDays;
import vn.edu.portal.security.AuditLog;
import vn.edu.portal.security.OneTimeCodes;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Parents' submissions: drafts kept between steps, the e-mail code, the idempotent final
 * submit, the status lookup, and the staff's work on the queue. Every method that touches a
 * submission takes the site, and refuses another site's rows.
 */
@ApplicationScoped
public class SubmissionService {

    public static final String CODE_PURPOSE = "procedure";
    public static final String APPLICANT = "applicant";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An uploaded file as the web layer read it; no data when it was too large to read. */
    public record Upload(String fileName, byte[] data) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureService procedures;

    @Inject
    OneTimeCodes codes;

    @Inject
    Notifier notifier;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    WorkingCalendar calendar;

    public WorkingDays workingDays() {
        return calendar.days();
    }

    public long fileLimit() {
        return config.getLong("portal.procedure.upload.max-bytes", 5L * 1024 * 1024);
    }

    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormedToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{32}");
    }

    /** The draft behind a token, if it belongs to this site and procedure. */
    public Optional<SubmissionDraft> draft(long siteId, long procedureId, String token) {
        if (!wellFormedToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select d from SubmissionDraft d where d.token = :t", SubmissionDraft.class)
                .setParameter("t", token).getResultStream()
                .filter(d -> d.getSiteId() == siteId && d.getProcedureId() == procedureId).findFirst();
    }

    public Optional<SubmissionDraft> draftByToken(long siteId, String token) {
        if (!wellFormedToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select d from SubmissionDraft d where d.token = :t", SubmissionDraft.class)
                .setParameter("t", token).getResultStream().filter(d -> d.getSiteId() == siteId).findFirst();
    }

    /** The draft for a token, created on the first post of the form. */
    @Transactional
    public SubmissionDraft open(SiteInfo site, Procedure procedure, FormVersion form, String token) {
        Optional<SubmissionDraft> existing = draft(site.id(), procedure.getId(), token);
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean usable = wellFormedToken(token) && em.createQuery("select count(d) from SubmissionDraft d where d.token = :t",
                Long.class).setParameter("t", token).getSingleResult() == 0;
        SubmissionDraft draft = new SubmissionDraft(usable ? token : newToken(), site.id(), procedure.getId(), form.getId());
        em.persist(draft);
        return draft;
    }

    public static Map<String, String> values(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
        }
        return values;
    }

    static String json(Map<String, String> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach(b::add);
        return b.build().toString();
    }

    /**
     * The parent switched to a new version of the form while filling the old one: the draft
     * moves to it, keeping every answer whose field still exists.
     */
    @Transactional
    public void moveToForm(SubmissionDraft d, FormVersion active) {
        SubmissionDraft draft = em.merge(d);
        FormDefinition definition = active.definition();
        Map<String, String> kept = new LinkedHashMap<>();
        values(draft.getData()).forEach((k, v) -> {
            if (definition.field(k).isPresent()) {
                kept.put(k, v);
            }
        });
        draft.switchForm(active.getId());
        draft.save(0, json(kept));
    }

    /**
     * Saves what was typed on one step, valid or not (nothing typed is ever lost), and returns
     * the fields that are refused. Files are checked by content and kept with the draft.
     */
    @Transactional
    public FieldErrors saveStep(SubmissionDraft d, FormDefinition definition, int step, Map<String, String> typed,
                                Map<String, Upload> uploads, boolean advance) {
        SubmissionDraft draft = em.merge(d);
        Map<String, String> values = values(draft.getData());
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        FormSection section = definition.sections().get(step);
        for (FormField f : section.fields()) {
            if (f.type() == FieldType.FILE) {
                Upload upload = uploads.get(f.key());
                if (upload != null) {
                    try {
                        FieldValidator.CheckedFile checked = FieldValidator.checkFile(f.key(), f, upload.data(), fileLimit());
                        replaceDraftFile(draft, f.key(), upload, checked);
                        values.put(f.key(), safeName(upload.fileName()));
                    } catch (FieldErrors e) {
                        e.errors().forEach((k, v) -> errors.add(k, v.key(), v.args()));
                    }
                } else if (f.required() && !values.containsKey(f.key())) {
                    errors.add(f.key(), "proc.field.fileRequired");
                }
                continue;
            }
            String raw = typed.getOrDefault(f.key(), "");
            values.put(f.key(), raw.length() > FieldValidator.MAX_LONG_TEXT ? raw.substring(0, FieldValidator.MAX_LONG_TEXT) : raw);
            try {
                values.put(f.key(), FieldValidator.check(f.key(), f, raw, today));
            } catch (FieldErrors e) {
                e.errors().forEach((k, v) -> errors.add(k, v.key(), v.args()));
            }
        }
        int next = errors.isEmpty() && advance ? step + 1 : step;
        draft.save(next, json(values));
        return errors;
    }

    /** Goes back a step without checking anything, keeping what was typed. */
    @Transactional
    public void back(SubmissionDraft d, Map<String, String> typed, FormDefinition definition) {
        SubmissionDraft draft = em.merge(d);
        Map<String, String> values = values(draft.getData());
        if (draft.getStep() < definition.sections().size()) {
            for (FormField f : definition.sections().get(draft.getStep()).fields()) {
                if (f.type() != FieldType.FILE && typed.containsKey(f.key())) {
                    values.put(f.key(), typed.get(f.key()));
                }
            }
        }
        draft.save(Math.max(0, draft.getStep() - 1), json(values));
    }

    private void replaceDraftFile(SubmissionDraft draft, String key, Upload upload, FieldValidator.CheckedFile checked) {
        for (SubmissionFile old : em.createQuery("select f from SubmissionFile f where f.draftId = :d and f.fieldKey = :k",
                SubmissionFile.class).setParameter("d", draft.getId()).setParameter("k", key).getResultList()) {
            deleteFile(old);
        }
        String stored = files.store("submissions", draft.getSiteId(), checked.extension(), upload.data());
        em.persist(new SubmissionFile(draft.getSiteId(), draft.getId(), null, key, SubmissionFile.Kind.APPLICANT,
                safeName(upload.fileName()), stored, checked.contentType(), upload.data().length));
    }

    private void deleteFile(SubmissionFile file) {
        files.resolve(file.getStoredPath()).ifPresent(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        em.remove(file);
    }

    static String safeName(String name) {
        String base = name == null ? "tep" : name.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        return base.isEmpty() ? "tep" : base.substring(0, Math.min(base.length(), 120));
    }

    /**
     * The contact step: the address the code goes to and the consent, with the text the parent
     * was shown. Sends a one-time code; returns the refused fields, if any.
     */
    @Transactional
    public FieldErrors consent(SubmissionDraft d, String siteName, String procedureName, String typedEmail,
                               boolean consented, String consentText, int step, String clientAddress) {
        SubmissionDraft draft = em.merge(d);
        FieldErrors errors = new FieldErrors();
        Optional<String> email = EmailAddress.parse(typedEmail);
        if (email.isEmpty()) {
            errors.add("email", "proc.field.email");
        }
        if (!consented) {
            errors.add("consent", "proc.consent.required");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        draft.consent(email.get(), consentText);
        Optional<OneTimeCodes.Issued> issued = codes.issue(CODE_PURPOSE, draft.getToken(), email.get(), clientAddress);
        if (issued.isEmpty()) {
            return FieldErrors.of("email", "proc.code.tooMany");
        }
        sendCode(draft, siteName, procedureName, issued.get());
        draft.save(step + 1, draft.getData());
        return errors;
    }

    @Transactional
    public FieldErrors resendCode(SubmissionDraft d, String siteName, String procedureName, String clientAddress) {
        SubmissionDraft draft = em.merge(d);
        if (draft.getEmail() == null) {
            return FieldErrors.of("code", "proc.code.none");
        }
        Optional<OneTimeCodes.Issued> issued = codes.issue(CODE_PURPOSE, draft.getToken(), draft.getEmail(), clientAddress);
        if (issued.isEmpty()) {
            return FieldErrors.of("code", "proc.code.tooMany");
        }
        sendCode(draft, siteName, procedureName, issued.get());
        return new FieldErrors();
    }

    private void sendCode(SubmissionDraft draft, String siteName, String procedureName, OneTimeCodes.Issued issued) {
        notifier.email(draft.getSiteId(), draft.getEmail(), text("proc.mail.code.subject", issued.code()),
                text("proc.mail.code.body", siteName, procedureName, issued.code(),
                        OneTimeCodes.LIFETIME.toMinutes()), "procedure.code");
    }

    private static String text(String key, Object... args) {
        return Texts.get(PortalViewHandler.VIETNAMESE, key, args);
    }

    /** What the final submit answers: the submission, or the field that was refused. */
    public record Confirmed(Submission submission, FieldErrors errors) {
    }

    /**
     * The final submit. The draft row is locked, so a double click or a retried request waits
     * for the first and then gets the same submission and tracking code. The submission is
     * committed before the parent sees the code.
     */
    @Transactional
    public Confirmed confirm(SiteInfo site, String token, String typedCode) {
        List<SubmissionDraft> locked = em.createQuery("select d from SubmissionDraft d where d.token = :t",
                SubmissionDraft.class).setParameter("t", token).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (locked.isEmpty() || locked.get(0).getSiteId() != site.id()) {
            return new Confirmed(null, FieldErrors.of("code", "proc.code.none"));
        }
        SubmissionDraft draft = locked.get(0);
        if (draft.getSubmissionId() != null) {
            return new Confirmed(em.find(Submission.class, draft.getSubmissionId()), null);
        }
        Procedure procedure = em.find(Procedure.class, draft.getProcedureId());
        FormVersion form = em.find(FormVersion.class, draft.getFormId());
        if (procedure.isSuperseded()) {
            return new Confirmed(null, FieldErrors.of("code", "proc.superseded.closed", procedure.getReplacedBy()));
        }
        if (form.getStatus() != FormVersion.Status.ACTIVE) {
            return new Confirmed(null, FieldErrors.of("code", "proc.form.superseded"));
        }
        OneTimeCodes.Check check = codes.verify(CODE_PURPOSE, token, draft.getEmail(), typedCode);
        if (check != OneTimeCodes.Check.OK) {
            return new Confirmed(null, vn.edu.portal.forms.EmailProof.refusal("proc", check));
        }
        FieldErrors incomplete = completeness(form.definition(), draft);
        if (!incomplete.isEmpty()) {
            return new Confirmed(null, incomplete);
        }
        Instant arrival = Instant.now();
        WorkingDays.Deadline deadline = workingDays().deadline(arrival, procedure.getTimeLimitDays(), List.of());
        LocalDate due = deadline.due();
        Submission submission = new Submission(draft, form, TrackingCodes.next(), applicantName(form.definition(), draft),
                arrival, procedure.getTimeLimitDays(), deadline);
        em.persist(submission);
        em.flush();
        for (SubmissionFile f : em.createQuery("select f from SubmissionFile f where f.draftId = :d", SubmissionFile.class)
                .setParameter("d", draft.getId()).getResultList()) {
            f.attachTo(submission.getId());
        }
        draft.submitted(submission.getId());
        em.persist(new SubmissionEvent(submission, APPLICANT, SubmissionStatus.RECEIVED, null));
        notifier.email(site.id(), submission.getEmail(), text("proc.mail.received.subject", submission.getTrackingCode()),
                text("proc.mail.received.body", site.name(), procedure.getName(), submission.getTrackingCode(),
                        Formats.DAY.format(due)), "procedure.received");
        return new Confirmed(submission, null);
    }

    /** Every required field of every section has a value (a draft could be posted out of order). */
    private FieldErrors completeness(FormDefinition definition, SubmissionDraft draft) {
        Map<String, String> values = values(draft.getData());
        FieldErrors errors = new FieldErrors();
        for (FormField f : definition.fields()) {
            if (f.required() && values.getOrDefault(f.key(), "").isBlank()) {
                errors.add("code", "proc.incomplete", f.label());
            }
        }
        return errors;
    }

    private static String applicantName(FormDefinition definition, SubmissionDraft draft) {
        Map<String, String> values = values(draft.getData());
        return definition.fields().stream().filter(f -> f.type() == FieldType.TEXT)
                .filter(f -> f.key().contains("ho_ten") || f.key().contains("name")).findFirst()
                .or(() -> definition.fields().stream().filter(f -> f.type() == FieldType.TEXT).findFirst())
                .map(f -> values.get(f.key())).orElse(null);
    }

    public Optional<Submission> submission(long siteId, long submissionId) {
        return Optional.ofNullable(em.find(Submission.class, submissionId)).filter(s -> s.getSiteId() == siteId);
    }

    /**
     * The status lookup: the code and the address it was sent to must both match, on this
     * site; otherwise nothing, whichever part was wrong.
     */
    public Optional<Submission> lookup(long siteId, String typedCode, String typedEmail) {
        String code = TrackingCodes.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return vn.edu.portal.forms.ContactLookup.withEmail(em.createQuery("select s from Submission s where s.trackingCode = :c",
                Submission.class).setParameter("c", code).getResultStream().filter(s -> s.getSiteId() == siteId),
                typedEmail, Submission::getEmail);
    }

    public List<SubmissionEvent> events(long siteId, long submissionId) {
        return em.createQuery("select e from SubmissionEvent e where e.submissionId = :s and e.siteId = :site"
                        + " order by e.at, e.id", SubmissionEvent.class)
                .setParameter("s", submissionId).setParameter("site", siteId).getResultList();
    }

    public List<SubmissionFile> files(long siteId, long submissionId) {
        return em.createQuery("select f from SubmissionFile f where f.submissionId = :s and f.siteId = :site"
                        + " order by f.createdAt, f.id", SubmissionFile.class)
                .setParameter("s", submissionId).setParameter("site", siteId).getResultList();
    }

    public List<SubmissionFile> draftFiles(SubmissionDraft draft) {
        return em.createQuery("select f from SubmissionFile f where f.draftId = :d order by f.id", SubmissionFile.class)
                .setParameter("d", draft.getId()).getResultList();
    }

    public Optional<SubmissionFile> file(long fileId) {
        return Optional.ofNullable(em.find(SubmissionFile.class, fileId));
    }

    /** The parent adds files when asked for more information; staff get the submission back. */
    @Transactional
    public FieldErrors addFiles(long siteId, String typedCode, String typedEmail, List<Upload> uploads, String note) {
        Submission s = lookup(siteId, typedCode, typedEmail).map(em::merge).orElse(null);
        if (s == null) {
            return FieldErrors.of("file", "proc.lookup.none");
        }
        if (s.getStatus() != SubmissionStatus.NEED_INFO) {
            return FieldErrors.of("file", "proc.addFiles.notAsked");
        }
        if (uploads.isEmpty()) {
            return FieldErrors.of("file", "upload.empty");
        }
        FormField any = new FormField("file", FieldType.FILE, "", "", true, null, null, null, false,
                List.of("pdf", "image", "docx"), 0);
        for (Upload upload : uploads) {
            FieldValidator.CheckedFile checked;
            try {
                checked = FieldValidator.checkFile("file", any, upload.data(), fileLimit());
            } catch (FieldErrors e) {
                return e;
            }
            String stored = files.store("submissions", siteId, checked.extension(), upload.data());
            em.persist(new SubmissionFile(siteId, null, s.getId(), "bo_sung", SubmissionFile.Kind.APPLICANT,
                    safeName(upload.fileName()), stored, checked.contentType(), upload.data().length));
        }
        s.move(SubmissionStatus.PROCESSING);
        String clean = note == null ? null : note.strip().substring(0, Math.min(note.strip().length(), 1000));
        em.persist(new SubmissionEvent(s, APPLICANT, SubmissionStatus.PROCESSING,
                text("proc.event.filesAdded", uploads.size()) + (clean == null || clean.isEmpty() ? "" : ": " + clean)));
        schedule(s, workingDays());
        return new FieldErrors();
    }

    // Staff

    public List<Submission> queue(long siteId, SubmissionStatus status) {
        var q = status == null
                ? em.createQuery("select s from Submission s where s.siteId = :site and s.anonymisedAt is null"
                        + " order by s.dueOn, s.submittedAt", Submission.class)
                : em.createQuery("select s from Submission s where s.siteId = :site and s.status = :st"
                        + " and s.anonymisedAt is null order by s.dueOn, s.submittedAt", Submission.class)
                        .setParameter("st", status);
        return q.setParameter("site", siteId).setMaxResults(500).getResultList();
    }

    public Map<SubmissionStatus, Long> counts(long siteId) {
        Map<SubmissionStatus, Long> counts = new LinkedHashMap<>();
        for (SubmissionStatus st : SubmissionStatus.values()) {
            counts.put(st, 0L);
        }
        for (Object[] row : em.createQuery("select s.status, count(s) from Submission s where s.siteId = :site"
                + " and s.anonymisedAt is null group by s.status", Object[].class).setParameter("site", siteId).getResultList()) {
            counts.put((SubmissionStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A staff member opens a submission: the view is logged (who, which, when). */
    @Transactional
    public Optional<Submission> open(long siteId, long submissionId, String actor, String ip) {
        Optional<Submission> s = submission(siteId, submissionId);
        s.ifPresent(found -> audit.record(actor, siteId, "submission.view", found.getTrackingCode(), ip));
        return s;
    }

    @Transactional
    public void assign(long siteId, long submissionId, String actor, String ip) {
        Submission s = submission(siteId, submissionId).orElseThrow();
        s.assign(actor);
        if (s.getStatus() == SubmissionStatus.RECEIVED) {
            change(s, actor, SubmissionStatus.PROCESSING, null, ip);
        } else {
            audit.record(actor, siteId, "submission.assign", s.getTrackingCode(), ip);
        }
    }

    @Transactional
    public void askForInformation(long siteId, long submissionId, String note, String actor, String ip) {
        Submission s = submission(siteId, submissionId).orElseThrow();
        String reason = requiredNote("note", note);
        requireOpen(s, "note");
        change(s, actor, SubmissionStatus.NEED_INFO, reason, ip);
    }

    @Transactional
    public void refuse(long siteId, long submissionId, String reason, String actor, String ip) {
        Submission s = submission(siteId, submissionId).orElseThrow();
        String why = requiredNote("reason", reason);
        requireOpen(s, "reason");
        change(s, actor, SubmissionStatus.REFUSED, why, ip);
    }

    @Transactional
    public void accept(long siteId, long submissionId, String note, Upload result, String actor, String ip) {
        Submission s = submission(siteId, submissionId).orElseThrow();
        requireOpen(s, "result");
        if (result != null) {
            if (result.data() == null) {
                throw FieldErrors.of("result", "upload.tooLarge", fileLimit() / 1024);
            }
            var checked = vn.edu.portal.platform.DocumentUpload.check("result", result.data(), fileLimit());
            String stored = files.store("submissions", siteId, checked.extension(), result.data());
            em.persist(new SubmissionFile(siteId, null, s.getId(), "ket_qua", SubmissionFile.Kind.RESULT,
                    safeName(result.fileName()), stored, checked.contentType(), result.data().length));
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        change(s, actor, SubmissionStatus.DONE, clean, ip);
    }

    private static String requiredNote(String field, String note) {
        if (note == null || note.isBlank()) {
            throw FieldErrors.of(field, "proc.note.required");
        }
        if (note.strip().length() > 2000) {
            throw FieldErrors.of(field, "proc.field.tooLong", 2000);
        }
        return note.strip();
    }

    private static void requireOpen(Submission s, String field) {
        if (!s.getStatus().open()) {
            throw FieldErrors.of(field, "proc.closed");
        }
    }

    /** A status change: recorded, audited, and e-mailed to the applicant (no personal data in it). */
    private void change(Submission s, String actor, SubmissionStatus to, String note, String ip) {
        SubmissionStatus from = s.getStatus();
        s.move(to);
        em.persist(new SubmissionEvent(s, actor, to, note));
        if (from == SubmissionStatus.NEED_INFO || to == SubmissionStatus.NEED_INFO) {
            schedule(s, workingDays());
        }
        audit.record(actor, s.getSiteId(), "submission." + to.name().toLowerCase(Locale.ROOT), s.getTrackingCode(), ip);
        if (s.getEmail() != null) {
            Procedure p = em.find(Procedure.class, s.getProcedureId());
            String status = text("proc.status." + to.name());
            notifier.email(s.getSiteId(), s.getEmail(), text("proc.mail.status.subject", s.getTrackingCode(), status),
                    text("proc.mail.status.body", p.getName(), s.getTrackingCode(), status, note == null ? "" : note),
                    "procedure.status");
        }
    }

    // Time limits

    /**
     * Counts a submission's time limit again from its arrival, its time limit and the pauses in
     * its history (from each "need more information" to the next step).
     */
    void schedule(Submission s, WorkingDays days) {
        List<WorkingDays.Pause> pauses = new java.util.ArrayList<>();
        Instant pausedSince = null;
        for (SubmissionEvent e : em.createQuery("select e from SubmissionEvent e where e.submissionId = :s"
                + " order by e.at, e.id", SubmissionEvent.class).setParameter("s", s.getId()).getResultList()) {
            if (e.getStatus() == SubmissionStatus.NEED_INFO) {
                if (pausedSince == null) {
                    pausedSince = e.getAt();
                }
            } else if (pausedSince != null) {
                pauses.add(new WorkingDays.Pause(pausedSince, e.getAt()));
                pausedSince = null;
            }
        }
        if (pausedSince != null) {
            pauses.add(new WorkingDays.Pause(pausedSince, null));
        }
        int limit = s.getTimeLimitDays() != null ? s.getTimeLimitDays()
                : em.find(Procedure.class, s.getProcedureId()).getTimeLimitDays();
        s.schedule(days.deadline(s.getSubmittedAt(), limit, pauses));
    }

    /**
     * The department changed the calendar: the open requests' due days are counted again with
     * it, in the same transaction (a holiday added moves them later, a make-up day earlier).
     */
    void onCalendarChanged(@jakarta.enterprise.event.Observes vn.edu.portal.platform.CalendarChanged change) {
        for (Submission s : em.createQuery("select s from Submission s where s.status in :open and s.anonymisedAt is null",
                Submission.class).setParameter("open", List.of(SubmissionStatus.RECEIVED, SubmissionStatus.PROCESSING,
                SubmissionStatus.NEED_INFO)).getResultList()) {
            schedule(s, change.days());
        }
    }

    /** The legal basis a submission was made under: that of its form version (a later basis does not apply to it). */
    public String legalBasis(Submission s) {
        FormVersion form = em.find(FormVersion.class, s.getFormId());
        return form == null ? null : form.getLegalBasis();
    }

    // Retention

    /**
     * Personal data of submissions completed longer ago than their procedure's retention period
     * is removed (files deleted, fields cleared); the rows stay for counts. Drafts left for a
     * week go entirely. Returns how many submissions were anonymised.
     */
    @Transactional
    public int applyRetention(Instant now) {
        int total = 0;
        for (Procedure p : em.createQuery("select p from Procedure p", Procedure.class).getResultList()) {
            Instant before = now.minus(Duration.ofDays(p.getRetentionDays()));
            List<Submission> expired = em.createQuery("select s from Submission s where s.procedureId = :p"
                    + " and s.completedAt <= :before and s.anonymisedAt is null", Submission.class)
                    .setParameter("p", p.getId()).setParameter("before", before).getResultList();
            Map<Long, Integer> bySite = new LinkedHashMap<>();
            // The messages and codes sent to these parents go with the rest of their data.
            List<String> addresses = expired.stream().map(Submission::getEmail).toList();
            notifier.forgetRecipients(addresses);
            codes.forget(addresses);
            for (Submission s : expired) {
                for (SubmissionFile f : em.createQuery("select f from SubmissionFile f where f.submissionId = :s",
                        SubmissionFile.class).setParameter("s", s.getId()).getResultList()) {
                    deleteFile(f);
                }
                em.createQuery("update SubmissionEvent e set e.note = null where e.submissionId = :s")
                        .setParameter("s", s.getId()).executeUpdate();
                s.anonymise();
                bySite.merge(s.getSiteId(), 1, Integer::sum);
            }
            bySite.forEach((site, n) -> em.persist(new SubmissionPurge(site, p.getId(), n)));
            total += expired.size();
        }
        Instant stale = now.minus(Duration.ofDays(7));
        for (SubmissionDraft d : em.createQuery("select d from SubmissionDraft d where d.updatedAt < :stale",
                SubmissionDraft.class).setParameter("stale", stale).getResultList()) {
            draftFiles(d).forEach(this::deleteFile);
            em.remove(d);
        }
        return total;
    }

    // Department

    /** One line of the department's view: a school and a procedure. */
    public record Stat(long siteId, long procedureId, long total, long open, long late, long done, long refused,
                       Double averageDays) {
        public long getTotal() { return total; }
        public long getOpen() { return open; }
        public long getLate() { return late; }
        public long getDone() { return done; }
        public long getRefused() { return refused; }
        public Double getAverageDays() { return averageDays; }
        public long getSiteId() { return siteId; }
        public long getProcedureId() { return procedureId; }
    }

    public List<Stat> stats() {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        Map<List<Long>, long[]> counts = new LinkedHashMap<>();
        Map<List<Long>, double[]> durations = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select s.siteId, s.procedureId, s.status, s.dueOn, s.submittedAt, s.completedAt"
                + " from Submission s order by s.siteId, s.procedureId", Object[].class).getResultList()) {
            List<Long> key = List.of((Long) row[0], (Long) row[1]);
            long[] c = counts.computeIfAbsent(key, k -> new long[5]);
            SubmissionStatus st = (SubmissionStatus) row[2];
            c[0]++;
            if (st.open()) {
                c[1]++;
                if (st != SubmissionStatus.NEED_INFO && ((LocalDate) row[3]).isBefore(today)) {
                    c[2]++;
                }
            } else if (st == SubmissionStatus.DONE) {
                c[3]++;
            } else {
                c[4]++;
            }
            if (row[5] != null) {
                double[] d = durations.computeIfAbsent(key, k -> new double[2]);
                d[0] += Duration.between((Instant) row[4], (Instant) row[5]).toMinutes() / 1440.0;
                d[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            double[] d = durations.get(e.getKey());
            return new Stat(e.getKey().get(0), e.getKey().get(1), c[0], c[1], c[2], c[3], c[4],
                    d == null ? null : Math.round(d[0] / d[1] * 10) / 10.0);
        }).toList();
    }

    // Staff dashboard (issue 20)

    private static final List<SubmissionStatus> OPEN = List.of(SubmissionStatus.RECEIVED, SubmissionStatus.PROCESSING,
            SubmissionStatus.NEED_INFO);

    /** A school's open submissions, soonest due first: what its staff must still answer. */
    public List<Submission> open(long siteId, int max) {
        return em.createQuery("select s from Submission s where s.siteId = :site and s.status in :open"
                        + " and s.anonymisedAt is null order by s.dueOn, s.submittedAt", Submission.class)
                .setParameter("site", siteId).setParameter("open", OPEN).setMaxResults(max).getResultList();
    }

    /** The due dates of every open submission, per school (the department's dashboard). */
    public Map<Long, List<LocalDate>> openDueDates() {
        Map<Long, List<LocalDate>> due = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select s.siteId, s.dueOn from Submission s where s.status in :open"
                + " and s.anonymisedAt is null", Object[].class).setParameter("open", OPEN).getResultList()) {
            due.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((LocalDate) row[1]);
        }
        return due;
    }
}
