package vn.edu.portal.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.edu.portal.forms.FormEvent;
import vn.edu.portal.forms.FormEvents;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.platform.CalendarChanged;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.WorkingCalendar;
import vn.edu.portal.platform.WorkingDays;
import vn.edu.portal.platform.AuditLog;

/**
 * The staff's work on submissions: the queue with the time limit counting down, opening one
 * (logged), and the steps (processing, need more information, done with a result, refused), each
 * kept in the history and mailed to the applicant.
 */
@ApplicationScoped
public class SubmissionQueue {

    private static final List<SubmissionStatus> OPEN = List.of(SubmissionStatus.RECEIVED, SubmissionStatus.PROCESSING,
            SubmissionStatus.NEED_INFO);

    @PersistenceContext
    EntityManager em;

    @Inject
    FormEvents events;

    @Inject
    SubmissionFiles files;

    @Inject
    AuditLog audit;

    @Inject
    WorkingCalendar calendar;

    public WorkingDays workingDays() {
        return calendar.days();
    }

    public long fileLimit() {
        return files.fileLimit();
    }

    public Optional<Submission> submission(long siteId, long submissionId) {
        return Optional.ofNullable(em.find(Submission.class, submissionId)).filter(s -> s.getSiteId() == siteId);
    }

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

    public List<FormEvent> events(long siteId, long submissionId) {
        return events.history(SubmissionForm.KIND, submissionId, siteId);
    }

    public List<SubmissionFile> files(long siteId, long submissionId) {
        return files.ofSubmission(siteId, submissionId);
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
        changeWithNote(siteId, submissionId, "note", note, SubmissionStatus.NEED_INFO, actor, ip);
    }

    @Transactional
    public void refuse(long siteId, long submissionId, String reason, String actor, String ip) {
        changeWithNote(siteId, submissionId, "reason", reason, SubmissionStatus.REFUSED, actor, ip);
    }

    /** A change of an open submission that the applicant must be told why of: the note typed in {@code field}. */
    private void changeWithNote(long siteId, long submissionId, String field, String note, SubmissionStatus to, String actor,
            String ip) {
        Submission s = submission(siteId, submissionId).orElseThrow();
        String why = requiredNote(field, note);
        requireOpen(s, field);
        change(s, actor, to, why, ip);
    }

    /**
     * Withdrawn by its applicant ({@link SubmissionForm#withdraw}, which checked the code, the e-mail
     * address and that it is open): recorded with the reason given, audited, and e-mailed to the
     * applicant's address as every change is, so a withdrawal its owner did not make is seen at once.
     */
    void withdrawn(Submission s, String reason, String ip) {
        change(s, SubmissionFiles.APPLICANT, SubmissionStatus.WITHDRAWN, reason, ip);
    }

    /** Done, with the result document if there is one (a PDF, Word file or picture, checked by content). */
    @Transactional
    public void accept(long siteId, long submissionId, String note, UploadPolicy.Upload result, String actor, String ip) {
        Submission s = submission(siteId, submissionId).orElseThrow();
        requireOpen(s, "result");
        if (note != null && note.strip().length() > 2000) {
            throw FieldErrors.of("resultNote", "proc.field.tooLong", 2000); // a longer one was a 500 (the column's size)
        }
        if (result != null) {
            // A photo of the signed paper too: the clerk works from a phone (a JPEG was refused as "not PDF, Word, Excel").
            UploadPolicy documents = new UploadPolicy(java.util.Set.of("pdf", "docx", "xlsx", "photo"),
                    field -> FieldErrors.of(field, "proc.result.type"), false);
            files.store("result", siteId, null, s.getId(), "ket_qua", SubmissionFile.Kind.RESULT,
                    result, documents, fileLimit());
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
        Procedure p = em.find(Procedure.class, s.getProcedureId());
        Locale language = s.mailLocale();
        String status = Texts.get(language, "proc.status." + to.name());
        events.record(SubmissionForm.KIND, s.getId(), s.getSiteId(), to, note, actor, new FormEvents.Mail(s.getEmail(),
                Texts.get(language, "proc.mail.status.subject", s.getTrackingCode(), status),
                Texts.get(language, "proc.mail.status.body", p.getName(), s.getTrackingCode(), status, note == null ? "" : note),
                "procedure.status", language));
        if (from == SubmissionStatus.NEED_INFO || to == SubmissionStatus.NEED_INFO) {
            schedule(s, workingDays(), events.history(SubmissionForm.KIND, s.getId()), p);
        }
        audit.record(actor, s.getSiteId(), "submission." + to.name().toLowerCase(Locale.ROOT), s.getTrackingCode(), ip);
    }

    /**
     * Counts a submission's time limit again from its arrival, its time limit and the pauses in
     * its history (from each "need more information" to the next step).
     */
    static void schedule(Submission s, WorkingDays days, List<FormEvent> history, Procedure procedure) {
        List<WorkingDays.Pause> pauses = new ArrayList<>();
        Instant pausedSince = null;
        for (FormEvent e : history) {
            if (e.getStatus().equals(SubmissionStatus.NEED_INFO.name())) {
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
        int limit = s.getTimeLimitDays() != null ? s.getTimeLimitDays() : procedure.getTimeLimitDays();
        s.schedule(days.deadline(s.getSubmittedAt(), limit, pauses));
    }

    /**
     * The department changed the calendar: the open requests' due days are counted again with
     * it, in the same transaction (a holiday added moves them later, a make-up day earlier).
     */
    void onCalendarChanged(@Observes CalendarChanged change) {
        for (Submission s : em.createQuery("select s from Submission s where s.status in :open and s.anonymisedAt is null",
                Submission.class).setParameter("open", OPEN).getResultList()) {
            schedule(s, change.days(), events.history(SubmissionForm.KIND, s.getId()),
                    em.find(Procedure.class, s.getProcedureId()));
        }
    }

    /** A school's open submissions, soonest due first: what its staff must still answer. */
    public List<Submission> open(long siteId, int max) {
        return em.createQuery("select s from Submission s where s.siteId = :site and s.status in :open"
                        + " and s.anonymisedAt is null order by s.dueOn, s.submittedAt", Submission.class)
                .setParameter("site", siteId).setParameter("open", OPEN).setMaxResults(max).getResultList();
    }

    /**
     * The due dates of every open submission, per school (the department's dashboard); not those
     * paused for the applicant's papers, whose clock stands still until they come.
     */
    public Map<Long, List<LocalDate>> openDueDates() {
        Map<Long, List<LocalDate>> due = new HashMap<>();
        for (Object[] row : em.createQuery("select s.siteId, s.dueOn from Submission s where s.status in :open"
                + " and s.anonymisedAt is null and s.pausedAt is null", Object[].class).setParameter("open", OPEN).getResultList()) {
            due.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((LocalDate) row[1]);
        }
        return due;
    }
}
