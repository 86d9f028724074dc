package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.portal.forms.EmailProof;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormCodes;
import vn.edu.portal.forms.FormDraft;
import vn.edu.portal.forms.FormDrafts;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.OneTimeCodes;

/**
 * The application form of admission on the public-form engine ({@code forms}): the draft, step by
 * step (each step's checks: the child's ID against the date of birth and sex, the age, the same
 * child applying twice, the data review's record; residence; family and contact; preferences,
 * criteria and consent; the papers), the e-mail code, and the submit (once: the draft's row is
 * locked), which makes the application. Every action only in its phase ({@link Phases}).
 */
@ApplicationScoped
public class AdmissionForm {

    static final String OTP_PURPOSE = "admission";

    @PersistenceContext
    EntityManager em;

    @Inject
    AdmissionService admission;

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
    FormDrafts drafts;

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    @Inject
    ChildChecks childChecks;

    private final FormCodes codeGenerator = new FormCodes();

    /** A new draft for a school's form, while registration runs; its token is the only thing the page carries. */
    @Transactional
    public FormDraft startDraft(long schoolSiteId, long campaignId, Instant now) {
        AdmissionCampaign round = rounds.rules(campaignId);
        if (round.isAssignment()) {
            throw FieldErrors.of("token", "admission.assignment.noForm");
        }
        Phases.require(round.windows(), Phases.Action.APPLY, now, "token");
        return drafts.open(schoolSiteId, AdmissionService.KIND, campaignId, null, FormDrafts.newToken(), 1, AdmissionRetention.DRAFT_AGE);
    }

    /**
     * The draft of a token, its row locked until this transaction ends: two tabs saving at once (a
     * step, a paper, the code's seal) each read what the other committed instead of writing over it.
     */
    private Optional<FormDraft> draftToChange(long schoolSiteId, String token) {
        return drafts.lockForSubmit(token)
                .filter(d -> d.getSiteId() == schoolSiteId && d.getFormKind().equals(AdmissionService.KIND));
    }

    /** The draft of a token, only on the site it was started on. */
    public Optional<FormDraft> draft(long schoolSiteId, String token) {
        return drafts.find(schoolSiteId, AdmissionService.KIND, token);
    }

    /**
     * Keeps what was typed (always, even when refused), then ({@code check}) checks the step: a refusal names
     * each field, the draft stays on the same step. Returns the step the form moves to (this one unchecked).
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public int saveStep(long schoolSiteId, String token, int step, Map<String, String> typed, String ip, boolean check) {
        FormDraft draft = draftToChange(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        if (step > draft.getStep()) {
            // Read under the lock: a "back" that changed the child, posted beside this, made the first step the furthest
            // reached; the route's check, read before, let a later step through and the submit answered about the child.
            throw FieldErrors.of("token", "admission.step.notReached", draft.getStep());
        }
        AdmissionCampaign campaign = rounds.rules(draft.getFormKey());
        Map<String, String> values = draft.values();
        boolean changed = false;
        if (step >= 1 && step <= AdmissionFormDefinition.TYPED_STEPS) {
            for (FormField field : AdmissionFormDefinition.fieldsOf(step)) {
                String kept = DraftKeeping.cap(DraftKeeping.kept(field, typed.get(field.key())));
                changed |= !java.util.Objects.equals(kept, values.put(field.key(), kept));
            }
            if (step == AdmissionConsent.STEP) {
                // The consent is recorded in the words the family read: the page's language.
                values.put(AdmissionConsent.LANGUAGE, AdmissionConsent.language(typed.get(AdmissionConsent.LANGUAGE)));
            }
        }
        // A changed step is the furthest reached again until "next" passes it (then the draft is as far as it was): the
        // code and the submit, which check every step uncounted, wait (a real child's values were answered about).
        int reached = draft.getStep();
        draft = drafts.save(draft, changed ? Math.min(reached, step) : reached, values);
        if (!check) {
            return step; // "back": kept as typed, checked when the family goes forward again
        }
        // What was typed is kept even when registration has closed meanwhile.
        Phases.require(campaign.windows(), Phases.Action.APPLY, clock.now(), "token");
        FieldErrors errors = new FieldErrors();
        if (step == 1) {
            ChildChecks.Answer asked = childChecks.ask(campaign, values.get("personalId"), ip, errors);
            errors.throwIfAny();
            if (asked == ChildChecks.Answer.WITHOUT_RECORD) {
                values.put(ChildChecks.UNCOMPARED, "1");
            } else {
                values.remove(ChildChecks.UNCOMPARED);
            }
        }
        checkStep(campaign, schoolSiteId, step, values, errors);
        errors.throwIfAny();
        drafts.save(draft, Math.max(reached, step + 1), values);
        return step + 1;
    }

    void checkStep(AdmissionCampaign campaign, long schoolSiteId, int step, Map<String, String> v, FieldErrors errors) {
        switch (step) {
            case 1 -> {
                StepChecks.required(v, errors, "childName", 120);
                StepChecks.name(v, errors, "childName");
                StepChecks.required(v, errors, "birthPlace", 200);
                StepChecks.required(v, errors, "ethnicity", 60);
                LocalDate birth = AdmissionService.date(v.get("birthDate"));
                if (birth == null) {
                    errors.add("birthDate", AdmissionService.dateRefusal(v.get("birthDate")));
                }
                Sex sex = AdmissionService.sex(v.get("sex"));
                if (sex == null) {
                    errors.add("sex", "admission.field.required");
                }
                for (PersonalId.Problem problem : PersonalId.check(v.get("personalId"), birth, sex, countryCodes())) {
                    errors.add("personalId", problem.key);
                }
                if (campaign.isPreschool()) {
                    AgeGroups.check(campaign, birth, v.getOrDefault("ageGroup", ""), errors);
                } else if (birth != null && campaign.entryGrade == EntryGrade.GRADE_1) {
                    // Grade 6 goes by the grade-5 list below, not by the year of birth.
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
                    // What follows answers questions about a real child (an application in the round, the
                    // records imported for it): counted when the family saves this step (ChildChecks).
                    if (activeApplication(campaign.getId(), id).isPresent()) {
                        errors.add("personalId", "admission.child.duplicate");
                    }
                    // Grade 6: the pupils who finished primary school this year are on the imported list; a child
                    // who is not (moved in, studied abroad) applies with a reason, and the school decides.
                    if (campaign.entryGrade == EntryGrade.GRADE_6) {
                        StepChecks.gradeFiveList(review.record(campaign, id).isPresent(), v.get("notListedReason"), errors);
                    }
                    // The reviewed record, what the school checks against; once the child's ten are used up, not here (ChildChecks).
                    NationalRegistry.Result known = "1".equals(v.get(ChildChecks.UNCOMPARED)) ? NationalRegistry.Result.UNKNOWN
                            : compared(campaign, v);
                    for (NationalRegistry.Field field : known.mismatched()) {
                        switch (field) {
                            case NAME -> errors.add("childName", "admission.review.mismatch.name");
                            case BIRTH_DATE -> errors.add("birthDate", "admission.review.mismatch.birthDate");
                            case SEX -> errors.add("sex", "admission.review.mismatch.sex");
                        }
                    }
                }
            }
            case 2 -> StepChecks.residence(v, errors);
            case 3 -> StepChecks.family(campaign, v, errors);
            case 4 -> {
                Map<Long, String> allowed = rounds.schools(campaign.getId()).stream()
                        .collect(Collectors.toMap(s -> s.site().id(), s -> s.site().slug()));
                for (String p : List.of("preference2", "preference3")) {
                    String value = v.getOrDefault(p, "");
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (!campaign.preferencesAllowed) {
                        errors.add(p, "admission.preference.notAllowed");
                    } else if (!value.matches("\\d{1,18}") || !allowed.containsKey(Long.parseLong(value))
                            || Long.parseLong(value) == schoolSiteId) {
                        errors.add(p, "admission.preference.unknown");
                    }
                }
                StepChecks.criteria(campaign, v, place -> {
                    String site = place == 1 ? String.valueOf(schoolSiteId) : v.getOrDefault("preference" + place, "");
                    return site.matches("\\d{1,18}") ? allowed.get(Long.parseLong(site)) : null;
                }, errors);
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

    /** The draft's child as its reviewed record knows it (the first step, and the submit once the step skipped it). */
    private NationalRegistry.Result compared(AdmissionCampaign campaign, Map<String, String> v) {
        return review.registry(campaign).check(PersonalId.normalise(v.get("personalId")), v.get("childName"),
                AdmissionService.date(v.get("birthDate")), AdmissionService.sex(v.get("sex")));
    }

    /** The country codes a birth registered abroad may carry ({@code portal.admission.id.country-codes}; empty: any). */
    Set<String> countryCodes() {
        return Arrays.stream(config.get("portal.admission.id.country-codes", "").split(",")).map(String::strip)
                .filter(s -> s.matches("\\d{3}")).collect(Collectors.toUnmodifiableSet());
    }

    /** Stores an uploaded paper (checked by content) and notes it in the draft. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public void attach(long schoolSiteId, String token, String field, byte[] data) {
        // Checked (a photo fitted: a second or two, or a wait for a free decoder) before the draft's row is locked: a
        // second post on the draft waited on the lock and was answered "the database does not answer".
        UploadPolicy.Accepted accepted = PAPERS.check(field, data, maxUploadBytes());
        FormDraft draft = draftToChange(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        if (draft.getResultId() != null) {
            throw FieldErrors.of("token", "admission.draft.gone"); // submitted: its papers are the application's now
        }
        Phases.require(rounds.rules(draft.getFormKey()).windows(), Phases.Action.APPLY, clock.now(), field);
        String path = files.store("admission", schoolSiteId, accepted.extension(), accepted.data());
        Map<String, String> values = draft.values();
        // A paper chosen again replaces the first one, which nothing else refers to.
        String replaced = values.get(field + "Path");
        if (replaced != null) {
            files.delete(replaced);
        }
        values.put(field + "Path", path);
        values.put(field + "Type", accepted.contentType());
        drafts.save(draft, draft.getStep(), values);
    }

    /** The papers a parent uploads: a PDF or a photo, by content; a file that only looks like a picture is "not a PDF or photo". */
    public static final UploadPolicy PAPERS = new UploadPolicy(Set.of("pdf", "photo"),
            field -> FieldErrors.of(field, "admission.upload.type"), true,
            (field, max) -> FieldErrors.of(field, "admission.upload.requestTooLarge", max / (1024.0 * 1024)));

    public long maxUploadBytes() {
        return config.getLong("portal.admission.upload.max-bytes", 5L * 1024 * 1024);
    }

    /** Sends the e-mail code that proves the parent reads the address given. */
    @Transactional
    public boolean sendCode(long schoolSiteId, String token, String clientAddress) {
        FormDraft draft = draftToChange(schoolSiteId, token).orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        Phases.require(rounds.rules(draft.getFormKey()).windows(), Phases.Action.APPLY, clock.now(), "code");
        Map<String, String> values = DraftKeeping.normalised(draft.values());
        String typed = values.getOrDefault("email", "");
        String email = EmailAddress.parse(typed).orElse(typed);
        Optional<OneTimeCodes.Issued> issued = codes.issue(OTP_PURPOSE, "draft:" + token, email, clientAddress);
        if (issued.isEmpty()) {
            return false;
        }
        // The code confirms what the summary showed when it was asked for: a change made after (in
        // another tab, or by going back) needs a new code, so no one submits what they did not see.
        values.put(DraftKeeping.CODE_FOR, DraftKeeping.seal(values));
        drafts.save(draft, draft.getStep(), values);
        String school = admission.schoolName(schoolSiteId);
        java.util.Locale language = AdmissionConsent.locale(values.get(AdmissionConsent.LANGUAGE));
        notifier.email(schoolSiteId, email, Texts.get(language, "admission.mail.code.subject"),
                Texts.get(language, "admission.mail.code.body", issued.get().code(), school), "admission.code", language);
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
        Optional<FormDraft> locked = drafts.lockForSubmit(token).filter(d -> d.getFormKind().equals(AdmissionService.KIND));
        // The locked row is read after the lock: a draft not yet submitted has no application (one statement saved a press).
        Optional<AdmissionApplication> done = locked.isPresent() && locked.get().getResultId() == null ? Optional.empty()
                : submitted(token);
        if (done.isPresent()) {
            if (done.get().siteId != schoolSiteId) {
                throw FieldErrors.of("token", "admission.draft.gone");
            }
            return done.get();
        }
        FormDraft draft = locked.filter(d -> d.getSiteId() == schoolSiteId)
                .orElseThrow(() -> FieldErrors.of("token", "admission.draft.gone"));
        if (draft.getStep() < AdmissionFormDefinition.STEPS) { // read under the lock: a "back" posted beside it counts
            throw FieldErrors.of("code", "admission.step.notReached", draft.getStep());
        }
        AdmissionCampaign campaign = rounds.rules(draft.getFormKey());
        Phases.require(campaign.windows(), Phases.Action.APPLY, clock.now(), "code");
        if (!rounds.lists(campaign.getId(), schoolSiteId)) {
            throw FieldErrors.of("token", "admission.school.notInCampaign");
        }
        // A draft saved before the values were kept normalised is checked (and sealed, at sendCode) as they are now.
        Map<String, String> v = DraftKeeping.normalised(draft.values());
        FieldErrors errors = new FieldErrors();
        for (int step = 1; step <= AdmissionFormDefinition.TYPED_STEPS + 1; step++) {
            checkStep(campaign, schoolSiteId, step, v, errors); // the typed steps, then the papers'
        }
        errors.throwIfAny();
        String email = EmailAddress.parse(v.get("email")).orElseThrow();
        if (v.containsKey(DraftKeeping.CODE_FOR) && !v.get(DraftKeeping.CODE_FOR).equals(DraftKeeping.seal(v))) {
            throw FieldErrors.of("code", "admission.code.changed");
        }
        OneTimeCodes.Check check = codes.verify(OTP_PURPOSE, "draft:" + token, email, typedCode);
        if (check != OneTimeCodes.Check.OK) {
            throw EmailProof.refusal("admission", check);
        }
        if ("1".equals(v.get(ChildChecks.UNCOMPARED))) {
            // Compared now and told nobody: a record that disagrees means no place held for the child, a mark for the school.
            v.put(ChildChecks.UNCOMPARED, compared(campaign, v).answer() == NationalRegistry.Answer.MISMATCH ? "mismatch" : "");
        }
        AdmissionApplication a = create(campaign, schoolSiteId, token, v, ip, "parent");
        drafts.submitted(draft, a.getId(), false);
        return a;
    }

    /** The application itself, also used by the demo; the draft's values have been checked. */
    @Transactional
    public AdmissionApplication create(AdmissionCampaign campaign, long schoolSiteId, String token, Map<String, String> v,
            String ip, String actor) {
        String code = codeGenerator.next();
        while (admission.codeTaken(code)) {
            code = codeGenerator.next();
        }
        AdmissionApplication a = new AdmissionApplication(campaign.getId(), schoolSiteId, code, token);
        a.setPersonalId(PersonalId.normalise(v.get("personalId")));
        a.recordUnchecked = "mismatch".equals(v.get(ChildChecks.UNCOMPARED));
        a.setActiveChild(a.recordUnchecked ? null : a.personalId);
        // The same key however often the family withdraws and applies again: the lottery follows the child.
        a.setLotteryKey(Lottery.lotteryKey(campaign.roundKey() != null ? campaign.roundKey() : rounds.roundKey(campaign.getId()),
                a.personalId));
        a.setChildName(v.get("childName").strip());
        a.setMaskedName(NameMask.mask(a.childName));
        a.setBirthDate(AdmissionService.date(v.get("birthDate")));
        a.setBirthYear(a.birthDate.getYear());
        a.setSex(AdmissionService.sex(v.get("sex")));
        a.setBirthPlace(v.get("birthPlace"));
        a.setEthnicity(v.get("ethnicity"));
        a.setPermanent(new Address(v.get("permProvince"), v.get("permWard"), v.get("permStreet")));
        a.setCurrent(new Address(v.get("curProvince"), v.get("curWard"), v.get("curStreet")));
        a.setPreschool(blankToNull(v.get("preschool")));
        a.setFather(parent(v, "father"));
        a.setMother(parent(v, "mother"));
        a.setDeclarant(new Declarant(v.get("declarantName"), v.get("declarantRelation")));
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
        Zones.Grouping g = rounds.grouping(campaign.getId(), schoolSiteId, a.getCurrent().ward, a.getCurrent().street);
        a.setZoneGroup(g.group());
        a.setZoneNote(Texts.get(PortalViewHandler.VIETNAMESE, g.key(), g.args().toArray()));
        if (a.zoneNote.length() > 1000) {
            a.setZoneNote(a.zoneNote.substring(0, 1000));
        }
        if (campaign.entryGrade == EntryGrade.GRADE_6) {
            // The primary school comes from the grade-5 list; a child not on it gives a reason, and the school decides.
            Optional<ReviewRecord> listed = review.record(campaign, a.personalId);
            a.setPreschool(listed.map(ReviewRecord::getPrimarySchool).orElse(a.preschool));
            a.setGrade(new GradeAnswers(null, false, listed.isPresent() ? null : v.getOrDefault("notListedReason", "").strip()));
            a.setStaffDecision(listed.isEmpty());
        } else if (campaign.isPreschool()) {
            a.setGrade(new GradeAnswers(v.get("ageGroup"), "true".equals(v.get("boardingMeals")) || "on".equals(v.get("boardingMeals")),
                    null));
        } else {
            Eligibility.Result age = Eligibility.of(campaign.schoolYear, a.birthDate, campaign.exceptionsAllowed);
            a.setStaffDecision(age == Eligibility.Result.STAFF_DECISION || age == Eligibility.Result.OFFICE_DECISION);
            a.setOfficeDecision(age == Eligibility.Result.OFFICE_DECISION);
        }
        a.setBirthCert(new Paper(v.get("birthCertPath"), v.get("birthCertType")));
        a.setResidence(new Paper(v.get("residencePath"), v.get("residenceType")));
        a.setConsentText(AdmissionConsent.recorded(v, campaign));
        a.setConsentAt(Instant.now());
        a.setConsentIp(ip);
        a.setLanguage(AdmissionConsent.language(v.get(AdmissionConsent.LANGUAGE)));
        em.persist(a);
        em.flush();
        events.submitted(a, actor);
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

    /** The father or mother as typed (fields {@code fatherName}, {@code fatherBirthYear}…), each part optional. */
    private static Parent parent(Map<String, String> v, String who) {
        return new Parent(blankToNull(v.get(who + "Name")), year(v.get(who + "BirthYear")), blankToNull(v.get(who + "Job")),
                blankToNull(v.get(who + "Phone")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer year(String s) {
        return s == null || !s.strip().matches("\\d{4}") ? null : Integer.parseInt(s.strip());
    }
}
