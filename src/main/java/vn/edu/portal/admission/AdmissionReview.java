package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.SignedLinks;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.security.OneTimeCodes;

/**
 * The data review (rà soát dữ liệu) of a campaign: the department's import of pre-filled child
 * records; the parent's look at a record (a code mailed to the record's address, never shown in
 * full) and request for corrections with evidence, during the review window only; the
 * department's decision; and the records as the register that step 1 of the application is
 * checked against. A number the portal does not know gets the same answer as one it knows.
 */
@ApplicationScoped
public class AdmissionReview {

    static final String OTP_PURPOSE = "admission-review";
    /** How long the page may show a record after the code was typed. */
    static final Duration SESSION = Duration.ofMinutes(30);
    /** The fields a parent may ask to correct, in the order pages show them. */
    public static final List<String> FIELDS = List.of("childName", "birthDate", "sex", "curWard", "curStreet",
            "permWard", "permStreet");
    private static final Map<String, Integer> MAX_LENGTH = Map.of("childName", 120, "curWard", 100, "curStreet", 200,
            "permWard", 100, "permStreet", 200);
    static final String FILE_AREA = "admission-review";

    /** What an import did: rows stored, and each refused row with its line and reasons. */
    public record ImportReport(int imported, List<ReviewImport.Refused> refused) {
    }

    /** A request with the record it is about, for the department's pages. */
    public record CorrectionView(CorrectionRequest request, ReviewRecord record) {
        public CorrectionRequest getRequest() { return request; }
        public ReviewRecord getRecord() { return record; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OneTimeCodes codes;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    PortalConfig config;

    @Inject
    SignedLinks keys;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    vn.edu.portal.security.LookupGuard lookups;

    public static boolean inWindow(AdmissionCampaign c, Instant now) {
        return !now.isBefore(c.reviewFrom) && !now.isAfter(c.reviewTo);
    }

    /**
     * Whether families can open their records: in the review window, and in a round by assignment
     * also while they confirm the school (the registration window).
     */
    public static boolean openToFamilies(AdmissionCampaign c, Instant now) {
        return inWindow(c, now) || c.isAssignment() && Phases.allows(c.windows(), Phases.Action.ANSWER_ASSIGNMENT, now);
    }

    private void requireWindow(AdmissionCampaign c, String field) {
        if (!openToFamilies(c, clock.now())) {
            throw FieldErrors.of(field, "admission.review.closed", AdmissionRounds.day(c.reviewFrom),
                    AdmissionRounds.day(c.reviewTo));
        }
    }

    private Optional<AdmissionCampaign> campaign(long departmentSiteId, long campaignId) {
        AdmissionCampaign c = em.find(AdmissionCampaign.class, campaignId);
        return c != null && c.siteId == departmentSiteId ? Optional.of(c) : Optional.empty();
    }

    // ---------------------------------------------------------------- import (department)

    /**
     * Stores the good rows of a file as review records of the campaign; rows whose number is
     * already there are refused like the others (a record changes through a correction only).
     */
    @Transactional
    public ImportReport importRecords(long departmentSiteId, long campaignId, byte[] csv, String actor, String ip) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of("csv", "admission.notFound"));
        if (c.personalDataDeletedAt != null) {
            throw FieldErrors.of("csv", "admission.retention.deleted", AdmissionRounds.day(c.personalDataDeletedAt));
        }
        ReviewImport.Parsed parsed = ReviewImport.parse(csv, c.entryGrade == EntryGrade.GRADE_6);
        Set<String> existing = new HashSet<>(em.createQuery("select r.personalId from ReviewRecord r"
                + " where r.siteId = :s and r.campaignId = :c", String.class)
                .setParameter("s", departmentSiteId).setParameter("c", c.getId()).getResultList());
        List<ReviewImport.Refused> refused = new ArrayList<>(parsed.refused());
        int imported = 0;
        for (ReviewImport.Row row : parsed.rows()) {
            if (!existing.add(row.personalId())) {
                refused.add(new ReviewImport.Refused(row.line(), List.of(new ReviewImport.Reason(
                        "admission.review.import.exists", List.of()))));
                continue;
            }
            em.persist(new ReviewRecord(c.getId(), departmentSiteId, row));
            // A department's file holds tens of thousands of rows: keep the persistence context small.
            if (++imported % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        refused.sort(Comparator.comparingInt(ReviewImport.Refused::line));
        audit.record(actor, departmentSiteId, "admission.review.import",
                c.schoolYear + ": " + imported + " imported, " + refused.size() + " refused", ip);
        return new ImportReport(imported, refused);
    }

    public long recordCount(long departmentSiteId, long campaignId) {
        return em.createQuery("select count(r) from ReviewRecord r where r.siteId = :s and r.campaignId = :c", Long.class)
                .setParameter("s", departmentSiteId).setParameter("c", campaignId).getSingleResult();
    }

    /** The record of a number in a campaign, among the campaign's (department's) own records. */
    public Optional<ReviewRecord> record(AdmissionCampaign c, String personalId) {
        return em.createQuery("select r from ReviewRecord r where r.siteId = :s and r.campaignId = :c"
                        + " and r.personalId = :p", ReviewRecord.class)
                .setParameter("s", c.siteId).setParameter("c", c.getId()).setParameter("p", PersonalId.normalise(personalId))
                .getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- the parent

    /** The codes table never holds a personal number: the subject is a keyed digest of it. */
    private String subject(AdmissionCampaign c, String personalId) {
        return "review:" + c.getId() + ":" + keys.digest("admission-review-subject|" + personalId);
    }

    /** Where the code goes: the record's address, or, for a number without a record, a stable decoy. */
    private String addressFor(AdmissionCampaign c, String personalId, Optional<ReviewRecord> record) {
        return record.map(r -> r.email).orElseGet(() -> MaskedEmail.decoy(
                keys.digest("admission-review-decoy|" + c.getId() + "|" + personalId)));
    }

    /**
     * Mails a code to the address of the record of this number and returns that address masked.
     * For a number without a record a code is issued to a decoy address and nothing is sent: the
     * answer, the limit of codes per hour and the masked address look the same either way.
     */
    @Transactional
    public String sendCode(AdmissionCampaign c, String typedId, String ip, java.util.Locale language) {
        requireWindow(c, "personalId");
        String id = PersonalId.normalise(typedId);
        lookups.count("admission.review.lookup", id.isEmpty() ? "" : keys.digest("admission-review-subject|" + id), ip);
        List<PersonalId.Problem> problems = PersonalId.check(id, null, null);
        if (!problems.isEmpty()) {
            throw FieldErrors.of("personalId", problems.get(0).key);
        }
        Optional<ReviewRecord> record = record(c, id);
        String address = addressFor(c, id, record);
        Optional<OneTimeCodes.Issued> issued = codes.issue(OTP_PURPOSE, subject(c, id), address, ip);
        if (issued.isEmpty()) {
            throw FieldErrors.of("personalId", "admission.code.limit");
        }
        // In the page's language (it was Vietnamese whatever the page's); the round's grade ("lớp 1" went to grade 6 too).
        String grade = c.entryGrade.inWords(language);
        record.ifPresent(r -> notifier.email(c.siteId, r.email, Texts.get(language, "admission.review.mail.code.subject", grade),
                Texts.get(language, "admission.review.mail.code.body", issued.get().code(), r.getLastFour(), grade),
                "admission.review.code", language));
        return MaskedEmail.mask(record.map(r -> r.email).orElseGet(() -> shownForUnknown(c, id, address)));
    }

    /**
     * What a number without a record is shown: the masked address of a record of the same round, the
     * one a keyed digest of the number picks (the same each time), so that the answer is one a real
     * record gives; the decoy only while the round has no record. The decoys alone had a shape of
     * their own (a few letter pairs, a few domains), and any other answer told that the number was real.
     */
    private String shownForUnknown(AdmissionCampaign c, String id, String decoy) {
        long count = recordCount(c.siteId, c.getId());
        if (count == 0) {
            return decoy;
        }
        int index = (int) Math.floorMod((long) keys.digest("admission-review-shown|" + c.getId() + "|" + id).hashCode(), count);
        return em.createQuery("select r.email from ReviewRecord r where r.siteId = :s and r.campaignId = :c order by r.id",
                        String.class).setParameter("s", c.siteId).setParameter("c", c.getId())
                .setFirstResult(index).setMaxResults(1).getSingleResult();
    }

    /**
     * The typed code opens the record: returns a token the page carries for {@link #SESSION}.
     * Wrong tries are counted even though the answer is a refusal (the transaction is kept).
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public String open(AdmissionCampaign c, String typedId, String typedCode, String ip) {
        requireWindow(c, "code");
        String id = PersonalId.normalise(typedId);
        String subject = keys.digest("admission-review-subject|" + id);
        lookups.count("admission.review.open", subject, ip);
        Optional<ReviewRecord> record = record(c, id);
        OneTimeCodes.Check check = codes.verify(OTP_PURPOSE, subject(c, id), addressFor(c, id, record), typedCode);
        lookups.audited("admission.review.open", c.siteId, subject, check == OneTimeCodes.Check.OK && record.isPresent(), ip);
        if (check == OneTimeCodes.Check.OK && record.isPresent()) {
            return token(c, record.get());
        }
        // A right code for an ID with no record says "wrong", like a wrong code.
        throw vn.edu.portal.forms.EmailProof.refusal("admission", check == OneTimeCodes.Check.OK ? OneTimeCodes.Check.WRONG : check);
    }

    /** The page's token for a record, as the family gets it after the e-mail code (the demo answers for its families). */
    public String tokenFor(AdmissionCampaign c, ReviewRecord r) {
        return token(c, r);
    }

    String token(AdmissionCampaign c, ReviewRecord r) {
        long expiry = Instant.now().plus(SESSION).getEpochSecond();
        return r.getId() + "." + expiry + "." + keys.digest("admission-review|" + c.getId() + "|" + r.getId() + "|" + expiry);
    }

    /** The record a token opens, while it is valid, in this campaign only. */
    public Optional<ReviewRecord> byToken(AdmissionCampaign c, String token) {
        if (c == null || token == null || !token.matches("\\d{1,18}\\.\\d{1,12}\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        long recordId = Long.parseLong(parts[0]);
        long expiry = Long.parseLong(parts[1]);
        String expected = keys.digest("admission-review|" + c.getId() + "|" + recordId + "|" + expiry);
        if (Instant.now().getEpochSecond() > expiry || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ReviewRecord r = em.find(ReviewRecord.class, recordId);
        return r != null && r.campaignId.equals(c.getId()) && r.siteId.equals(c.siteId) ? Optional.of(r) : Optional.empty();
    }

    /** The parent's request, from the page that holds a token, during the review window. */
    @Transactional
    public CorrectionRequest requestCorrection(AdmissionCampaign c, String token, Map<String, String> typed, String reason,
            byte[] evidence) {
        ReviewRecord r = byToken(c, token).orElseThrow(() -> FieldErrors.of("code", "admission.review.session"));
        // Corrections only in the review window (a round by assignment opens records later for the answer alone).
        if (!inWindow(c, clock.now())) {
            throw FieldErrors.of("reason", "admission.review.closed", AdmissionRounds.day(c.reviewFrom), AdmissionRounds.day(c.reviewTo));
        }
        return addCorrection(r, typed, reason, evidence);
    }

    /**
     * A request to correct a record, also used by the demo: the fields whose typed value differs
     * from the record, a reason, and the evidence (PDF, JPEG or PNG by content). One request at a
     * time per record. The parent is told by e-mail that it was received.
     */
    @Transactional
    public CorrectionRequest addCorrection(ReviewRecord r, Map<String, String> typed, String reason, byte[] evidence) {
        FieldErrors errors = new FieldErrors();
        Map<String, String> wanted = wanted(r, typed, errors);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add("reason", "admission.review.reason");
        } else if (why.length() > 1000) {
            errors.add("reason", "admission.field.tooLong", 1000);
        }
        if (wanted.isEmpty() && FIELDS.stream().noneMatch(errors.errors()::containsKey)) {
            errors.add("fields", "admission.review.nothing");
        }
        if (!requests(r).stream().filter(q -> q.status == CorrectionStatus.PENDING).toList().isEmpty()) {
            errors.add("fields", "admission.review.pending");
        }
        vn.edu.portal.forms.UploadPolicy.Accepted accepted = null;
        try {
            accepted = AdmissionForm.PAPERS.check("evidence", evidence, maxUploadBytes());
        } catch (FieldErrors e) {
            e.errors().forEach((f, error) -> errors.add(f, error.key(), error.args()));
        }
        errors.throwIfAny();
        String path = files.store(FILE_AREA, r.siteId, accepted.extension(), accepted.data());
        CorrectionRequest q = new CorrectionRequest(r, wanted, why, path, accepted.contentType());
        em.persist(q);
        mail(r, "admission.review.mail.received", wanted.keySet(), "");
        return q;
    }

    public long maxUploadBytes() {
        return config.getLong("portal.admission.upload.max-bytes", 5L * 1024 * 1024);
    }

    /** The values typed that differ from the record, checked; the year and sex must agree with the number. */
    static Map<String, String> wanted(ReviewRecord r, Map<String, String> typed, FieldErrors errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = Normalizer.normalize(typed.getOrDefault(field, "") == null ? "" : typed.getOrDefault(field, ""),
                    Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            if (value.isEmpty()) {
                continue;
            }
            if (field.equals("birthDate")) {
                LocalDate day = AdmissionService.date(value);
                if (day == null) {
                    errors.add(field, AdmissionService.dateRefusal(value));
                    continue;
                }
                value = day.toString();
            } else if (field.equals("sex")) {
                Sex sex = AdmissionService.sex(value);
                if (sex == null) {
                    errors.add(field, "admission.field.required");
                    continue;
                }
                value = sex.name();
            } else if (value.length() > MAX_LENGTH.get(field)) {
                errors.add(field, "admission.field.tooLong", MAX_LENGTH.get(field));
                continue;
            }
            if (!value.equals(r.field(field))) {
                out.put(field, value);
            }
        }
        LocalDate birth = out.containsKey("birthDate") ? LocalDate.parse(out.get("birthDate")) : r.birthDate;
        Sex sex = out.containsKey("sex") ? Sex.valueOf(out.get("sex")) : r.sex;
        for (PersonalId.Problem problem : PersonalId.check(r.personalId, birth, sex)) {
            if (problem == PersonalId.Problem.YEAR && out.containsKey("birthDate")) {
                errors.add("birthDate", "admission.review.idYear");
            } else if (problem == PersonalId.Problem.SEX && out.containsKey("sex")) {
                errors.add("sex", "admission.review.idSex");
            }
        }
        return out;
    }

    /** Values in the order of {@link #FIELDS}, whatever order they were stored in. */
    static Map<String, String> ordered(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        FIELDS.stream().filter(values::containsKey).forEach(f -> out.put(f, values.get(f)));
        return out;
    }

    /** The requests about a record, newest first. */
    public List<CorrectionRequest> requests(ReviewRecord r) {
        return em.createQuery("select q from CorrectionRequest q where q.recordId = :r and q.siteId = :s"
                        + " order by q.createdAt desc, q.id desc", CorrectionRequest.class)
                .setParameter("r", r.getId()).setParameter("s", r.siteId).getResultList();
    }

    private void mail(ReviewRecord r, String key, Set<String> fields, String reason) {
        String names = fields.stream().map(f -> Texts.get(PortalViewHandler.VIETNAMESE, "admission.review.field." + f))
                .collect(Collectors.joining(", "));
        String grade = em.find(AdmissionCampaign.class, r.campaignId).entryGrade.inWords(PortalViewHandler.VIETNAMESE);
        notifier.email(r.siteId, r.email, Texts.get(PortalViewHandler.VIETNAMESE, key + ".subject", grade),
                Texts.get(PortalViewHandler.VIETNAMESE, key + ".body", r.getLastFour(), names, reason, grade), key);
    }

    // ---------------------------------------------------------------- the department's decision

    /** The requests of a campaign: those waiting first (oldest first), then the decided ones, newest first. */
    public List<CorrectionView> corrections(long departmentSiteId, long campaignId, int max) {
        List<CorrectionView> out = new ArrayList<>();
        for (boolean pending : List.of(true, false)) {
            for (Object[] row : em.createQuery("select q, r from CorrectionRequest q, ReviewRecord r where r.id = q.recordId"
                            + " and q.siteId = :s and r.siteId = :s and q.campaignId = :c and q.status "
                            + (pending ? "= :st order by q.createdAt, q.id" : "<> :st order by q.decidedAt desc, q.id desc"),
                            Object[].class)
                    .setParameter("s", departmentSiteId).setParameter("c", campaignId).setParameter("st", CorrectionStatus.PENDING)
                    .setMaxResults(max).getResultList()) {
                out.add(new CorrectionView((CorrectionRequest) row[0], (ReviewRecord) row[1]));
            }
        }
        return out;
    }

    public Optional<CorrectionView> correction(long departmentSiteId, long id) {
        CorrectionRequest q = em.find(CorrectionRequest.class, id);
        if (q == null || q.siteId != departmentSiteId) {
            return Optional.empty();
        }
        ReviewRecord r = em.find(ReviewRecord.class, q.recordId);
        return r == null || r.siteId != departmentSiteId ? Optional.empty() : Optional.of(new CorrectionView(q, r));
    }

    /**
     * Accepts (the record takes the requested values, the old ones are kept on the request) or
     * refuses with a reason; either way the parent is e-mailed and the decision audited.
     */
    @Transactional
    public CorrectionRequest decide(long departmentSiteId, long id, boolean accept, String reason, String actor, String ip) {
        CorrectionView view = correction(departmentSiteId, id).orElseThrow(() -> FieldErrors.of("reason", "admission.notFound"));
        CorrectionRequest q = view.request();
        ReviewRecord r = view.record();
        if (q.status != CorrectionStatus.PENDING) {
            throw FieldErrors.of("reason", "admission.review.decided");
        }
        String why = reason == null ? "" : reason.strip();
        if (!accept && why.isEmpty()) {
            throw FieldErrors.of("reason", "admission.review.refuseReason");
        }
        if (why.length() > 1000) {
            throw FieldErrors.of("reason", "admission.field.tooLong", 1000);
        }
        Map<String, String> requested = q.getRequestedValues();
        Map<String, String> previous = null;
        if (accept) {
            FieldErrors errors = new FieldErrors();
            Map<String, String> changes = wanted(r, requested, errors);
            if (!errors.isEmpty()) {
                throw FieldErrors.of("reason", "admission.review.noLongerValid");
            }
            previous = new LinkedHashMap<>();
            for (Map.Entry<String, String> change : changes.entrySet()) {
                previous.put(change.getKey(), r.field(change.getKey()));
                r.setField(change.getKey(), change.getValue());
            }
        }
        q.decide(accept ? CorrectionStatus.ACCEPTED : CorrectionStatus.REFUSED, previous, why.isEmpty() ? null : why, actor);
        audit.record(actor, departmentSiteId, "admission.review." + (accept ? "accept" : "refuse"),
                "correction " + q.getId() + " …" + r.getLastFour() + " " + String.join(",", requested.keySet()), ip);
        mail(r, accept ? "admission.review.mail.accepted" : "admission.review.mail.refused", requested.keySet(), why);
        return q;
    }

    /** The evidence of a request, for the department's staff; every view is written to the audit log. */
    public Optional<Path> evidence(long departmentSiteId, long id, String actor, String ip) {
        Optional<CorrectionView> view = correction(departmentSiteId, id);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        audit.recordSeparately(actor, departmentSiteId, "admission.evidence.view",
                "correction " + id + " …" + view.get().record().getLastFour(), ip);
        return files.resolve(view.get().request().evidencePath);
    }

    // ---------------------------------------------------------------- the register for registration

    /** The reviewed records of a campaign as the register that step 1 of the application is checked against. */
    public NationalRegistry registry(AdmissionCampaign c) {
        return (typedId, name, birthDate, sex) -> record(c, typedId)
                .map(r -> compare(r, name, birthDate, sex)).orElse(NationalRegistry.Result.UNKNOWN);
    }

    static NationalRegistry.Result compare(ReviewRecord r, String name, LocalDate birthDate, Sex sex) {
        EnumSet<NationalRegistry.Field> off = EnumSet.noneOf(NationalRegistry.Field.class);
        if (!sameName(r.childName, name)) {
            off.add(NationalRegistry.Field.NAME);
        }
        if (birthDate != null && !birthDate.equals(r.birthDate)) {
            off.add(NationalRegistry.Field.BIRTH_DATE);
        }
        if (sex != null && sex != r.sex) {
            off.add(NationalRegistry.Field.SEX);
        }
        return off.isEmpty() ? NationalRegistry.Result.CONFIRMED
                : new NationalRegistry.Result(NationalRegistry.Answer.MISMATCH, Set.copyOf(off));
    }

    /** Names agree whatever the case, spacing or Unicode form; accents are part of a name and count. */
    static boolean sameName(String a, String b) {
        return name(a).equals(name(b));
    }

    private static String name(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi"));
    }
}
