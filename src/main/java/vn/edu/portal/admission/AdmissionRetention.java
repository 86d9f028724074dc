package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.FormDrafts;
import vn.edu.portal.forms.FormEvents;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.AuditLog;

/**
 * Personal data of admission is kept until the campaign's retention date, then removed
 * (Law 91/2025/QH15): applications are anonymised in place, so the counts per school and status,
 * the birth year, the sex and the zone group stay, while names, numbers, dates of birth,
 * addresses, parents, contacts, the consent address, the papers (files deleted), the status
 * reasons, the drafts, and the review records with their correction requests and evidence go.
 * Independently, a draft nobody touched for {@link #DRAFT_AGE} (its expiry in the forms' drafts) is deleted with its papers.
 * Run nightly ({@link vn.edu.portal.forms.RetentionJob}) and from the department's admission page.
 */
@ApplicationScoped
public class AdmissionRetention implements vn.edu.portal.forms.FormRetention {

    @Inject
    CampaignDirectory campaigns;

    public static final Duration DRAFT_AGE = Duration.ofDays(7);
    private static final int DRAFT_BATCH = 500;

    /** What one run removed. */
    public record Result(int applications, int records, int corrections, int drafts) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    FormDrafts drafts;

    @Inject
    FormEvents events;

    @Inject
    AuditLog audit;

    @Inject
    vn.edu.portal.notify.Notifier notifier;

    @Inject
    vn.edu.portal.security.OneTimeCodes codes;

    @Transactional
    public Result apply(Instant now, String actor, String ip) {
        int applications = 0;
        int records = 0;
        int corrections = 0;
        for (AdmissionCampaign c : em.createQuery("select c from AdmissionCampaign c where c.retentionUntil < :now",
                AdmissionCampaign.class).setParameter("now", now).getResultList()) {
            // The families' addresses leave the outbox and the one-time codes with their applications.
            List<String> addresses = em.createQuery("select distinct a.email from AdmissionApplication a"
                    + " where a.campaignId = :c and a.anonymisedAt is null", String.class)
                    .setParameter("c", c.getId()).getResultList();
            addresses = new java.util.ArrayList<>(addresses);
            addresses.addAll(em.createQuery("select distinct r.email from ReviewRecord r where r.campaignId = :c",
                    String.class).setParameter("c", c.getId()).getResultList());
            addresses.addAll(em.createQuery("select distinct q.email from ListRequest q where q.campaignId = :c",
                    String.class).setParameter("c", c.getId()).getResultList());
            notifier.forgetRecipients(addresses);
            codes.forget(addresses);
            int a = anonymiseApplications(c, now);
            int q = deleteCorrections(c);
            int r = em.createQuery("delete from ReviewRecord r where r.campaignId = :c and r.siteId = :s")
                    .setParameter("c", c.getId()).setParameter("s", c.siteId).executeUpdate();
            // Requests to add a child to a grade 6 list hold the same personal data as the list.
            r += em.createQuery("delete from ListRequest q where q.campaignId = :c").setParameter("c", c.getId()).executeUpdate();
            for (FormDraft d : drafts.ofForm(AdmissionService.KIND, c.getId())) {
                papersOf(d.values(), false).forEach(this::delete);
                drafts.remove(d);
            }
            if (c.personalDataDeletedAt == null) {
                c.setPersonalDataDeletedAt(now);
                campaigns.invalidate();
            }
            if (a + q + r > 0) {
                audit.record(actor, c.siteId, "admission.retention", c.schoolYear + ": " + a + " applications anonymised, "
                        + r + " review records and " + q + " correction requests deleted", ip);
            }
            applications += a;
            records += r;
            corrections += q;
        }
        int drafts = deleteStaleDrafts(now);
        if (drafts > 0) {
            audit.record(actor, null, "admission.retention", drafts + " abandoned drafts deleted", ip);
        }
        return new Result(applications, records, corrections, drafts);
    }

    /**
     * Anonymises in place (bulk updates: a large campaign has hundreds of thousands of rows). The
     * active-child key becomes null, which the unique index (campaign, active child) allows any
     * number of times; the code and the draft token are random and stay unique.
     */
    private int anonymiseApplications(AdmissionCampaign c, Instant now) {
        for (Object[] papers : em.createQuery("select a.birthCert.path, a.residence.path from AdmissionApplication a"
                + " where a.campaignId = :c and a.anonymisedAt is null", Object[].class)
                .setParameter("c", c.getId()).getResultList()) {
            Stream.of(papers).filter(p -> p != null).map(Object::toString).forEach(this::delete);
        }
        // The birth year stays, so the date becomes the first of January of it.
        for (Integer year : em.createQuery("select distinct a.birthYear from AdmissionApplication a"
                + " where a.campaignId = :c and a.anonymisedAt is null", Integer.class)
                .setParameter("c", c.getId()).getResultList()) {
            em.createQuery("update AdmissionApplication a set a.birthDate = :d where a.campaignId = :c"
                            + " and a.anonymisedAt is null and a.birthYear = :y")
                    .setParameter("d", LocalDate.of(year, 1, 1)).setParameter("c", c.getId()).setParameter("y", year)
                    .executeUpdate();
        }
        events.forgetNotes(AdmissionService.KIND, em.createQuery("select a.id from AdmissionApplication a"
                + " where a.campaignId = :c and a.anonymisedAt is null", Long.class).setParameter("c", c.getId()).getResultList());
        return em.createQuery("update AdmissionApplication a set " + PERSONAL + ", a.maskedName = '', a.email = '',"
                        + " a.anonymisedAt = :now, a.updatedAt = :now where a.campaignId = :c and a.anonymisedAt is null")
                .setParameter("now", now).setParameter("c", c.getId()).executeUpdate();
    }

    /** The child's and the family's data, as anonymising blanks it; the code, masked name and e-mail are the caller's. */
    private static final String PERSONAL = "a.personalId = '', a.activeChild = null,"
            + " a.childName = '', a.birthPlace = '', a.ethnicity = '',"
            + " a.permanent.province = '', a.permanent.ward = '', a.permanent.street = '', a.current.province = '',"
            + " a.current.ward = '', a.current.street = '', a.preschool = null, a.grade.notListedReason = null, a.father.name = null,"
            + " a.father.birthYear = null, a.father.job = null, a.father.phone = null, a.mother.name = null,"
            + " a.mother.birthYear = null, a.mother.job = null, a.mother.phone = null, a.declarant.name = '',"
            + " a.declarant.relation = '', a.phone = '', a.criteria = '', a.zoneNote = '', a.statusReason = null,"
            + " a.birthCert.path = null, a.birthCert.type = null, a.residence.path = null, a.residence.type = null,"
            + " a.consentIp = null";

    /**
     * A withdrawal is the family withdrawing its consent (Law 91/2025/QH15 on personal data protection: processing
     * stops when consent is withdrawn, a child's data above all): the papers and the child's and family's data go at
     * once. The code, the masked name, the e-mail address, the status and its history stay until the round's retention
     * date, so that the family can still look the application up and see it withdrawn, and the school can answer it;
     * the round's retention then anonymises the rest as for every application.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetWithdrawn(AdmissionApplication a, Instant now) {
        // The papers go once the withdrawal committed: deleted before, a rollback left an application without them.
        List<String> papers = Stream.of(a.getBirthCert().getPath(), a.getResidence().getPath()).filter(p -> p != null).toList();
        vn.edu.portal.platform.Transactions.afterCommit(transactions, () -> papers.forEach(this::delete));
        events.forgetNotes(AdmissionService.KIND, List.of(a.getId()));
        // The mails about it in the outbox: a status mail held the school's reason, which may name the child.
        notifier.forgetAbout(a.siteId, a.email, a.getCode());
        // The draft the application was made from holds what was typed, for the week it is kept after a submit.
        drafts.find(a.siteId, AdmissionService.KIND, a.draftToken).ifPresent(drafts::remove);
        em.flush();
        em.createQuery("update AdmissionApplication a set " + PERSONAL + ", a.birthDate = :d, a.updatedAt = :now"
                        + " where a.id = :id")
                .setParameter("d", LocalDate.of(a.getBirthDate().getYear(), 1, 1)).setParameter("now", now)
                .setParameter("id", a.getId()).executeUpdate();
        em.refresh(a);
        audit.record("parent", a.siteId, "admission.withdrawn.forgotten", a.getCode(), null);
    }

    private int deleteCorrections(AdmissionCampaign c) {
        for (String path : em.createQuery("select q.evidencePath from CorrectionRequest q where q.campaignId = :c"
                + " and q.siteId = :s", String.class).setParameter("c", c.getId()).setParameter("s", c.siteId).getResultList()) {
            delete(path);
        }
        return em.createQuery("delete from CorrectionRequest q where q.campaignId = :c and q.siteId = :s")
                .setParameter("c", c.getId()).setParameter("s", c.siteId).executeUpdate();
    }

    /**
     * Drafts untouched for a week: the form's data and, unless they became an application, the
     * papers. In batches, so that a peak week's abandoned drafts do not all sit in memory at once.
     */
    private int deleteStaleDrafts(Instant now) {
        int deleted = 0;
        while (true) {
            List<FormDraft> stale = drafts.expired(AdmissionService.KIND, now, DRAFT_BATCH);
            for (FormDraft d : stale) {
                boolean submitted = d.getResultId() != null || !em.createQuery("select a.id from AdmissionApplication a"
                        + " where a.draftToken = :t", Long.class).setParameter("t", d.getToken()).setMaxResults(1)
                        .getResultList().isEmpty();
                papersOf(d.values(), submitted).forEach(this::delete);
                drafts.remove(d);
            }
            deleted += stale.size();
            em.flush();
            em.clear();
            if (stale.size() < DRAFT_BATCH) {
                return deleted;
            }
        }
    }

    /** The stored papers of a draft that go with it: none once it became an application, which owns them. */
    static List<String> papersOf(Map<String, String> draft, boolean submitted) {
        List<String> out = new ArrayList<>();
        if (!submitted) {
            for (String key : List.of("birthCertPath", "residencePath")) {
                String path = draft.get(key);
                if (path != null && !path.isBlank()) {
                    out.add(path);
                }
            }
        }
        return out;
    }

    private void delete(String path) {
        files.delete(path);
    }

    @Override
    public String name() {
        return "admission-retention";
    }

    @Override
    @Transactional
    public String apply(Instant now) {
        Result r = apply(now, "retention-job", null);
        return r.applications() + " applications anonymised, " + r.records() + " review records, " + r.corrections()
                + " correction requests, " + r.drafts() + " drafts deleted";
    }
}
