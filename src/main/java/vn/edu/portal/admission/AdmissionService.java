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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import vn.edu.portal.security.AuditLog;
import vn.edu.portal.security.OneTimeCodes;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Everything admission does, for the department (campaigns, allocation), the schools
 * (verification) and parents (the application, look-up, enrolment). Ids that come from a form
 * are always checked against the site and campaign they must belong to.
 */
@ApplicationScoped
public class AdmissionService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String OTP_PURPOSE = "admission";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** The department's rules of a round, as the set-up form edits them. */
    public record CampaignForm(int schoolYear, String name, LocalDate reviewFrom, LocalDate reviewTo,
            LocalDate registrationFrom, LocalDate registrationTo, LocalDate verificationTo, LocalDate resultsAt,
            LocalDate enrolmentTo, boolean preferencesAllowed, int maxPreferences, boolean exceptionsAllowed,
            String criteria, LocalDate retentionUntil) {
    }

    /** A priority criterion: its code (used in the allocation input) and its label. */
    public record Criterion(String code, String label) {
    }

    /** A line of a public list: nothing more than this ever leaves for the public. */
    public record PublicRow(String maskedName, int birthYear, String lastFour, String code, ApplicationStatus status,
            String school, Integer waitingPosition) {
    }

    /** Open data: counts per school, no person in it. */
    public record SchoolCount(String slug, String school, String district, int quota, long applications,
            long accepted, long admitted, long enrolled, long waiting) {
    }

    /** A participating school with its name, for pages. */
    public record SchoolView(AdmissionSchool row, SiteInfo site) {
        public String getName() { return site.name(); }
        public String getSlug() { return site.slug(); }
        public int getQuota() { return row.getQuota(); }
        public String getZone() { return row.getZone(); }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    Notifier notifier;

    @Inject
    OneTimeCodes codes;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    PortalConfig config;

    @Inject
    CampaignDirectory campaignDirectory;

    @Inject
    AdmissionReview review;

    private final ApplicationCodes codeGenerator = new ApplicationCodes();

    // ---------------------------------------------------------------- campaigns (department)

    public List<AdmissionCampaign> campaigns(long departmentSiteId) {
        return em.createQuery("select c from AdmissionCampaign c where c.siteId = :s order by c.schoolYear desc",
                AdmissionCampaign.class).setParameter("s", departmentSiteId).getResultList();
    }

    public Optional<AdmissionCampaign> campaign(long departmentSiteId, long id) {
        AdmissionCampaign c = em.find(AdmissionCampaign.class, id);
        return c != null && c.siteId == departmentSiteId ? Optional.of(c) : Optional.empty();
    }

    @Transactional
    public AdmissionCampaign saveCampaign(long departmentSiteId, Long id, CampaignForm form, String actor, String ip) {
        FieldErrors errors = new FieldErrors();
        if (form.schoolYear() < 2020 || form.schoolYear() > 2100) {
            errors.add("schoolYear", "admission.campaign.year");
        }
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            errors.add("name", "admission.campaign.name");
        }
        LocalDate[] order = {form.reviewFrom(), form.reviewTo(), form.registrationFrom(), form.registrationTo(),
                form.verificationTo(), form.resultsAt(), form.enrolmentTo()};
        if (Arrays.stream(order).anyMatch(d -> d == null)) {
            errors.add("reviewFrom", "admission.campaign.dates");
        } else {
            for (int i = 1; i < order.length; i++) {
                if (order[i].isBefore(order[i - 1])) {
                    errors.add("reviewFrom", "admission.campaign.order");
                }
            }
        }
        if (form.retentionUntil() == null || (form.enrolmentTo() != null && !form.retentionUntil().isAfter(form.enrolmentTo()))) {
            errors.add("retentionUntil", "admission.campaign.retention");
        }
        List<Criterion> criteria = parseCriteria(form.criteria());
        if (criteria.size() > 20) {
            errors.add("criteria", "admission.campaign.criteria");
        }
        errors.throwIfAny();
        AdmissionCampaign c;
        if (id == null) {
            long same = em.createQuery("select count(c) from AdmissionCampaign c where c.siteId = :s and c.schoolYear = :y",
                    Long.class).setParameter("s", departmentSiteId).setParameter("y", form.schoolYear()).getSingleResult();
            if (same > 0) {
                throw FieldErrors.of("schoolYear", "admission.campaign.exists", form.schoolYear());
            }
            c = new AdmissionCampaign(departmentSiteId, form.schoolYear(), form.name().strip());
        } else {
            c = campaign(departmentSiteId, id).orElseThrow(() -> FieldErrors.of("name", "admission.notFound"));
            if (c.allocatedAt != null && !c.criteria.equals(criteriaText(criteria))) {
                throw FieldErrors.of("criteria", "admission.campaign.criteriaFrozen");
            }
            c.setName(form.name().strip());
            c.setSchoolYear(form.schoolYear());
        }
        c.setReviewFrom(start(form.reviewFrom()));
        c.setReviewTo(end(form.reviewTo()));
        c.setRegistrationFrom(start(form.registrationFrom()));
        c.setRegistrationTo(end(form.registrationTo()));
        c.setVerificationTo(end(form.verificationTo()));
        c.setResultsAt(start(form.resultsAt()));
        c.setEnrolmentTo(end(form.enrolmentTo()));
        c.setPreferencesAllowed(form.preferencesAllowed());
        c.setMaxPreferences(form.preferencesAllowed() ? Math.max(1, Math.min(form.maxPreferences(), 5)) : 1);
        c.setExceptionsAllowed(form.exceptionsAllowed());
        c.setCriteria(criteriaText(criteria));
        c.setRetentionUntil(end(form.retentionUntil()));
        if (id == null) {
            em.persist(c);
            em.flush();
        }
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.campaign.save", c.schoolYear + " " + c.name, ip);
        return c;
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    static Instant end(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE));
    }

    /** Criteria, one a line: {@code CODE | label} (or just a label, the code made from it). */
    public static List<Criterion> parseCriteria(String text) {
        List<Criterion> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            String label = (bar < 0 ? line : line.substring(bar + 1)).strip();
            String code = (bar < 0 ? vn.edu.portal.platform.TextFolding.fold(label) : line.substring(0, bar))
                    .strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            if (!code.isEmpty() && out.stream().noneMatch(c -> c.code().equals(code))) {
                out.add(new Criterion(code.length() > 40 ? code.substring(0, 40) : code, label));
            }
        }
        return out;
    }

    private static String criteriaText(List<Criterion> criteria) {
        return criteria.stream().map(c -> c.code() + " | " + c.label()).collect(Collectors.joining("\n"));
    }

    /** Adds a school to the campaign or changes its quota and zone. The school must be a school site. */
    @Transactional
    public AdmissionSchool saveSchool(long departmentSiteId, long campaignId, String schoolSlug, int classes,
            int seatsPerClass, String zone, String actor, String ip) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of("school", "admission.notFound"));
        SiteInfo site = directory.bySlug(schoolSlug == null ? "" : schoolSlug.strip()).filter(SiteInfo::isSchool)
                .orElseThrow(() -> FieldErrors.of("school", "admission.school.unknown"));
        FieldErrors errors = new FieldErrors();
        if (classes < 1 || classes > 50) {
            errors.add("classes", "admission.school.classes");
        }
        if (seatsPerClass < 1 || seatsPerClass > 50) {
            errors.add("seats", "admission.school.seats");
        }
        if (parseZone(zone).isEmpty()) {
            errors.add("zone", "admission.school.zone");
        }
        errors.throwIfAny();
        if (c.allocatedAt != null) {
            throw FieldErrors.of("school", "admission.campaign.allocatedFrozen");
        }
        AdmissionSchool row = schoolRow(c.getId(), site.id()).orElse(null);
        if (row == null) {
            row = new AdmissionSchool(c.getId(), site.id());
            em.persist(row);
        }
        row.setClasses(classes);
        row.setSeatsPerClass(seatsPerClass);
        row.setZone(zone.strip());
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.school.save", site.slug() + " " + classes + "x" + seatsPerClass, ip);
        return row;
    }

    Optional<AdmissionSchool> schoolRow(long campaignId, long schoolSiteId) {
        return em.createQuery("select s from AdmissionSchool s where s.campaignId = :c and s.schoolSiteId = :s",
                AdmissionSchool.class).setParameter("c", campaignId).setParameter("s", schoolSiteId)
                .getResultStream().findFirst();
    }

    public List<SchoolView> schools(long campaignId) {
        List<SchoolView> out = new ArrayList<>();
        for (AdmissionSchool row : campaignDirectory.schools(campaignId)) {
            directory.byId(row.schoolSiteId).ifPresent(site -> out.add(new SchoolView(row, site)));
        }
        out.sort((a, b) -> a.site().name().compareTo(b.site().name()));
        return out;
    }

    /** A zone as typed: one ward a line, optionally {@code Ward: street, street}. */
    public static List<Zones.Area> parseZone(String text) {
        List<Zones.Area> areas = new ArrayList<>();
        if (text == null) {
            return areas;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String ward = (colon < 0 ? line : line.substring(0, colon)).strip();
            List<String> streets = colon < 0 ? List.of() : Arrays.stream(line.substring(colon + 1).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            areas.add(new Zones.Area(ward, streets));
        }
        return areas;
    }

    List<Zones.Zone> zones(long campaignId) {
        return schools(campaignId).stream()
                .map(s -> new Zones.Zone(s.site().id(), s.site().name(), parseZone(s.row().zone))).toList();
    }

    /**
     * A round's rules as the form checks them (windows, year, preferences, criteria): the
     * in-memory copy, read-only (the database only if the copy does not know the round).
     */
    private AdmissionCampaign rules(long campaignId) {
        return campaignDirectory.campaign(campaignId).orElseGet(() -> em.find(AdmissionCampaign.class, campaignId));
    }

    /** The campaign a school takes part in now: the newest one listing it. */
    public Optional<AdmissionCampaign> campaignOfSchool(long schoolSiteId) {
        return campaignDirectory.campaignOf(schoolSiteId);
    }

    /** The department's newest campaign. */
    public Optional<AdmissionCampaign> currentCampaign(long departmentSiteId) {
        return campaigns(departmentSiteId).stream().findFirst();
    }

    @Transactional
    public void publishSeed(long departmentSiteId, long campaignId, String seed, String actor, String ip) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of("seed", "admission.notFound"));
        if (c.seedPublishedAt != null) {
            throw FieldErrors.of("seed", "admission.seed.published");
        }
        String clean = seed == null ? "" : seed.strip();
        if (clean.length() < 8 || clean.length() > 128) {
            throw FieldErrors.of("seed", "admission.seed.length");
        }
        c.setLotterySeed(clean);
        c.setSeedPublishedAt(Instant.now());
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.seed.publish", clean, ip);
    }

    // ---------------------------------------------------------------- the parent's application

    /** A new draft for a school's form; its token is the only thing the page carries. */
    @Transactional
    public AdmissionDraft startDraft(long schoolSiteId, long campaignId) {
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
        AdmissionCampaign campaign = rules(draft.campaignId);
        Map<String, String> values = values(draft);
        if (step >= 1 && step <= STEPS.size()) {
            for (String field : STEPS.get(step - 1)) {
                String v = typed.get(field);
                values.put(field, v == null ? "" : v.strip());
            }
        }
        draft.setData(serialise(values));
        draft.setUpdatedAt(Instant.now());
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
                for (PersonalId.Problem problem : PersonalId.check(v.get("personalId"), birth, sex)) {
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
                Set<Long> allowed = schools(campaign.getId()).stream().map(s -> s.site().id()).collect(Collectors.toSet());
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
                Set<String> codesKnown = parseCriteria(campaign.criteria).stream().map(Criterion::code).collect(Collectors.toSet());
                for (String claimed : v.getOrDefault("criteria", "").split(",")) {
                    if (!claimed.isBlank() && !codesKnown.contains(claimed.strip())) {
                        errors.add("criteria", "admission.criteria.unknown");
                    }
                }
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

    /** The group at the school for the draft's current address, explained in the visitor's language. */
    public Zones.Grouping grouping(long campaignId, long schoolSiteId, String ward, String street) {
        List<Zones.Zone> zones = zones(campaignId);
        Zones.Zone school = zones.stream().filter(z -> z.schoolId() == schoolSiteId).findFirst()
                .orElse(new Zones.Zone(schoolSiteId, directory.byId(schoolSiteId).map(SiteInfo::name).orElse(""), List.of()));
        return Zones.group(school, zones, ward, street);
    }

    /** Stores an uploaded paper (checked by content) and notes it in the draft. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public void attach(long schoolSiteId, String token, String field, byte[] data) {
        AdmissionDraft draft = draft(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        if (submitted(token).isPresent()) {
            throw FieldErrors.of("token", "admission.draft.gone");
        }
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
    public boolean sendCode(long schoolSiteId, String token) {
        AdmissionDraft draft = draft(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        String email = values(draft).getOrDefault("email", "");
        Optional<OneTimeCodes.Issued> issued = codes.issue(OTP_PURPOSE, "draft:" + token, email);
        if (issued.isEmpty()) {
            return false;
        }
        String school = directory.byId(schoolSiteId).map(SiteInfo::name).orElse("");
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
        AdmissionCampaign campaign = rules(draft.campaignId);
        Instant now = Instant.now();
        if (now.isBefore(campaign.registrationFrom) || now.isAfter(campaign.registrationTo)) {
            throw FieldErrors.of("code", "admission.window.closed", day(campaign.registrationFrom), day(campaign.registrationTo));
        }
        if (!campaignDirectory.lists(campaign.getId(), schoolSiteId)) {
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
            String key = switch (check) {
                case WRONG -> "admission.code.wrong";
                case EXPIRED -> "admission.code.expired";
                case TOO_MANY_TRIES -> "admission.code.too_many_tries";
                default -> "admission.code.none";
            };
            throw FieldErrors.of("code", key);
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
        a.setCriteria(v.getOrDefault("criteria", ""));
        List<String> prefs = new ArrayList<>(List.of(String.valueOf(schoolSiteId)));
        for (String p : List.of("preference2", "preference3")) {
            String value = v.getOrDefault(p, "");
            if (!value.isEmpty() && !prefs.contains(value) && prefs.size() < campaign.maxPreferences) {
                prefs.add(value);
            }
        }
        a.setPreferences(String.join(",", prefs));
        // The group follows where the child lives now (nơi cư trú), which the proof of residence shows.
        Zones.Grouping g = grouping(campaign.getId(), schoolSiteId, a.curWard, a.curStreet);
        a.setZoneGroup(g.group());
        a.setZoneNote(Texts.get(PortalViewHandler.VIETNAMESE, g.key(), g.args().toArray()));
        if (a.zoneNote.length() > 1000) {
            a.setZoneNote(a.zoneNote.substring(0, 1000));
        }
        a.setStaffDecision(Eligibility.of(campaign.schoolYear, a.birthDate, campaign.exceptionsAllowed)
                == Eligibility.Result.STAFF_DECISION);
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
        notifyParent(a, "admission.mail.submitted");
        return a;
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

    /** The parent's look-up: the code and the e-mail it was sent to, on the school it belongs to. */
    public Optional<AdmissionApplication> lookup(long schoolSiteId, String typedCode, String typedEmail) {
        String code = ApplicationCodes.normalise(typedCode);
        Optional<String> email = EmailAddress.parse(typedEmail);
        if (code.isEmpty() || email.isEmpty()) {
            return Optional.empty();
        }
        return byCode(code).filter(a -> a.siteId == schoolSiteId && a.email.equalsIgnoreCase(email.get()));
    }

    /** Results look-up: the code and the child's ID number, on any school of the campaign. */
    public Optional<AdmissionApplication> result(String typedCode, String typedId) {
        String code = ApplicationCodes.normalise(typedCode);
        String id = PersonalId.normalise(typedId);
        if (code.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        return byCode(code).filter(a -> MessageDigest.isEqual(a.personalId.getBytes(StandardCharsets.US_ASCII),
                id.getBytes(StandardCharsets.US_ASCII)));
    }

    @Transactional
    public AdmissionApplication withdraw(long schoolSiteId, String code, String email, String ip) {
        AdmissionApplication a = lookup(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        if (!a.status.openToParent() && a.status != ApplicationStatus.ACCEPTED) {
            throw FieldErrors.of("code", "admission.withdraw.late");
        }
        move(a, ApplicationStatus.WITHDRAWN, null, "parent");
        return a;
    }

    /** Corrections by the parent while registration is open: contact and current address. */
    @Transactional
    public AdmissionApplication correct(long schoolSiteId, String code, String email, String phone, String curWard,
            String curStreet, String ip) {
        AdmissionApplication a = lookup(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        AdmissionCampaign c = em.find(AdmissionCampaign.class, a.campaignId);
        if (Instant.now().isAfter(c.registrationTo) || !a.status.openToParent()) {
            throw FieldErrors.of("code", "admission.correct.closed", day(c.registrationTo));
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
        Zones.Grouping g = grouping(a.campaignId, a.siteId, a.curWard, a.curStreet);
        a.setZoneGroup(g.group());
        a.setZoneNote(Texts.get(PortalViewHandler.VIETNAMESE, g.key(), g.args().toArray()));
        a.setUpdatedAt(Instant.now());
        em.persist(new AdmissionStatusChange(a.getId(), a.siteId, a.status, "correction", "parent"));
        return a;
    }

    /** Enrolment confirmed online by the deadline; the receipt number goes into the e-mail. */
    @Transactional
    public AdmissionApplication confirmEnrolment(long schoolSiteId, String code, String email) {
        AdmissionApplication a = byCode(ApplicationCodes.normalise(code))
                .filter(x -> EmailAddress.parse(email).map(e -> e.equalsIgnoreCase(x.email)).orElse(false))
                .filter(x -> x.resultSiteId != null && x.resultSiteId == schoolSiteId || x.siteId == schoolSiteId)
                .orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        if (a.status == ApplicationStatus.ENROLLED) {
            return a;
        }
        AdmissionCampaign c = em.find(AdmissionCampaign.class, a.campaignId);
        if (a.status != ApplicationStatus.ADMITTED) {
            throw FieldErrors.of("code", "admission.enrol.notAdmitted");
        }
        if (Instant.now().isAfter(c.enrolmentTo)) {
            throw FieldErrors.of("code", "admission.enrol.late", day(c.enrolmentTo));
        }
        a.setEnrolledAt(Instant.now());
        a.setEnrolReceipt("NH-" + codeGenerator.next());
        move(a, ApplicationStatus.ENROLLED, null, "parent");
        return a;
    }

    public List<AdmissionStatusChange> history(long applicationId) {
        return em.createQuery("select h from AdmissionStatusChange h where h.applicationId = :a order by h.changedAt, h.id",
                AdmissionStatusChange.class).setParameter("a", applicationId).getResultList();
    }

    // ---------------------------------------------------------------- school verification

    public List<AdmissionApplication> queue(long schoolSiteId, ApplicationStatus status, int max) {
        var query = em.createQuery("select a from AdmissionApplication a where a.siteId = :s"
                + (status == null ? "" : " and a.status = :st") + " order by a.submittedAt, a.id", AdmissionApplication.class)
                .setParameter("s", schoolSiteId);
        if (status != null) {
            query.setParameter("st", status);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** An application of this school only. */
    public Optional<AdmissionApplication> application(long schoolSiteId, long id) {
        AdmissionApplication a = em.find(AdmissionApplication.class, id);
        return a != null && a.siteId == schoolSiteId ? Optional.of(a) : Optional.empty();
    }

    @Transactional
    public AdmissionApplication verify(long schoolSiteId, long id, ApplicationStatus decision, String reason,
            String actor, String ip) {
        AdmissionApplication a = application(schoolSiteId, id).orElseThrow(() -> FieldErrors.of("reason", "admission.notFound"));
        if (decision != ApplicationStatus.ACCEPTED && decision != ApplicationStatus.NEEDS_DOCUMENTS
                && decision != ApplicationStatus.REFUSED) {
            throw FieldErrors.of("reason", "admission.verify.decision");
        }
        if (!a.status.openToParent() && a.status != ApplicationStatus.ACCEPTED) {
            throw FieldErrors.of("reason", "admission.verify.closed");
        }
        String clean = reason == null ? "" : reason.strip();
        if (decision != ApplicationStatus.ACCEPTED && clean.isEmpty()) {
            throw FieldErrors.of("reason", "admission.verify.reason");
        }
        // An older child is eligible only by the school's decision, which must say why.
        if (decision == ApplicationStatus.ACCEPTED && a.staffDecision && clean.isEmpty()) {
            throw FieldErrors.of("reason", "admission.verify.exceptionReason");
        }
        if (clean.length() > 900) {
            throw FieldErrors.of("reason", "admission.field.tooLong", 900);
        }
        if (a.staffDecision && decision != ApplicationStatus.NEEDS_DOCUMENTS) {
            clean = Texts.get(PortalViewHandler.VIETNAMESE, decision == ApplicationStatus.ACCEPTED
                    ? "admission.exception.accepted" : "admission.exception.refused", clean);
        }
        move(a, decision, clean.isEmpty() ? null : clean, actor);
        audit.record(actor, schoolSiteId, "admission.verify." + decision.name().toLowerCase(java.util.Locale.ROOT),
                a.code + (a.staffDecision ? " exception" : ""), ip);
        return a;
    }

    /** The campaign an application belongs to (the application was checked against the site first). */
    public AdmissionCampaign campaignOf(AdmissionApplication a) {
        return em.find(AdmissionCampaign.class, a.campaignId);
    }

    private void move(AdmissionApplication a, ApplicationStatus next, String reason, String actor) {
        a.moveTo(next, reason);
        em.persist(new AdmissionStatusChange(a.getId(), a.siteId, next, reason, actor));
        notifyParent(a, "admission.mail.status");
    }

    /** Tells the parent, with as little personal data as possible and how to check it on the portal. */
    private void notifyParent(AdmissionApplication a, String key) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        String status = Texts.get(PortalViewHandler.VIETNAMESE, "admission.status." + a.status.name());
        String reason = a.statusReason == null ? "" : a.statusReason;
        notifier.email(a.siteId, a.email, Texts.get(PortalViewHandler.VIETNAMESE, key + ".subject", a.code),
                Texts.get(PortalViewHandler.VIETNAMESE, key + ".body", a.code, school, status, reason), key);
    }

    /** One uploaded paper for the school's staff; every view is written to the audit log. */
    public Optional<java.nio.file.Path> document(long schoolSiteId, long id, String kind, String actor, String ip) {
        AdmissionApplication a = application(schoolSiteId, id).orElse(null);
        if (a == null) {
            return Optional.empty();
        }
        String path = "birthCert".equals(kind) ? a.birthCertPath : "residence".equals(kind) ? a.residencePath : null;
        if (path == null) {
            return Optional.empty();
        }
        audit.recordSeparately(actor, schoolSiteId, "admission.document.view", a.code + " " + kind, ip);
        return files.resolve(path);
    }

    // ---------------------------------------------------------------- allocation (department)

    /** The allocation's inputs: every accepted application (and those already placed by an earlier run). */
    List<AdmissionApplication> allocationInput(long campaignId) {
        return em.createQuery("select a from AdmissionApplication a where a.campaignId = :c and a.status in :st"
                        + " order by a.code", AdmissionApplication.class).setParameter("c", campaignId)
                .setParameter("st", List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ADMITTED, ApplicationStatus.WAITING,
                        ApplicationStatus.ENROLLED, ApplicationStatus.RELEASED))
                .getResultList();
    }

    Allocation compute(AdmissionCampaign c, List<AdmissionApplication> input) {
        Map<Long, Integer> seats = new LinkedHashMap<>();
        List<Zones.Zone> zones = zones(c.getId());
        for (SchoolView s : schools(c.getId())) {
            seats.put(s.site().id(), s.row().getQuota());
        }
        List<String> order = parseCriteria(c.criteria).stream().map(Criterion::code).toList();
        List<Allocation.Applicant> applicants = new ArrayList<>();
        for (AdmissionApplication a : input) {
            List<Long> prefs = Arrays.stream(a.preferences.split(",")).filter(p -> !p.isBlank()).map(Long::parseLong).toList();
            Map<Long, Integer> groups = new HashMap<>();
            for (Zones.Zone z : zones) {
                if (z.contains(a.curWard, a.curStreet)) {
                    groups.put(z.schoolId(), 1);
                }
            }
            Set<String> criteria = Arrays.stream(a.criteria.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
            applicants.add(new Allocation.Applicant(a.getId(), a.code, prefs, groups, criteria));
        }
        return Allocation.run(seats, order, c.lotterySeed, applicants, c.preferencesAllowed);
    }

    /**
     * Runs the allocation from the published seed and the accepted applications. Running it
     * again on the same inputs gives the same result (the digest says so); released seats then go
     * down the waiting lists.
     */
    @Transactional
    public String allocate(long departmentSiteId, long campaignId, String actor, String ip) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of("seed", "admission.notFound"));
        if (c.seedPublishedAt == null) {
            throw FieldErrors.of("seed", "admission.seed.missing");
        }
        List<AdmissionApplication> input = allocationInput(c.getId());
        Allocation result = compute(c, input);
        List<AdmissionApplication> released = input.stream().filter(a -> a.status == ApplicationStatus.RELEASED).toList();
        for (AdmissionApplication a : released) {
            result.release(a.getId());
        }
        Map<Long, Integer> positions = new HashMap<>();
        for (SchoolView s : schools(c.getId())) {
            List<Long> waiting = result.waiting(s.site().id());
            for (int i = 0; i < waiting.size(); i++) {
                positions.putIfAbsent(waiting.get(i), i + 1);
            }
        }
        StringBuilder digestInput = new StringBuilder();
        for (AdmissionApplication a : input) {
            Long school = result.placement(a.getId());
            long first = Long.parseLong(a.preferences.split(",")[0]);
            a.setLottery(Allocation.lottery(c.lotterySeed, a.code));
            if (a.status == ApplicationStatus.RELEASED) {
                digestInput.append(a.code).append("=released\n");
                continue;
            }
            ApplicationStatus next = school == null ? ApplicationStatus.WAITING
                    : a.status == ApplicationStatus.ENROLLED && school.equals(a.resultSiteId) ? ApplicationStatus.ENROLLED
                    : ApplicationStatus.ADMITTED;
            a.setWaitingPosition(school == null ? positions.get(a.getId()) : null);
            boolean changed = next != a.status || !java.util.Objects.equals(school, a.resultSiteId);
            a.setResultSiteId(school);
            if (school == null && positions.get(a.getId()) == null) {
                a.setWaitingPosition(null);
            }
            if (changed) {
                move(a, next, null, actor);
            }
            digestInput.append(a.code).append('=').append(school == null ? "w" + a.waitingPosition : school)
                    .append(first == (school == null ? -1 : school) ? "" : "*").append('\n');
        }
        c.setAllocatedAt(Instant.now());
        c.setAllocationDigest(sha256(digestInput.toString()));
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.allocate", input.size() + " " + c.allocationDigest, ip);
        return c.allocationDigest;
    }

    /** After the enrolment deadline: admitted children who did not confirm give their seat back. */
    @Transactional
    public int releaseUnconfirmed(long departmentSiteId, long campaignId, String actor, String ip) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of("seed", "admission.notFound"));
        List<AdmissionApplication> admitted = em.createQuery("select a from AdmissionApplication a where a.campaignId = :c"
                + " and a.status = :st", AdmissionApplication.class).setParameter("c", c.getId())
                .setParameter("st", ApplicationStatus.ADMITTED).getResultList();
        for (AdmissionApplication a : admitted) {
            move(a, ApplicationStatus.RELEASED, null, actor);
        }
        em.flush();
        allocate(departmentSiteId, campaignId, actor, ip);
        return admitted.size();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The masked inputs anyone can re-run: code, group at each listed school, criteria held, lottery number. */
    public List<String> publishedInputs(long departmentSiteId, long campaignId) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElse(null);
        // After the retention date the addresses and criteria are gone: the inputs could no longer be re-run.
        if (c == null || c.seedPublishedAt == null || c.personalDataDeletedAt != null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("code,preferences,groups,criteria,lottery");
        List<Zones.Zone> zones = zones(c.getId());
        for (AdmissionApplication a : allocationInput(c.getId())) {
            String groups = Arrays.stream(a.preferences.split(",")).map(p -> {
                long id = Long.parseLong(p);
                return zones.stream().anyMatch(z -> z.schoolId() == id && z.contains(a.curWard, a.curStreet)) ? "1" : "2";
            }).collect(Collectors.joining(" "));
            String prefs = Arrays.stream(a.preferences.split(",")).map(p -> directory.byId(Long.parseLong(p))
                    .map(SiteInfo::slug).orElse(p)).collect(Collectors.joining(" "));
            lines.add(a.code + "," + prefs + "," + groups + "," + a.criteria.replace(',', ' ') + ","
                    + Allocation.lottery(c.lotterySeed, a.code));
        }
        return lines;
    }

    // ---------------------------------------------------------------- public lists and counts

    private PublicRow row(AdmissionApplication a, String school) {
        return new PublicRow(a.maskedName, a.birthYear, PersonalId.lastFour(a.personalId), a.code, a.status, school,
                a.waitingPosition);
    }

    /** Registrants of a school: masked; none once the campaign's personal data was deleted. */
    public List<PublicRow> registrants(long schoolSiteId) {
        String school = directory.byId(schoolSiteId).map(SiteInfo::name).orElse("");
        return campaignOfSchool(schoolSiteId).filter(c -> c.personalDataDeletedAt == null).map(c -> em.createQuery("select a from AdmissionApplication a"
                        + " where a.campaignId = :c and a.siteId = :s and a.status <> :w order by a.code", AdmissionApplication.class)
                .setParameter("c", c.getId()).setParameter("s", schoolSiteId).setParameter("w", ApplicationStatus.WITHDRAWN)
                .getResultList().stream().map(a -> row(a, school)).toList()).orElse(List.of());
    }

    /** Results of a school once published: admitted (and enrolled) children, then the waiting list in order. */
    public List<PublicRow> results(long schoolSiteId) {
        Optional<AdmissionCampaign> campaign = campaignOfSchool(schoolSiteId);
        if (campaign.isEmpty() || campaign.get().allocatedAt == null || Instant.now().isBefore(campaign.get().resultsAt)
                || campaign.get().personalDataDeletedAt != null) {
            return List.of();
        }
        String school = directory.byId(schoolSiteId).map(SiteInfo::name).orElse("");
        List<PublicRow> rows = new ArrayList<>();
        em.createQuery("select a from AdmissionApplication a where a.campaignId = :c and a.resultSiteId = :s"
                        + " and a.status in :st order by a.code", AdmissionApplication.class)
                .setParameter("c", campaign.get().getId()).setParameter("s", schoolSiteId)
                .setParameter("st", List.of(ApplicationStatus.ADMITTED, ApplicationStatus.ENROLLED))
                .getResultList().forEach(a -> rows.add(row(a, school)));
        em.createQuery("select a from AdmissionApplication a where a.campaignId = :c and a.siteId = :s"
                        + " and a.status = :st order by a.waitingPosition, a.code", AdmissionApplication.class)
                .setParameter("c", campaign.get().getId()).setParameter("s", schoolSiteId)
                .setParameter("st", ApplicationStatus.WAITING)
                .getResultList().forEach(a -> rows.add(row(a, school)));
        return rows;
    }

    public boolean resultsPublished(AdmissionCampaign c) {
        return c.allocatedAt != null && !Instant.now().isBefore(c.resultsAt);
    }

    /** Counts per school against the quota: the dashboard and the open data. */
    public List<SchoolCount> counts(long campaignId) {
        Map<String, Long> byKey = new HashMap<>();
        for (Object[] r : em.createQuery("select a.siteId, a.status, count(a) from AdmissionApplication a"
                + " where a.campaignId = :c group by a.siteId, a.status", Object[].class)
                .setParameter("c", campaignId).getResultList()) {
            byKey.put(r[0] + "|" + r[1], (Long) r[2]);
        }
        Map<Long, Long> admittedBy = new HashMap<>();
        for (Object[] r : em.createQuery("select a.resultSiteId, count(a) from AdmissionApplication a where a.campaignId = :c"
                + " and a.status in :st and a.resultSiteId is not null group by a.resultSiteId", Object[].class)
                .setParameter("c", campaignId).setParameter("st", List.of(ApplicationStatus.ADMITTED, ApplicationStatus.ENROLLED))
                .getResultList()) {
            admittedBy.put((Long) r[0], (Long) r[1]);
        }
        Map<Long, Long> enrolledBy = new HashMap<>();
        for (Object[] r : em.createQuery("select a.resultSiteId, count(a) from AdmissionApplication a where a.campaignId = :c"
                + " and a.status = :st and a.resultSiteId is not null group by a.resultSiteId", Object[].class)
                .setParameter("c", campaignId).setParameter("st", ApplicationStatus.ENROLLED).getResultList()) {
            enrolledBy.put((Long) r[0], (Long) r[1]);
        }
        List<SchoolCount> out = new ArrayList<>();
        for (SchoolView s : schools(campaignId)) {
            long id = s.site().id();
            long total = 0;
            for (ApplicationStatus st : ApplicationStatus.values()) {
                if (st != ApplicationStatus.WITHDRAWN) {
                    total += byKey.getOrDefault(id + "|" + st, 0L);
                }
            }
            long accepted = 0;
            for (ApplicationStatus st : List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ADMITTED, ApplicationStatus.WAITING,
                    ApplicationStatus.ENROLLED, ApplicationStatus.RELEASED)) {
                accepted += byKey.getOrDefault(id + "|" + st, 0L);
            }
            out.add(new SchoolCount(s.site().slug(), s.site().name(), s.site().district() == null ? "" : s.site().district(),
                    s.row().getQuota(), total, accepted, admittedBy.getOrDefault(id, 0L), enrolledBy.getOrDefault(id, 0L),
                    byKey.getOrDefault(id + "|" + ApplicationStatus.WAITING, 0L)));
        }
        return out;
    }

    /** The admitted children of one school, for that school's staff (Excel export). */
    public List<AdmissionApplication> admittedOf(long schoolSiteId) {
        return campaignOfSchool(schoolSiteId).map(c -> em.createQuery("select a from AdmissionApplication a"
                        + " where a.campaignId = :c and a.resultSiteId = :s and a.status in :st order by a.childName",
                        AdmissionApplication.class).setParameter("c", c.getId()).setParameter("s", schoolSiteId)
                .setParameter("st", List.of(ApplicationStatus.ADMITTED, ApplicationStatus.ENROLLED)).getResultList())
                .orElse(List.of());
    }

    public void auditExport(long schoolSiteId, int rows, String actor, String ip) {
        audit.record(actor, schoolSiteId, "admission.export", rows + " rows", ip);
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
