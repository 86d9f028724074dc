package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.LookupGuard;
import vn.edu.portal.security.OneTimeCodes;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The family's side of admission: the application, step by step (a draft), the e-mail code,
 * the submit (once), the look-ups by code and a secret (throttled and audited), correction,
 * withdrawal and the confirmation of enrolment. Every action only in its phase ({@link Phases});
 * every id that comes from a form is checked against the site and round it must belong to.
 */
@ApplicationScoped
public class AdmissionService {

    static final String OTP_PURPOSE = "admission";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    Notifier notifier;

    @Inject
    OneTimeCodes codes;

    @Inject
    FileStore files;

    @Inject
    PortalConfig config;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionReview review;

    @Inject
    ApplicationEvents events;

    @Inject
    LookupGuard lookups;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    private final vn.edu.portal.forms.FormCodes codeGenerator = new vn.edu.portal.forms.FormCodes();

    /** A new draft for a school's form, while registration runs; its token is the only thing the page carries. */
    @Transactional
    public AdmissionDraft startDraft(long schoolSiteId, long campaignId, Instant now) {
        Phases.require(rounds.rules(campaignId).windows(), Phases.Action.APPLY, now, "token");
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        AdmissionDraft draft = new AdmissionDraft(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                schoolSiteId, campaignId);
        draft.setStep(1);
        em.persist(draft);
        return draft;
    }

    /** The draft of a token, only on the site it was started on. */
    public Optional<AdmissionDraft> draft(long schoolSiteId, String token) {
        if (token == null || token.length() != 32) {
            return Optional.empty();
        }
        return em.createQuery("select d from AdmissionDraft d where d.token = :t and d.siteId = :s", AdmissionDraft.class)
                .setParameter("t", token).setParameter("s", schoolSiteId).getResultStream().findFirst();
    }

    public static Map<String, String> values(AdmissionDraft draft) {
        return values(draft.data);
    }

    /** Values kept as text, one {@code name=value} a line (drafts, corrections). */
    static Map<String, String> values(String data) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(data == null ? "" : data));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    static String serialise(Map<String, String> values) {
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (v != null) {
                p.setProperty(k, v.length() > 1000 ? v.substring(0, 1000) : v);
            }
        });
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Properties writes a date comment first: drop it so a draft does not change when nothing does.
        return out.toString().lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    }

    /** The fields of each step of the form. */
    public static final List<List<String>> STEPS = List.of(
            List.of("childName", "personalId", "birthDate", "sex", "birthPlace", "ethnicity"),
            List.of("permProvince", "permWard", "permStreet", "curProvince", "curWard", "curStreet", "preschool"),
            List.of("fatherName", "fatherBirthYear", "fatherJob", "fatherPhone", "motherName", "motherBirthYear",
                    "motherJob", "motherPhone", "declarantName", "declarantRelation", "phone", "email"),
            List.of("preference2", "preference3", "criteria", "consent"));

    /**
     * The step of the form that shows a field, so that a refusal found only at the final submit
     * (the same child applied meanwhile, a paper that went missing) is shown next to its field
     * with what was typed; fields of the last step (the code) and unknown ones give 6.
     */
    public static int stepOf(String field) {
        for (int i = 0; i < STEPS.size(); i++) {
            if (STEPS.get(i).contains(field)) {
                return i + 1;
            }
        }
        return field.equals("birthCert") || field.equals("residence") ? STEPS.size() + 1 : STEPS.size() + 2;
    }

    /**
     * Keeps what was typed (always, even when refused), then checks the step. A refusal names each
     * field; the draft stays on the same step. Returns the step the form moves to.
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public int saveStep(long schoolSiteId, String token, int step, Map<String, String> typed) {
        AdmissionDraft draft = draft(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        AdmissionCampaign campaign = rounds.rules(draft.campaignId);
        Map<String, String> values = values(draft);
        if (step >= 1 && step <= STEPS.size()) {
            for (String field : STEPS.get(step - 1)) {
                String v = typed.get(field);
                values.put(field, v == null ? "" : v.strip());
            }
        }
        draft.setData(serialise(values));
        draft.setUpdatedAt(Instant.now());
        // What was typed is kept even when registration has closed meanwhile.
        Phases.require(campaign.windows(), Phases.Action.APPLY, clock.now(), "token");
        FieldErrors errors = new FieldErrors();
        checkStep(campaign, schoolSiteId, step, values, errors);
        errors.throwIfAny();
        draft.setStep(Math.max(draft.step, step + 1));
        return step + 1;
    }

    void checkStep(AdmissionCampaign campaign, long schoolSiteId, int step, Map<String, String> v, FieldErrors errors) {
        switch (step) {
            case 1 -> {
                required(v, errors, "childName", 120);
                required(v, errors, "birthPlace", 200);
                required(v, errors, "ethnicity", 60);
                LocalDate birth = date(v.get("birthDate"));
                if (birth == null) {
                    errors.add("birthDate", "admission.field.date");
                }
                Sex sex = sex(v.get("sex"));
                if (sex == null) {
                    errors.add("sex", "admission.field.required");
                }
                for (PersonalId.Problem problem : PersonalId.check(v.get("personalId"), birth, sex, countryCodes())) {
                    errors.add("personalId", problem.key);
                }
                if (birth != null) {
                    switch (Eligibility.of(campaign.schoolYear, birth, campaign.exceptionsAllowed)) {
                        case TOO_YOUNG -> errors.add("birthDate", "admission.age.young",
                                Eligibility.requiredBirthYear(campaign.schoolYear), campaign.schoolYear);
                        case TOO_OLD -> errors.add("birthDate", "admission.age.old",
                                Eligibility.requiredBirthYear(campaign.schoolYear), campaign.schoolYear);
                        default -> { }
                    }
                }
                if (errors.isEmpty()) {
                    String id = PersonalId.normalise(v.get("personalId"));
                    if (activeApplication(campaign.getId(), id).isPresent()) {
                        errors.add("personalId", "admission.child.duplicate");
                    }
                    // The record reviewed in the data-review phase is what the school will check against.
                    NationalRegistry.Result known = review.registry(campaign).check(id, v.get("childName"), birth, sex);
                    for (NationalRegistry.Field field : known.mismatched()) {
                        switch (field) {
                            case NAME -> errors.add("childName", "admission.review.mismatch.name");
                            case BIRTH_DATE -> errors.add("birthDate", "admission.review.mismatch.birthDate");
                            case SEX -> errors.add("sex", "admission.review.mismatch.sex");
                        }
                    }
                }
            }
            case 2 -> {
                for (String f : List.of("permProvince", "permWard", "permStreet", "curProvince", "curWard", "curStreet")) {
                    required(v, errors, f, f.endsWith("Street") ? 200 : 100);
                }
                optional(v, errors, "preschool", 200);
            }
            case 3 -> {
                required(v, errors, "declarantName", 120);
                required(v, errors, "declarantRelation", 60);
                if (!v.getOrDefault("phone", "").matches("\\+?[0-9 .]{9,15}")) {
                    errors.add("phone", "admission.field.phone");
                }
                if (EmailAddress.parse(v.get("email")).isEmpty()) {
                    errors.add("email", "admission.field.email");
                }
                for (String p : List.of("father", "mother")) {
                    optional(v, errors, p + "Name", 120);
                    optional(v, errors, p + "Job", 120);
                    String year = v.getOrDefault(p + "BirthYear", "");
                    if (!year.isEmpty() && (!year.matches("\\d{4}") || Integer.parseInt(year) < 1940
                            || Integer.parseInt(year) > campaign.schoolYear - 14)) {
                        errors.add(p + "BirthYear", "admission.field.year");
                    }
                    String phone = v.getOrDefault(p + "Phone", "");
                    if (!phone.isEmpty() && !phone.matches("\\+?[0-9 .]{9,15}")) {
                        errors.add(p + "Phone", "admission.field.phone");
                    }
                }
                if (v.getOrDefault("fatherName", "").isEmpty() && v.getOrDefault("motherName", "").isEmpty()) {
                    errors.add("motherName", "admission.field.parent");
                }
            }
            case 4 -> {
                Set<Long> allowed = rounds.schools(campaign.getId()).stream().map(s -> s.site().id()).collect(Collectors.toSet());
                for (String p : List.of("preference2", "preference3")) {
                    String value = v.getOrDefault(p, "");
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (!campaign.preferencesAllowed) {
                        errors.add(p, "admission.preference.notAllowed");
                    } else if (!value.matches("\\d{1,18}") || !allowed.contains(Long.parseLong(value))
                            || Long.parseLong(value) == schoolSiteId) {
                        errors.add(p, "admission.preference.unknown");
                    }
                }
                checkCriteria(campaign, v, errors);
                if (!"true".equals(v.get("consent")) && !"on".equals(v.get("consent"))) {
                    errors.add("consent", "admission.consent.required");
                }
            }
            case 5 -> {
                if (!v.containsKey("birthCertPath")) {
                    errors.add("birthCert", "admission.upload.missing");
                }
                if (!v.containsKey("residencePath")) {
                    errors.add("residence", "admission.upload.missing");
                }
            }
            default -> errors.add("token", "admission.draft.gone");
        }
    }

    /**
     * Claimed criteria: {@code CODE} for one of the child, {@code CODE@n} for one of the child at
     * the school of preference n (1 the school applied to), which must have been chosen.
     */
    private static void checkCriteria(AdmissionCampaign campaign, Map<String, String> v, FieldErrors errors) {
        Map<String, AdmissionRounds.Criterion> known = AdmissionRounds.parseCriteria(campaign.criteria).stream()
                .collect(Collectors.toMap(AdmissionRounds.Criterion::code, c -> c));
        for (String claimed : v.getOrDefault("criteria", "").split(",")) {
            String c = claimed.strip();
            if (c.isEmpty()) {
                continue;
            }
            int at = c.indexOf('@');
            AdmissionRounds.Criterion criterion = known.get(at < 0 ? c : c.substring(0, at));
            String place = at < 0 ? null : c.substring(at + 1);
            if (criterion == null || criterion.atSchool() != (place != null)
                    || (place != null && !place.matches("[1-3]"))) {
                errors.add("criteria", "admission.criteria.unknown");
            } else if (place != null && !place.equals("1") && v.getOrDefault("preference" + place, "").isEmpty()) {
                errors.add("criteria", "admission.criteria.noSuchPreference", Integer.parseInt(place));
            }
        }
    }

    /** The country codes a birth registered abroad may carry ({@code portal.admission.id.country-codes}; empty: any). */
    Set<String> countryCodes() {
        return Arrays.stream(config.get("portal.admission.id.country-codes", "").split(",")).map(String::strip)
                .filter(s -> s.matches("\\d{3}")).collect(Collectors.toUnmodifiableSet());
    }

    private static void required(Map<String, String> v, FieldErrors errors, String field, int max) {
        String value = v.getOrDefault(field, "");
        if (value.isBlank()) {
            errors.add(field, "admission.field.required");
        } else if (value.length() > max) {
            errors.add(field, "admission.field.tooLong", max);
        }
    }

    private static void optional(Map<String, String> v, FieldErrors errors, String field, int max) {
        if (v.getOrDefault(field, "").length() > max) {
            errors.add(field, "admission.field.tooLong", max);
        }
    }

    /** dd/MM/yyyy as typed, or yyyy-MM-dd as a date input sends it. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), TYPED_DAY)
                    : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Sex sex(String text) {
        try {
            return text == null || text.isBlank() ? null : Sex.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Stores an uploaded paper (checked by content) and notes it in the draft. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public void attach(long schoolSiteId, String token, String field, byte[] data) {
        AdmissionDraft draft = draft(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        if (submitted(token).isPresent()) {
            throw FieldErrors.of("token", "admission.draft.gone");
        }
        Phases.require(rounds.rules(draft.campaignId).windows(), Phases.Action.APPLY, clock.now(), field);
        AdmissionUploads.Accepted accepted = AdmissionUploads.check(field, data, maxUploadBytes());
        String path = files.store("admission", schoolSiteId, accepted.extension(), data);
        Map<String, String> values = values(draft);
        // A paper chosen again replaces the first one, which nothing else refers to.
        String replaced = values.get(field + "Path");
        if (replaced != null) {
            files.resolve(replaced).ifPresent(p -> {
                try {
                    java.nio.file.Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        values.put(field + "Path", path);
        values.put(field + "Type", accepted.contentType());
        draft.setData(serialise(values));
        draft.setUpdatedAt(Instant.now());
    }

    public long maxUploadBytes() {
        return config.getLong("portal.admission.upload.max-bytes", 5L * 1024 * 1024);
    }

    /** Sends the e-mail code that proves the parent reads the address given. */
    @Transactional
    public boolean sendCode(long schoolSiteId, String token, String clientAddress) {
        AdmissionDraft draft = draft(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        Phases.require(rounds.rules(draft.campaignId).windows(), Phases.Action.APPLY, clock.now(), "code");
        String email = values(draft).getOrDefault("email", "");
        Optional<OneTimeCodes.Issued> issued = codes.issue(OTP_PURPOSE, "draft:" + token, email, clientAddress);
        if (issued.isEmpty()) {
            return false;
        }
        String school = schoolName(schoolSiteId);
        notifier.email(schoolSiteId, email, Texts.get(PortalViewHandler.VIETNAMESE, "admission.mail.code.subject"),
                Texts.get(PortalViewHandler.VIETNAMESE, "admission.mail.code.body", issued.get().code(), school), "admission.code");
        return true;
    }

    /** The application a draft became, if it was submitted: a replayed submit finds it here. */
    public Optional<AdmissionApplication> submitted(String token) {
        return em.createQuery("select a from AdmissionApplication a where a.draftToken = :t", AdmissionApplication.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    Optional<AdmissionApplication> activeApplication(long campaignId, String personalId) {
        return em.createQuery("select a from AdmissionApplication a where a.campaignId = :c and a.activeChild = :p",
                AdmissionApplication.class).setParameter("c", campaignId).setParameter("p", personalId)
                .getResultStream().findFirst();
    }

    /**
     * Turns a complete draft into an application, once: the same token always gives the same
     * application (a retried or double submit), and the database refuses a second active
     * application for the same child. Committed before the parent sees the code.
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public AdmissionApplication submit(long schoolSiteId, String token, String typedCode, String ip) {
        // The draft row is locked first: a double click or a retried request waits here until
        // the first submit has committed, and then finds its application below (this
        // transaction's first plain read comes after the lock, so it sees that commit) instead
        // of a used-up e-mail code.
        Optional<AdmissionDraft> locked = token == null || token.length() != 32 ? Optional.empty()
                : em.createQuery("select d from AdmissionDraft d where d.token = :t", AdmissionDraft.class)
                .setParameter("t", token).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        Optional<AdmissionApplication> done = submitted(token);
        if (done.isPresent()) {
            if (done.get().siteId != schoolSiteId) {
                throw FieldErrors.of("token", "admission.draft.gone");
            }
            return done.get();
        }
        AdmissionDraft draft = locked.filter(d -> d.siteId == schoolSiteId)
                .orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        AdmissionCampaign campaign = rounds.rules(draft.campaignId);
        Phases.require(campaign.windows(), Phases.Action.APPLY, clock.now(), "code");
        if (!rounds.lists(campaign.getId(), schoolSiteId)) {
            throw FieldErrors.of("token", "admission.school.notInCampaign");
        }
        Map<String, String> v = values(draft);
        FieldErrors errors = new FieldErrors();
        for (int step = 1; step <= STEPS.size(); step++) {
            checkStep(campaign, schoolSiteId, step, v, errors);
        }
        if (!errors.isEmpty()) {
            throw errors;
        }
        if (!v.containsKey("birthCertPath")) {
            throw FieldErrors.of("birthCert", "admission.upload.missing");
        }
        if (!v.containsKey("residencePath")) {
            throw FieldErrors.of("residence", "admission.upload.missing");
        }
        String email = EmailAddress.parse(v.get("email")).orElseThrow();
        OneTimeCodes.Check check = codes.verify(OTP_PURPOSE, "draft:" + token, email, typedCode);
        if (check != OneTimeCodes.Check.OK) {
            throw vn.edu.portal.forms.EmailProof.refusal("admission", check);
        }
        return create(campaign, schoolSiteId, token, v, ip, "parent");
    }

    /** The application itself, also used by the demo; the draft's values have been checked. */
    @Transactional
    public AdmissionApplication create(AdmissionCampaign campaign, long schoolSiteId, String token, Map<String, String> v,
            String ip, String actor) {
        String code = codeGenerator.next();
        while (byCode(code).isPresent()) {
            code = codeGenerator.next();
        }
        AdmissionApplication a = new AdmissionApplication(campaign.getId(), schoolSiteId, code, token);
        a.setPersonalId(PersonalId.normalise(v.get("personalId")));
        a.setActiveChild(a.personalId);
        // The same key however often the family withdraws and applies again: the lottery follows the child.
        a.setLotteryKey(Lottery.lotteryKey(campaign.roundKey() != null ? campaign.roundKey() : rounds.roundKey(campaign.getId()),
                a.personalId));
        a.setChildName(v.get("childName").strip());
        a.setMaskedName(NameMask.mask(a.childName));
        a.setBirthDate(date(v.get("birthDate")));
        a.setBirthYear(a.birthDate.getYear());
        a.setSex(sex(v.get("sex")));
        a.setBirthPlace(v.get("birthPlace"));
        a.setEthnicity(v.get("ethnicity"));
        a.setPermProvince(v.get("permProvince"));
        a.setPermWard(v.get("permWard"));
        a.setPermStreet(v.get("permStreet"));
        a.setCurProvince(v.get("curProvince"));
        a.setCurWard(v.get("curWard"));
        a.setCurStreet(v.get("curStreet"));
        a.setPreschool(blankToNull(v.get("preschool")));
        a.setFatherName(blankToNull(v.get("fatherName")));
        a.setFatherBirthYear(year(v.get("fatherBirthYear")));
        a.setFatherJob(blankToNull(v.get("fatherJob")));
        a.setFatherPhone(blankToNull(v.get("fatherPhone")));
        a.setMotherName(blankToNull(v.get("motherName")));
        a.setMotherBirthYear(year(v.get("motherBirthYear")));
        a.setMotherJob(blankToNull(v.get("motherJob")));
        a.setMotherPhone(blankToNull(v.get("motherPhone")));
        a.setDeclarantName(v.get("declarantName"));
        a.setDeclarantRelation(v.get("declarantRelation"));
        a.setPhone(v.get("phone"));
        a.setEmail(EmailAddress.parse(v.get("email")).orElse(v.get("email")));
        List<String> prefs = new ArrayList<>(List.of(String.valueOf(schoolSiteId)));
        for (String p : List.of("preference2", "preference3")) {
            String value = v.getOrDefault(p, "");
            if (!value.isEmpty() && !prefs.contains(value) && prefs.size() < campaign.maxPreferences) {
                prefs.add(value);
            }
        }
        a.setPreferences(String.join(",", prefs));
        a.setCriteria(criteriaHeld(v.getOrDefault("criteria", ""), v, schoolSiteId));
        // The group follows where the child lives now (nơi cư trú), which the proof of residence shows.
        Zones.Grouping g = rounds.grouping(campaign.getId(), schoolSiteId, a.curWard, a.curStreet);
        a.setZoneGroup(g.group());
        a.setZoneNote(Texts.get(PortalViewHandler.VIETNAMESE, g.key(), g.args().toArray()));
        if (a.zoneNote.length() > 1000) {
            a.setZoneNote(a.zoneNote.substring(0, 1000));
        }
        Eligibility.Result age = Eligibility.of(campaign.schoolYear, a.birthDate, campaign.exceptionsAllowed);
        a.setStaffDecision(age == Eligibility.Result.STAFF_DECISION || age == Eligibility.Result.OFFICE_DECISION);
        a.setOfficeDecision(age == Eligibility.Result.OFFICE_DECISION);
        a.setBirthCertPath(v.get("birthCertPath"));
        a.setBirthCertType(v.get("birthCertType"));
        a.setResidencePath(v.get("residencePath"));
        a.setResidenceType(v.get("residenceType"));
        a.setConsentText(Texts.get(PortalViewHandler.VIETNAMESE, "admission.consent.text"));
        a.setConsentAt(Instant.now());
        a.setConsentIp(ip);
        em.persist(a);
        em.flush();
        em.persist(new AdmissionStatusChange(a.getId(), schoolSiteId, ApplicationStatus.SUBMITTED, null, actor));
        events.mail(a, "admission.mail.submitted");
        return a;
    }

    /**
     * The criteria as stored: a criterion of the child as its code, one of the child at a school
     * as {@code CODE@siteId} (the form says {@code CODE@n} for the school of preference n).
     */
    static String criteriaHeld(String claimed, Map<String, String> v, long schoolSiteId) {
        List<String> out = new ArrayList<>();
        for (String c : claimed.split(",")) {
            String code = c.strip();
            int at = code.indexOf('@');
            if (code.isEmpty()) {
                continue;
            }
            if (at < 0) {
                out.add(code);
                continue;
            }
            String place = code.substring(at + 1);
            String site = place.equals("1") ? String.valueOf(schoolSiteId) : v.getOrDefault("preference" + place, "");
            if (site.matches("\\d{1,18}")) {
                out.add(code.substring(0, at) + "@" + site);
            }
        }
        return String.join(",", out.stream().distinct().toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer year(String s) {
        return s == null || !s.strip().matches("\\d{4}") ? null : Integer.parseInt(s.strip());
    }

    public Optional<AdmissionApplication> byCode(String code) {
        return em.createQuery("select a from AdmissionApplication a where a.code = :c", AdmissionApplication.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /**
     * The parent's look-up: the code and the e-mail it was sent to, on the school it belongs to.
     * Throttled and audited; a wrong code and a wrong address get the same empty answer.
     */
    public Optional<AdmissionApplication> lookup(long schoolSiteId, String typedCode, String typedEmail, String ip) {
        String code = vn.edu.portal.forms.FormCodes.normalise(typedCode);
        lookups.count("admission.lookup", code, ip);
        Optional<AdmissionApplication> found = owned(schoolSiteId, typedCode, typedEmail);
        // Written to the log of the school whose application was found only: a code typed on
        // another school's site is not shown to that school's staff.
        lookups.audited("admission.lookup", found.map(a -> a.siteId).orElse(null), code, found.isPresent(), ip);
        return found;
    }

    /** The same look-up for an action that follows it (the limits were counted by the look-up). */
    private Optional<AdmissionApplication> owned(long schoolSiteId, String typedCode, String typedEmail) {
        String code = vn.edu.portal.forms.FormCodes.normalise(typedCode);
        return code.isEmpty() ? Optional.empty() : vn.edu.portal.forms.ContactLookup.withEmail(
                byCode(code).stream().filter(a -> a.siteId == schoolSiteId), typedEmail, a -> a.email);
    }

    /**
     * Results look-up: the code and the child's ID number, on any school of the round. Throttled
     * and audited, so the ID cannot be guessed by trying; a wrong code and a wrong number answer alike.
     */
    public Optional<AdmissionApplication> result(String typedCode, String typedId, String ip) {
        String code = vn.edu.portal.forms.FormCodes.normalise(typedCode);
        lookups.count("admission.result", code, ip);
        String id = PersonalId.normalise(typedId);
        Optional<AdmissionApplication> found = code.isEmpty() || id.isEmpty() ? Optional.empty()
                : byCode(code).filter(a -> a.personalId != null && MessageDigest.isEqual(
                        a.personalId.getBytes(StandardCharsets.US_ASCII), id.getBytes(StandardCharsets.US_ASCII)));
        lookups.audited("admission.result", found.map(a -> a.siteId).orElse(null), code, found.isPresent(), ip);
        return found;
    }

    @Transactional
    public AdmissionApplication withdraw(long schoolSiteId, String code, String email, String ip, Instant now) {
        AdmissionApplication a = owned(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        Phases.require(rounds.rules(a.campaignId).windows(), Phases.Action.WITHDRAW, now, "code");
        if (!a.status.openToParent() && a.status != ApplicationStatus.ACCEPTED) {
            throw FieldErrors.of("code", "admission.withdraw.late");
        }
        events.move(a, ApplicationStatus.WITHDRAWN, null, "parent");
        return a;
    }

    /** Corrections by the parent while registration is open: contact and current address. */
    @Transactional
    public AdmissionApplication correct(long schoolSiteId, String code, String email, String phone, String curWard,
            String curStreet, String ip) {
        AdmissionApplication a = owned(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        AdmissionCampaign c = rounds.rules(a.campaignId);
        Phases.require(c.windows(), Phases.Action.CORRECT, clock.now(), "code");
        if (!a.status.openToParent()) {
            throw FieldErrors.of("code", "admission.correct.closed", AdmissionRounds.day(c.registrationTo));
        }
        FieldErrors errors = new FieldErrors();
        if (phone == null || !phone.matches("\\+?[0-9 .]{9,15}")) {
            errors.add("phone", "admission.field.phone");
        }
        if (curWard == null || curWard.isBlank() || curWard.length() > 100) {
            errors.add("curWard", "admission.field.required");
        }
        if (curStreet == null || curStreet.isBlank() || curStreet.length() > 200) {
            errors.add("curStreet", "admission.field.required");
        }
        errors.throwIfAny();
        a.setPhone(phone.strip());
        a.setCurWard(curWard.strip());
        a.setCurStreet(curStreet.strip());
        Zones.Grouping g = rounds.grouping(a.campaignId, a.siteId, a.curWard, a.curStreet);
        a.setZoneGroup(g.group());
        a.setZoneNote(Texts.get(PortalViewHandler.VIETNAMESE, g.key(), g.args().toArray()));
        a.setUpdatedAt(Instant.now());
        em.persist(new AdmissionStatusChange(a.getId(), a.siteId, a.status, "correction", "parent"));
        return a;
    }

    /** Enrolment confirmed online by the deadline; the receipt number goes into the e-mail. */
    @Transactional
    public AdmissionApplication confirmEnrolment(long schoolSiteId, String code, String email, Instant now) {
        AdmissionApplication a = byCode(vn.edu.portal.forms.FormCodes.normalise(code))
                .filter(x -> EmailAddress.parse(email).map(e -> e.equalsIgnoreCase(x.email)).orElse(false))
                .filter(x -> x.resultSiteId != null && x.resultSiteId == schoolSiteId || x.siteId == schoolSiteId)
                .orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        if (a.status == ApplicationStatus.ENROLLED) {
            return a;
        }
        AdmissionCampaign c = rounds.rules(a.campaignId);
        if (AdmissionLists.shown(a.status, c, now) != ApplicationStatus.ADMITTED) {
            throw FieldErrors.of("code", "admission.enrol.notAdmitted");
        }
        if (!AdmissionDraw.mayConfirm(c, now)) {
            Phases.require(c.windows(), Phases.Action.CONFIRM_ENROLMENT, now, "code");
            throw FieldErrors.of("code", "admission.enrol.late", AdmissionRounds.day(c.enrolmentTo));
        }
        a.setEnrolledAt(now);
        a.setEnrolReceipt("NH-" + codeGenerator.next());
        events.move(a, ApplicationStatus.ENROLLED, null, "parent");
        return a;
    }

    public String schoolName(long siteId) {
        return directory.byId(siteId).map(SiteInfo::name).orElse("");
    }

    /**
     * Applications waiting for their school's verification (submitted, not yet accepted, refused
     * or sent back for documents), per school: the staff dashboards.
     */
    public Map<Long, Long> waitingForVerification() {
        Map<Long, Long> waiting = new HashMap<>();
        for (Object[] r : em.createQuery("select a.siteId, count(a) from AdmissionApplication a where a.status = :st"
                + " group by a.siteId", Object[].class).setParameter("st", ApplicationStatus.SUBMITTED).getResultList()) {
            waiting.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return waiting;
    }
}
