package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.TextFolding;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The department's rounds: their rules and phase windows, the schools with quotas and zones,
 * the lottery's commitment, and the questions every page asks of them (which round a school is
 * in, which phase it is in, which schools serve an address). Read from the in-memory
 * {@link CampaignDirectory}; every change invalidates it on every server.
 */
@ApplicationScoped
public class AdmissionRounds {

    public static final ZoneId ZONE = Phases.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The department's rules of a round, as the set-up form edits them. */
    public record CampaignForm(int schoolYear, String name, LocalDate reviewFrom, LocalDate reviewTo,
            LocalDate registrationFrom, LocalDate registrationTo, LocalDate verificationTo, LocalDate resultsAt,
            LocalDate enrolmentTo, boolean preferencesAllowed, int maxPreferences, boolean exceptionsAllowed,
            String criteria, LocalDate retentionUntil, EntryGrade entryGrade, String ageGroups, LocalDate ageReference,
            Placement placement) {

        /** A grade 1 round (no age groups). */
        public CampaignForm(int schoolYear, String name, LocalDate reviewFrom, LocalDate reviewTo,
                LocalDate registrationFrom, LocalDate registrationTo, LocalDate verificationTo, LocalDate resultsAt,
                LocalDate enrolmentTo, boolean preferencesAllowed, int maxPreferences, boolean exceptionsAllowed,
                String criteria, LocalDate retentionUntil) {
            this(schoolYear, name, reviewFrom, reviewTo, registrationFrom, registrationTo, verificationTo, resultsAt,
                    enrolmentTo, preferencesAllowed, maxPreferences, exceptionsAllowed, criteria, retentionUntil,
                    EntryGrade.GRADE_1, null, null, Placement.APPLICATION);
        }
    }

    /**
     * A priority criterion: its code (used in the allocation data), its label, and its scope: a
     * property of the child (counts at every school listed) or of the child at one school (a
     * parent on that school's staff, a sibling there: counts at that school only). A criterion of
     * the child at a school may belong to some schools only ({@code onlyAt}, their addresses; empty:
     * every school of the round): a private school's own rule, which it may set under the Education Law
     * 2019 art. 99 within the round's rules (children of its members, of its founders…).
     */
    public record Criterion(String code, String label, boolean atSchool, List<String> onlyAt) {
        public Criterion(String code, String label, boolean atSchool) {
            this(code, label, atSchool, List.of());
        }

        /** Whether the criterion may be claimed at this school. */
        public boolean appliesAt(String schoolSlug) {
            return onlyAt.isEmpty() || onlyAt.contains(schoolSlug);
        }

        public boolean isAtSchool() { return atSchool; }
        public String getCode() { return code; }
        public String getLabel() { return label; }
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
    AuditLog audit;

    @Inject
    CampaignDirectory campaignDirectory;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    // ---------------------------------------------------------------- reading

    public List<AdmissionCampaign> campaigns(long departmentSiteId) {
        return em.createQuery("select c from AdmissionCampaign c where c.siteId = :s order by c.schoolYear desc",
                AdmissionCampaign.class).setParameter("s", departmentSiteId).getResultList();
    }

    public Optional<AdmissionCampaign> campaign(long departmentSiteId, long id) {
        AdmissionCampaign c = em.find(AdmissionCampaign.class, id);
        return c != null && c.siteId == departmentSiteId ? Optional.of(c) : Optional.empty();
    }

    /** The department's newest round. */
    public Optional<AdmissionCampaign> currentCampaign(long departmentSiteId) {
        return campaigns(departmentSiteId).stream().findFirst();
    }

    /** The department's round of a school year and grade, for reading (in-memory copy). */
    public Optional<AdmissionCampaign> ofYear(long departmentSiteId, int schoolYear, EntryGrade grade) {
        return campaignDirectory.all().stream().filter(c -> c.siteId == departmentSiteId && c.schoolYear == schoolYear
                && c.entryGrade == grade).findFirst();
    }

    /** The department's round of a school year: grade 1's, or the first of another grade. */
    public Optional<AdmissionCampaign> ofYear(long departmentSiteId, int schoolYear) {
        return campaignDirectory.all().stream().filter(c -> c.siteId == departmentSiteId && c.schoolYear == schoolYear)
                .min(Comparator.comparing(AdmissionCampaign::getEntryGrade, Comparator.comparingInt(
                        (EntryGrade g) -> g == EntryGrade.GRADE_1 ? 0 : 1 + g.ordinal())));
    }

    /**
     * Rounds not yet over (any phase before the end of enrolment) that take at least one school, newest first: what
     * home pages announce (a round just saved, still without schools, is the department's draft, not news to parents).
     */
    public List<AdmissionCampaign> openRounds(long departmentSiteId, Instant now) {
        return campaignDirectory.all().stream()
                .filter(c -> c.siteId == departmentSiteId && c.phaseAt(now) != Phases.Phase.CLOSED && announced(c))
                .sorted(Comparator.comparingInt(AdmissionCampaign::getSchoolYear).reversed()).toList();
    }

    /** Whether a round is shown to the public: once it takes a school (before that it is the department's draft). */
    public boolean announced(AdmissionCampaign c) {
        return !campaignDirectory.schools(c.getId()).isEmpty();
    }

    /** The round a school takes part in now: the newest one listing it (in-memory copy, read-only). */
    public Optional<AdmissionCampaign> campaignOfSchool(long schoolSiteId) {
        return campaignDirectory.campaignOf(schoolSiteId);
    }

    /** A school's round of a given school year, if it took part. */
    public Optional<AdmissionCampaign> campaignOfSchool(long schoolSiteId, int schoolYear) {
        return campaignDirectory.all().stream().filter(c -> c.schoolYear == schoolYear)
                .filter(c -> campaignDirectory.lists(c.getId(), schoolSiteId)).findFirst();
    }

    /** The round an application was made in (read-only), whichever round its school takes part in now. */
    public Optional<AdmissionCampaign> roundOf(AdmissionApplication application) {
        return Optional.ofNullable(rules(application.getCampaignId()));
    }

    /** The round a draft was started in (read-only), whichever round its school takes part in now. */
    public Optional<AdmissionCampaign> roundOf(vn.edu.portal.forms.FormDraft draft) {
        return Optional.ofNullable(rules(draft.getFormKey()));
    }

    /** A round's rules (the in-memory copy, read-only; the database only if the copy does not know it). */
    AdmissionCampaign rules(long campaignId) {
        return campaignDirectory.campaign(campaignId).orElseGet(() -> em.find(AdmissionCampaign.class, campaignId));
    }

    public List<SchoolView> schools(long campaignId) {
        List<SchoolView> out = new ArrayList<>();
        for (AdmissionSchool row : campaignDirectory.schools(campaignId)) {
            directory.byId(row.schoolSiteId).ifPresent(site -> out.add(new SchoolView(row, site)));
        }
        out.sort(Comparator.comparing(s -> s.site().name()));
        return out;
    }

    public boolean lists(long campaignId, long schoolSiteId) {
        return campaignDirectory.lists(campaignId, schoolSiteId);
    }

    List<Zones.Zone> zones(long campaignId) {
        return schools(campaignId).stream()
                .map(s -> new Zones.Zone(s.site().id(), s.site().name(), parseZone(s.row().zone))).toList();
    }

    /** The group at the school for an address, explained in the visitor's language. */
    public Zones.Grouping grouping(long campaignId, long schoolSiteId, String ward, String street) {
        List<Zones.Zone> zones = zones(campaignId);
        Zones.Zone school = zones.stream().filter(z -> z.schoolId() == schoolSiteId).findFirst()
                .orElse(new Zones.Zone(schoolSiteId, directory.byId(schoolSiteId).map(SiteInfo::name).orElse(""), List.of()));
        return Zones.group(school, zones, ward, street);
    }

    // ---------------------------------------------------------------- set-up

    @Transactional
    public AdmissionCampaign saveCampaign(long departmentSiteId, Long id, CampaignForm form, String actor, String ip) {
        FieldErrors errors = new FieldErrors();
        if (form.schoolYear() < 2020 || form.schoolYear() > 2100) {
            errors.add("schoolYear", "admission.campaign.year");
        }
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            errors.add("name", "admission.campaign.name");
        }
        RoundTimetable.check(form, errors);
        List<Criterion> criteria = parseCriteria(form.criteria());
        if (criteria.size() > 20) {
            errors.add("criteria", "admission.campaign.criteria");
        }
        for (Criterion k : criteria) {
            for (String slug : k.onlyAt()) {
                if (directory.bySlug(slug).filter(SiteInfo::isSchool).isEmpty()) {
                    errors.add("criteria", "admission.campaign.criteriaSchool", k.label(), slug);
                }
            }
        }
        EntryGrade grade = form.entryGrade() == null ? EntryGrade.GRADE_1 : form.entryGrade();
        String ageGroups = null;
        if (grade == EntryGrade.PRESCHOOL) {
            // Blank: the defaults, written out so that the department sees what applies.
            String typed = form.ageGroups() == null || form.ageGroups().isBlank() ? AgeGroups.PRESCHOOL_DEFAULT : form.ageGroups();
            ageGroups = AgeGroups.parse(typed, errors, "ageGroups").text();
            if (form.ageReference() != null && Math.abs(form.ageReference().getYear() - form.schoolYear()) > 1) {
                errors.add("ageReference", "admission.ageGroups.reference", form.schoolYear());
            }
        }
        Placement placement = form.placement() == null ? Placement.APPLICATION : form.placement();
        if (placement == Placement.ASSIGNMENT && grade != EntryGrade.GRADE_6) {
            errors.add("placement", "admission.placement.gradeOnly");
        }
        errors.throwIfAny();
        AdmissionCampaign c;
        if (id == null) {
            long same = em.createQuery("select count(c) from AdmissionCampaign c where c.siteId = :s and c.schoolYear = :y"
                    + " and c.entryGrade = :g", Long.class).setParameter("s", departmentSiteId)
                    .setParameter("y", form.schoolYear()).setParameter("g", grade).getSingleResult();
            if (same > 0) {
                throw FieldErrors.of("schoolYear", "admission.campaign.exists", form.schoolYear());
            }
            c = new AdmissionCampaign(departmentSiteId, form.schoolYear(), form.name().strip());
            c.setRoundKey(Lottery.newRoundKey());
            c.setEntryGrade(grade);
            c.setPlacement(placement);
        } else {
            c = campaign(departmentSiteId, id).orElseThrow(() -> FieldErrors.of("name", "admission.notFound"));
            boolean fixed = RoundChanges.drawKnowable(c, clock.now());
            if (fixed && !c.criteria.equals(criteriaText(criteria))) {
                throw FieldErrors.of("criteria", "admission.campaign.criteriaFrozen", RoundChanges.drawDay(c));
            }
            // The grade decides which schools take part and what the form asks: fixed once the round exists.
            if (c.entryGrade != grade || c.placement != placement) {
                throw FieldErrors.of("entryGrade", "admission.campaign.gradeFixed");
            }
            if (fixed && (!java.util.Objects.equals(c.ageGroups, ageGroups)
                    || !java.util.Objects.equals(c.ageReference, form.ageReference()))) {
                throw FieldErrors.of("ageGroups", "admission.campaign.criteriaFrozen", RoundChanges.drawDay(c));
            }
            c.setName(form.name().strip());
            c.setSchoolYear(form.schoolYear());
        }
        // The public value must come into existence after registration and verification close: neither
        // can be moved to end on or after its day (the department, which holds the secret, would know
        // every child's draw while families still apply or withdraw and schools still accept or refuse).
        if (c.publicValueDate != null && !c.publicValueDate.isAfter(form.registrationTo())) {
            throw FieldErrors.of("reviewFrom", "admission.commit.dateMoved", day(c.publicValueDate));
        }
        RoundChanges.refuseSealed(c, form, clock.now());
        if (c.publicValueDate != null && !c.publicValueDate.isAfter(form.verificationTo())) {
            throw FieldErrors.of("verificationTo", "admission.commit.verificationMoved", day(c.publicValueDate));
        }
        RoundTimetable.keepsValueDay(c, form, clock.now().atZone(Phases.ZONE).toLocalDate());
        Map<String, String> before = RoundChanges.values(c);
        c.setReviewFrom(start(form.reviewFrom()));
        c.setReviewTo(end(form.reviewTo()));
        c.setRegistrationFrom(start(form.registrationFrom()));
        c.setRegistrationTo(end(form.registrationTo()));
        c.setVerificationTo(end(form.verificationTo()));
        c.setResultsAt(start(form.resultsAt()));
        c.setEnrolmentTo(end(form.enrolmentTo()));
        c.setPreferencesAllowed(form.preferencesAllowed());
        c.setMaxPreferences(RoundChanges.maxPreferences(form));
        c.setExceptionsAllowed(form.exceptionsAllowed());
        c.setCriteria(criteriaText(criteria));
        c.setAgeGroups(ageGroups);
        c.setAgeReference(grade == EntryGrade.PRESCHOOL ? form.ageReference() : null);
        c.setRetentionUntil(end(form.retentionUntil()));
        if (id == null) {
            em.persist(c);
            em.flush();
        }
        campaignDirectory.invalidate();
        String changes = id == null ? "" : RoundChanges.changes(before, RoundChanges.values(c));
        audit.record(actor, departmentSiteId, "admission.campaign.save", c.schoolYear + " " + c.name
                + (changes.isEmpty() ? "" : " · " + changes), ip);
        return c;
    }

    /** Adds a school to the round or changes its quota and zone. The school must be a school site. */
    @Transactional
    public AdmissionSchool saveSchool(long departmentSiteId, long campaignId, String schoolSlug, int classes,
            int seatsPerClass, String zone, String actor, String ip) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of("school", "admission.notFound"));
        SiteInfo site = RoundSchools.school(directory, schoolSlug);
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
        RoundTimetable.checkZone(parseZone(zone), errors);
        if (site.level() != c.entryGrade.level) {
            errors.add("school", "admission.school.level");
        }
        errors.throwIfAny();
        overlapping(c, site).ifPresent(other -> {
            throw FieldErrors.of("school", "admission.school.overlap", other.name);
        });
        if (RoundChanges.drawKnowable(c, clock.now())) {
            throw FieldErrors.of("school", "admission.campaign.allocatedFrozen", RoundChanges.drawDay(c));
        }
        AdmissionSchool row = schoolRow(c.getId(), site.id()).orElse(null);
        String before = row == null ? "" : " (" + row.getClasses() + "x" + row.getSeatsPerClass() + ", " + RoundChanges.zoneLine(row.getZone()) + ")";
        if (row == null) {
            row = new AdmissionSchool(c.getId(), site.id());
            em.persist(row);
        }
        row.setClasses(classes);
        row.setSeatsPerClass(seatsPerClass);
        row.setZone(zone.strip());
        campaignDirectory.invalidate();
        // Before and after, the zone's streets included: a changed zone moves children between groups.
        audit.record(actor, departmentSiteId, "admission.school.save", site.slug() + before + " → " + classes + "x"
                + seatsPerClass + ", " + RoundChanges.zoneLine(row.getZone()), ip);
        return row;
    }

    /**
     * Another round of the same grade that lists the school with registration windows that meet:
     * a family could hold an application in each, and the two allocations would give one child
     * two seats.
     */
    private Optional<AdmissionCampaign> overlapping(AdmissionCampaign c, SiteInfo school) {
        return em.createQuery("select o from AdmissionCampaign o, AdmissionSchool s where s.campaignId = o.id"
                + " and s.schoolSiteId = :school and o.id <> :id and o.entryGrade = :g"
                + " and o.registrationFrom <= :to and o.registrationTo >= :from", AdmissionCampaign.class)
                .setParameter("school", school.id()).setParameter("id", c.getId()).setParameter("g", c.entryGrade)
                .setParameter("from", c.registrationFrom).setParameter("to", c.registrationTo)
                .getResultStream().findFirst();
    }

    Optional<AdmissionSchool> schoolRow(long campaignId, long schoolSiteId) {
        return em.createQuery("select s from AdmissionSchool s where s.campaignId = :c and s.schoolSiteId = :s",
                AdmissionSchool.class).setParameter("c", campaignId).setParameter("s", schoolSiteId)
                .getResultStream().findFirst();
    }

    /**
     * Publishes the commitment to the lottery's secret, before registration opens and before any
     * application exists, with the public value to come: its source (a named draw) and the day it
     * exists, after registration closes and by the results day. Once only.
     */
    @Transactional
    public AdmissionCampaign commit(long departmentSiteId, long campaignId, String commitment, String source,
            LocalDate valueDate, String actor, String ip, Instant now) {
        AdmissionCampaign c = campaign(departmentSiteId, campaignId).orElseThrow(() -> FieldErrors.of("commitment", "admission.notFound"));
        if (c.commitment != null) {
            throw FieldErrors.of("commitment", "admission.commit.done", day(c.committedAt));
        }
        Phases.require(c.windows(), Phases.Action.COMMIT, now, "commitment");
        long applications = em.createQuery("select count(a) from AdmissionApplication a where a.campaignId = :c", Long.class)
                .setParameter("c", c.getId()).getSingleResult();
        if (applications > 0) {
            throw FieldErrors.of("commitment", "admission.commit.applications");
        }
        FieldErrors errors = new FieldErrors();
        String clean = commitment == null ? "" : commitment.strip().toLowerCase(Locale.ROOT);
        if (!Lottery.isCommitment(clean)) {
            errors.add("commitment", "admission.commit.format");
        }
        String what = source == null ? "" : source.strip();
        if (what.length() < 10 || what.length() > 300 || what.contains("\n")) {
            errors.add("source", "admission.commit.source");
        }
        LocalDate closes = c.verificationTo.atZone(ZONE).toLocalDate(); // registration and verification
        LocalDate results = c.resultsAt.atZone(ZONE).toLocalDate();
        if (valueDate == null || !valueDate.isAfter(closes) || valueDate.isAfter(results)) {
            errors.add("valueDate", "admission.commit.date", day(closes), day(results));
        }
        errors.throwIfAny();
        c.setCommitment(clean);
        c.setCommittedAt(now);
        c.setPublicValueSource(what);
        c.setPublicValueDate(valueDate);
        if (c.roundKey == null) {
            c.setRoundKey(Lottery.newRoundKey());
        }
        campaignDirectory.invalidate();
        audit.record(actor, departmentSiteId, "admission.commit", c.schoolYear + " " + clean, ip);
        return c;
    }

    /** The round's key for lottery keys, made on first use for rounds created before there were any. */
    @Transactional
    public String roundKey(long campaignId) {
        AdmissionCampaign c = em.find(AdmissionCampaign.class, campaignId);
        if (c.roundKey == null) {
            c.setRoundKey(Lottery.newRoundKey());
        }
        return c.roundKey;
    }

    // ---------------------------------------------------------------- texts of the rules

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    static Instant end(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE));
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /**
     * Criteria, one a line: {@code CODE | label}, or {@code CODE | label | trường} for a criterion
     * that counts at one school only (or just a label, the code made from it), or
     * {@code CODE | label | trường: slug, slug} for one that only the schools named offer.
     */
    public static List<Criterion> parseCriteria(String text) {
        List<Criterion> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String label = (parts.length == 1 ? parts[0] : parts[1]).strip();
            String scope = parts.length > 2 ? parts[2].strip() : "";
            int colon = scope.indexOf(':');
            boolean atSchool = List.of("truong", "school").contains(TextFolding.fold(colon < 0 ? scope : scope.substring(0, colon).strip()));
            List<String> onlyAt = !atSchool || colon < 0 ? List.of() : java.util.Arrays.stream(scope.substring(colon + 1).split(","))
                    .map(x -> x.strip().toLowerCase(Locale.ROOT)).filter(x -> !x.isEmpty()).distinct().toList();
            String code = (parts.length == 1 ? TextFolding.fold(label) : parts[0])
                    .strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            if (!code.isEmpty() && out.stream().noneMatch(c -> c.code().equals(code))) {
                out.add(new Criterion(code.length() > 40 ? code.substring(0, 40) : code, label, atSchool, onlyAt));
            }
        }
        return out;
    }

    static String criteriaText(List<Criterion> criteria) {
        return criteria.stream().map(c -> c.code() + " | " + c.label() + (c.atSchool() ? " | trường" : "")
                + (c.onlyAt().isEmpty() ? "" : ": " + String.join(", ", c.onlyAt())))
                .collect(Collectors.joining("\n"));
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
            line = java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC); // a pasted no-break space is a space
            int colon = line.indexOf(':');
            String ward = (colon < 0 ? line : line.substring(0, colon)).strip();
            List<String> streets = colon < 0 ? List.of() : Arrays.stream(line.substring(colon + 1).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            areas.add(new Zones.Area(ward, streets));
        }
        return areas;
    }
}
