package vn.edu.portal.procedure;

import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.forms.ContactLookup;
import vn.edu.portal.forms.EmailProof;
import vn.edu.portal.forms.FormCodes;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.FormDrafts;
import vn.edu.portal.forms.FormEvent;
import vn.edu.portal.forms.FormEvents;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.WorkingCalendar;
import vn.edu.portal.platform.WorkingDays;
import vn.edu.portal.security.OneTimeCodes;
import vn.edu.portal.tenant.SiteInfo;

/**
 * A parent's side of a procedure, on the public-form engine ({@code forms}): the draft kept
 * between steps, the e-mail code, the submit (once: the draft's row is locked), the status look-up
 * by code and address, and more files when the school asks for them. Every method that touches a
 * submission takes the site, and refuses another site's rows.
 */
@ApplicationScoped
public class SubmissionForm {

    /** The kind of form in the engine's tables. */
    public static final String KIND = "procedure";
    public static final String CODE_PURPOSE = "procedure";
    /** A draft nobody touches is removed after a week. */
    static final Duration DRAFT_LIFETIME = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    FormDrafts drafts;

    @Inject
    FormEvents events;

    @Inject
    OneTimeCodes codes;

    @Inject
    Notifier notifier;

    @Inject
    SubmissionFiles files;

    @Inject
    WorkingCalendar calendar;

    @Inject
    SubmissionQueue queue;

    private final FormCodes trackingCodes = new FormCodes();

    /** The draft behind a token, if it belongs to this site and procedure. */
    public Optional<FormDraft> draft(long siteId, long procedureId, String token) {
        return drafts.find(siteId, KIND, procedureId, token);
    }

    /** The draft behind a token, of any procedure of this site (the receipt's address). */
    public Optional<FormDraft> draftByToken(long siteId, String token) {
        return drafts.find(siteId, KIND, token);
    }

    /** The draft for a token, created on the first post of the form. */
    public FormDraft open(SiteInfo site, Procedure procedure, FormVersion form, String token) {
        return drafts.open(site.id(), KIND, procedure.getId(), form.getId(), token, 0, DRAFT_LIFETIME);
    }

    /**
     * The parent switched to a new version of the form while filling the old one: the draft
     * moves to it, keeping every answer whose field still exists.
     */
    public FormDraft moveToForm(FormDraft draft, FormVersion active) {
        FormDefinition definition = active.definition();
        Map<String, String> kept = new LinkedHashMap<>();
        draft.values().forEach((k, v) -> {
            if (definition.field(k).isPresent()) {
                kept.put(k, v);
            }
        });
        return drafts.switchVersion(draft, active.getId(), kept);
    }

    /**
     * Saves what was typed on one step, valid or not (nothing typed is ever lost), and returns
     * the fields that are refused. Files are checked by content and kept with the draft.
     */
    @Transactional
    public FieldErrors saveStep(FormDraft draft, FormDefinition definition, int step, Map<String, String> typed,
                                Map<String, UploadPolicy.Upload> uploads, boolean advance) {
        Map<String, String> values = draft.values();
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        for (FormField f : definition.sections().get(step).fields()) {
            if (f.type() == FieldType.FILE) {
                UploadPolicy.Upload upload = uploads.get(f.key());
                if (upload != null) {
                    try {
                        attach(draft, f, upload);
                        values.put(f.key(), UploadPolicy.safeName(upload.fileName()));
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
        drafts.save(draft, errors.isEmpty() && advance ? step + 1 : step, values);
        return errors;
    }

    /** The size a file field takes: its own limit, or the procedures' default. */
    public long maxBytes(FormField f) {
        return f.maxKb() > 0 ? f.maxKb() * 1024L : files.fileLimit();
    }

    /** A file chosen again replaces the one kept for its field. */
    private void attach(FormDraft draft, FormField f, UploadPolicy.Upload upload) {
        long max = maxBytes(f);
        UploadPolicy.Accepted accepted = SubmissionFiles.policy(f.fileTypes()).check(f.key(), upload, max);
        files.ofDraftField(draft.getId(), f.key()).forEach(files::delete);
        files.store(draft.getSiteId(), draft.getId(), null, f.key(), SubmissionFile.Kind.APPLICANT, upload, accepted);
    }

    /**
     * Keeps answers a page carried without checking them: the draft is at or before their step, and
     * they are checked when it gets there (each step is checked as it is posted).
     */
    @Transactional
    public FormDraft keep(FormDraft draft, Map<String, String> carried) {
        if (carried.isEmpty()) {
            return draft;
        }
        Map<String, String> values = draft.values();
        values.putAll(carried);
        return drafts.save(draft, draft.getStep(), values);
    }

    /** Back to an earlier step, whose page was posted again; the answers of later steps stay. */
    @Transactional
    public FormDraft rewind(FormDraft draft, int step) {
        return drafts.save(draft, step, draft.values());
    }

    /** Goes back a step without checking anything, keeping what was typed. */
    public void back(FormDraft draft, Map<String, String> typed, FormDefinition definition) {
        Map<String, String> values = draft.values();
        if (draft.getStep() < definition.sections().size()) {
            for (FormField f : definition.sections().get(draft.getStep()).fields()) {
                if (f.type() != FieldType.FILE && typed.containsKey(f.key())) {
                    values.put(f.key(), typed.get(f.key()));
                }
            }
        }
        drafts.save(draft, Math.max(0, draft.getStep() - 1), values);
    }

    /**
     * The contact step: the address the code goes to and the consent, with the text the parent
     * was shown. Sends a one-time code; returns the refused fields, if any.
     */
    @Transactional
    public FieldErrors consent(FormDraft draft, String siteName, String procedureName, String typedEmail,
                               boolean consented, String consentText, int step, String clientAddress, Locale language) {
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
        Optional<OneTimeCodes.Issued> issued = codes.issue(CODE_PURPOSE, draft.getToken(), email.get(), clientAddress);
        if (issued.isEmpty()) {
            return FieldErrors.of("email", "proc.code.tooMany");
        }
        sendCode(drafts.consent(draft, email.get(), consentText, step + 1, language), siteName, procedureName, issued.get());
        return errors;
    }

    @Transactional
    public FieldErrors resendCode(FormDraft draft, String siteName, String procedureName, String clientAddress) {
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

    /** The code, in the language of the page the address was given on (it was Vietnamese whatever the page's). */
    private void sendCode(FormDraft draft, String siteName, String procedureName, OneTimeCodes.Issued issued) {
        Locale language = PortalViewHandler.ofLanguage(draft.getMailLanguage());
        notifier.email(draft.getSiteId(), draft.getEmail(), Texts.get(language, "proc.mail.code.subject"),
                Texts.get(language, "proc.mail.code.body", siteName, procedureName, issued.code(),
                        OneTimeCodes.LIFETIME.toMinutes()), "procedure.code", language);
    }

    static String text(String key, Object... args) {
        return Texts.get(PortalViewHandler.VIETNAMESE, key, args);
    }

    /**
     * The final submit. The draft row is locked, so a double click or a retried request waits
     * for the first and then gets the same submission and tracking code. The submission is
     * committed before the parent sees the code. A refusal keeps the code's count of tries.
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public Submission confirm(SiteInfo site, String token, String typedCode) {
        FormDraft draft = drafts.lockForSubmit(token).filter(d -> d.getSiteId() == site.id() && d.getFormKind().equals(KIND))
                .orElseThrow(() -> FieldErrors.of("code", "proc.code.none"));
        if (draft.getResultId() != null) {
            return em.find(Submission.class, draft.getResultId());
        }
        Procedure procedure = em.find(Procedure.class, draft.getFormKey());
        FormVersion form = em.find(FormVersion.class, draft.getFormVersion());
        if (procedure.isSuperseded()) {
            throw FieldErrors.of("code", "proc.superseded.closed", procedure.getReplacedBy());
        }
        if (form.getStatus() != FormVersion.Status.ACTIVE) {
            throw FieldErrors.of("code", "proc.form.superseded");
        }
        OneTimeCodes.Check check = codes.verify(CODE_PURPOSE, token, draft.getEmail(), typedCode);
        if (check != OneTimeCodes.Check.OK) {
            throw EmailProof.refusal("proc", check);
        }
        completeness(form.definition(), draft).throwIfAny();
        Instant arrival = Instant.now();
        WorkingDays.Deadline deadline = calendar.days().deadline(arrival, procedure.getTimeLimitDays(), List.of());
        Submission submission = new Submission(draft, form, trackingCodes.next(), applicantName(form.definition(), draft),
                arrival, procedure.getTimeLimitDays(), deadline);
        em.persist(submission);
        em.flush();
        for (SubmissionFile f : files.ofDraft(draft.getId())) {
            f.attachTo(submission.getId());
        }
        drafts.submitted(draft, submission.getId(), true);
        events.record(KIND, submission.getId(), site.id(), SubmissionStatus.RECEIVED, null, SubmissionFiles.APPLICANT,
                new FormEvents.Mail(submission.getEmail(), Texts.get(submission.mailLocale(), "proc.mail.received.subject",
                        submission.getTrackingCode()), Texts.get(submission.mailLocale(), "proc.mail.received.body", site.name(),
                        procedure.getName(), submission.getTrackingCode(), Formats.DAY.format(deadline.due())),
                        "procedure.received", submission.mailLocale()));
        return submission;
    }

    /** The submission a draft became, if its submit committed (a replayed or lost answer). */
    public Optional<Submission> submitted(long siteId, String token) {
        return draftByToken(siteId, token).map(FormDraft::getResultId).flatMap(id -> submission(siteId, id));
    }

    /** Every required field of every section has a value (a draft could be posted out of order). */
    private static FieldErrors completeness(FormDefinition definition, FormDraft draft) {
        Map<String, String> values = draft.values();
        FieldErrors errors = new FieldErrors();
        for (FormField f : definition.fields()) {
            if (f.required() && values.getOrDefault(f.key(), "").isBlank()) {
                errors.add("code", "proc.incomplete", f.label());
            }
        }
        return errors;
    }

    private static String applicantName(FormDefinition definition, FormDraft draft) {
        Map<String, String> values = draft.values();
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
        String code = FormCodes.normalise(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return ContactLookup.withEmail(em.createQuery("select s from Submission s where s.trackingCode = :c",
                Submission.class).setParameter("c", code).getResultStream().filter(s -> s.getSiteId() == siteId),
                typedEmail, Submission::getEmail);
    }

    public List<FormEvent> events(long siteId, long submissionId) {
        return events.history(KIND, submissionId, siteId);
    }

    public List<SubmissionFile> files(long siteId, long submissionId) {
        return files.ofSubmission(siteId, submissionId);
    }

    /**
     * The applicant withdraws an open request, with what every look-up needs (its code and e-mail
     * address) and a tick that says so; a reason is optional and kept in its history. Closed then:
     * staff see it withdrawn, nothing can be added to it, and it is not counted in the school's
     * handling times. {@code confirmed} false, a closed request, or a reason over 1,000 characters:
     * refused with the message next to its field, nothing changed.
     */
    @Transactional
    public FieldErrors withdraw(long siteId, String typedCode, String typedEmail, String reason, boolean confirmed,
                                String ip) {
        Submission s = lookup(siteId, typedCode, typedEmail).map(em::merge).orElse(null);
        if (s == null) {
            return FieldErrors.of("withdraw", "proc.lookup.none");
        }
        if (!s.getStatus().open()) {
            return FieldErrors.of("withdraw", "proc.closed");
        }
        String why = reason == null ? "" : reason.strip();
        FieldErrors errors = new FieldErrors();
        if (why.length() > 1000) {
            errors.add("withdrawReason", "proc.field.tooLong", 1000);
        }
        if (!confirmed) {
            errors.add("withdrawConfirm", "proc.withdraw.confirmNeeded");
        }
        if (errors.isEmpty()) {
            queue.withdrawn(s, why.isEmpty() ? null : why, ip);
        }
        return errors;
    }

    /** The parent adds files when asked for more information; staff get the submission back. */
    @Transactional
    public FieldErrors addFiles(long siteId, String typedCode, String typedEmail, List<UploadPolicy.Upload> uploads,
                                String note) {
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
        UploadPolicy any = SubmissionFiles.policy(List.of("pdf", "image", "docx"));
        for (UploadPolicy.Upload upload : uploads) {
            try {
                files.store("file", siteId, null, s.getId(), "bo_sung", SubmissionFile.Kind.APPLICANT, upload, any,
                        files.fileLimit());
            } catch (FieldErrors e) {
                return e;
            }
        }
        s.move(SubmissionStatus.PROCESSING);
        String clean = note == null ? null : note.strip().substring(0, Math.min(note.strip().length(), 1000));
        events.record(KIND, s.getId(), siteId, SubmissionStatus.PROCESSING,
                text("proc.event.filesAdded", uploads.size()) + (clean == null || clean.isEmpty() ? "" : ": " + clean),
                SubmissionFiles.APPLICANT);
        SubmissionQueue.schedule(s, calendar.days(), events.history(KIND, s.getId()),
                em.find(Procedure.class, s.getProcedureId()));
        return new FieldErrors();
    }
}
