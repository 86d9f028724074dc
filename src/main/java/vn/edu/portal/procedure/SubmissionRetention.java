package vn.edu.portal.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.FormDrafts;
import vn.edu.portal.forms.FormEvents;
import vn.edu.portal.forms.FormRetention;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.security.OneTimeCodes;

/**
 * Procedures' part of the nightly retention: personal data of submissions completed longer ago
 * than their procedure's retention period is removed (files deleted, fields and the history's
 * notes cleared; the rows stay for counts), and drafts past their expiry go with their files.
 */
@ApplicationScoped
public class SubmissionRetention implements FormRetention {

    private static final int DRAFT_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SubmissionFiles files;

    @Inject
    FormDrafts drafts;

    @Inject
    FormEvents events;

    @Inject
    Notifier notifier;

    @Inject
    OneTimeCodes codes;

    @Override
    public String name() {
        // The name the night's run had in job_run before the job was shared.
        return "retention";
    }

    @Override
    @Transactional
    public String apply(Instant now) {
        return applyRetention(now) + " submissions anonymised";
    }

    /** Returns how many submissions were anonymised. */
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
                files.ofSubmission(s.getId()).forEach(files::delete);
                s.anonymise();
                bySite.merge(s.getSiteId(), 1, Integer::sum);
            }
            events.forgetNotes(SubmissionForm.KIND, expired.stream().map(Submission::getId).toList());
            bySite.forEach((site, n) -> em.persist(new SubmissionPurge(site, p.getId(), n)));
            total += expired.size();
        }
        List<FormDraft> stale;
        do {
            stale = drafts.expired(SubmissionForm.KIND, now, DRAFT_BATCH);
            for (FormDraft d : stale) {
                files.ofDraft(d.getId()).forEach(files::delete);
                drafts.remove(d);
            }
            em.flush();
        } while (stale.size() == DRAFT_BATCH);
        return total;
    }
}
