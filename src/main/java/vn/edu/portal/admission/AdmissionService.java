package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.edu.portal.forms.ContactLookup;
import vn.edu.portal.forms.FormCodes;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.LookupGuard;
import vn.edu.portal.security.OneTimeCodes;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The family's side of admission once an application exists: the look-ups by code and a secret
 * (throttled and audited), correction, withdrawal and the confirmation of enrolment. The
 * application itself is made by {@link AdmissionForm}. Every action only in its phase
 * ({@link Phases}); every id that comes from a form is checked against the site and round it must
 * belong to.
 */
@ApplicationScoped
public class AdmissionService {

    /** The kind of form in the engine's tables ({@code form_draft}, {@code form_event}). */
    public static final String KIND = "admission";
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteDirectory directory;

    @Inject
    AdmissionRounds rounds;

    @Inject
    ApplicationEvents events;

    @Inject
    LookupGuard lookups;

    @Inject
    AdmissionRetention retention;

    @Inject
    OneTimeCodes codes;

    /** The purpose of the codes that confirm a withdrawal ({@code one_time_code.purpose}). */
    static final String WITHDRAW_PURPOSE = "admission.withdraw";

    @Inject
    vn.edu.portal.platform.PortalClock clock;

    private final FormCodes codeGenerator = new FormCodes();

    /** Values kept as text, one {@code name=value} a line (correction requests). */
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

    /**
     * The message for a date of birth {@link #date} could not read: none typed, or one typed that is no day of the
     * calendar ("30/02") or not in its form (it was "please enter the date" when one had been entered).
     */
    static String dateRefusal(String text) {
        return text == null || text.isBlank() ? "admission.field.date" : "admission.field.dateInvalid";
    }

    static Sex sex(String text) {
        try {
            return text == null || text.isBlank() ? null : Sex.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether an application has {@code code} (its id only: a new code is checked at every submit). */
    public boolean codeTaken(String code) {
        return !em.createQuery("select a.id from AdmissionApplication a where a.code = :c", Long.class)
                .setParameter("c", code).setMaxResults(1).getResultList().isEmpty();
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
        String code = FormCodes.normalise(typedCode);
        lookups.check("admission.lookup", code, ip);
        Optional<AdmissionApplication> found = owned(schoolSiteId, typedCode, typedEmail);
        // Written to the log of the school whose application was found only: a code typed on
        // another school's site is not shown to that school's staff.
        lookups.outcome("admission.lookup", found.map(a -> a.siteId).orElse(null), code, found.isPresent(), ip);
        return found;
    }

    /**
     * The same look-up for an action that follows it (the limits were checked by the look-up): at the
     * school applied to, or at the school that admitted the child (a second choice).
     */
    private Optional<AdmissionApplication> owned(long schoolSiteId, String typedCode, String typedEmail) {
        String code = FormCodes.normalise(typedCode);
        return code.isEmpty() ? Optional.empty() : ContactLookup.withEmail(byCode(code).stream()
                .filter(a -> a.siteId == schoolSiteId || a.resultSiteId != null && a.resultSiteId == schoolSiteId),
                typedEmail, a -> a.email);
    }

    /**
     * The first press of "withdraw": a code goes to the application's own address, since the code and
     * the address, all the look-up asks, are on a receipt a family may have shared (a withdrawal cannot be undone).
     */
    @Transactional
    public String askToWithdraw(AdmissionApplication a, Instant now, String ip) {
        requireWithdrawable(a, now);
        return mailCode(WITHDRAW_PURPOSE, a, ip, "withdrawCode", events::withdrawalCode);
    }

    /** Issues a code of {@code purpose} for the application, mailed to its address; returned for the demo's families. */
    private String mailCode(String purpose, AdmissionApplication a, String ip, String field,
            java.util.function.BiConsumer<AdmissionApplication, String> mail) {
        Optional<OneTimeCodes.Issued> issued = codes.issue(purpose, "application:" + a.getId(), a.email, ip);
        if (issued.isEmpty()) {
            throw FieldErrors.of(field, "admission.code.limit");
        }
        mail.accept(a, issued.get().code());
        return issued.get().code();
    }

    /** Refuses (on {@code field}) a code that is not the one mailed for this application's {@code purpose}. */
    private void requireCode(String purpose, AdmissionApplication a, String typedCode, String field) {
        OneTimeCodes.Check check = codes.verify(purpose, "application:" + a.getId(), a.email, typedCode);
        if (check != OneTimeCodes.Check.OK) {
            throw FieldErrors.of(field, vn.edu.portal.forms.EmailProof.messageKey("admission", check));
        }
    }

    /** Withdraws with the code mailed by {@link #askToWithdraw}; wrong tries are counted although refused. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public AdmissionApplication withdraw(long schoolSiteId, String code, String email, String typedCode, String ip, Instant now) {
        AdmissionApplication a = owned(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        requireWithdrawable(a, now);
        requireCode(WITHDRAW_PURPOSE, a, typedCode, "withdrawCode");
        events.move(a, ApplicationStatus.WITHDRAWN, null, "parent");
        retention.forgetWithdrawn(a, now);
        return a;
    }

    /** Refuses (on the field {@code code}) unless the family may withdraw the application now. */
    public void requireWithdrawable(AdmissionApplication a, Instant now) {
        Phases.require(rounds.rules(a.campaignId).windows(), Phases.Action.WITHDRAW, now, "code");
        if (!a.status.openToParent() && a.status != ApplicationStatus.ACCEPTED) {
            throw FieldErrors.of("code", "admission.withdraw.late");
        }
    }

    static final String SHOW_PURPOSE = "admission.show";

    /**
     * The first press of "see everything the application holds" (the family's right to know what is kept,
     * Law 91/2025/QH15): the look-up itself shows no full name, phone or street, so a code goes to the
     * application's own address, and the page shows the data to whoever types it.
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public void askToShow(AdmissionApplication a, String ip) {
        mailCode(SHOW_PURPOSE, a, ip, "showCode", events::showCode);
    }

    /** Refuses (next to {@code showCode}) a code that is not the one {@link #askToShow} mailed; counts wrong tries. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public void requireShowCode(AdmissionApplication a, String typedCode, String ip) {
        requireCode(SHOW_PURPOSE, a, typedCode, "showCode");
        events.shown(a, ip);
    }

    static final String CORRECT_PURPOSE = "admission.correct";

    /**
     * Checks a correction and mails a code for it to the application's address (nothing is saved):
     * the code and the e-mail address are on the school's screens, and a changed address moves the
     * child between zone groups, so whoever corrects must also read the family's mail.
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public void askToCorrect(long schoolSiteId, String code, String email, String phone, String curWard, String curStreet,
            String ip) {
        AdmissionApplication a = owned(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        // Whatever is typed gets a code, as the application holds it or not: "nothing differs" told whoever holds a
        // receipt whether a guess of the phone or the street was right. The mail names the fields typed, not their
        // values (someone else's words in the school's mail).
        ApplicationEvents.Values asked = new ApplicationEvents.Values(phone, curWard, curStreet);
        if (ApplicationEvents.typedFields(asked, java.util.Locale.ROOT).isEmpty()) {
            throw FieldErrors.of("phone", "admission.correct.nothing");
        }
        ApplicationEvents.Values typed = correction(a, phone, curWard, curStreet);
        Optional<OneTimeCodes.Issued> issued = codes.issue(CORRECT_PURPOSE, correctionSubject(a, typed), a.email, ip);
        if (issued.isEmpty()) {
            throw FieldErrors.of("correctCode", "admission.code.limit");
        }
        events.correctionCode(a, issued.get().code(), asked);
    }

    /**
     * The code confirms these values and no others: the mail names them, and a code asked for one
     * address did not save another one typed after it.
     */
    private static String correctionSubject(AdmissionApplication a, ApplicationEvents.Values typed) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest((typed.phone() + "\n" + typed.ward()
                    + "\n" + typed.street()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "application:" + a.getId() + ":" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Corrections by the parent while registration is open, with the code {@link #askToCorrect} mailed: contact and current address. */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public AdmissionApplication correct(long schoolSiteId, String code, String email, String phone, String curWard,
            String curStreet, String typedCode, String ip) {
        AdmissionApplication a = owned(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        ApplicationEvents.Values typed = correction(a, phone, curWard, curStreet);
        OneTimeCodes.Check check = codes.verify(CORRECT_PURPOSE, correctionSubject(a, typed), a.email, typedCode);
        if (check != OneTimeCodes.Check.OK) {
            // One answer for every refusal: "no code for these values" against "wrong code" told whoever holds the
            // receipt which typed phone or street is the one the application holds.
            throw FieldErrors.of("correctCode", "admission.correct.codeOther");
        }
        ApplicationEvents.Values before = ApplicationEvents.Values.of(a);
        String fields = ApplicationEvents.changedFields(before, typed);
        a.setPhone(typed.phone());
        a.setCurrent(a.getCurrent().moved(typed.ward(), typed.street()));
        Zones.Grouping g = rounds.grouping(a.campaignId, a.siteId, a.getCurrent().ward, a.getCurrent().street);
        a.setZoneGroup(g.group());
        a.setZoneNote(Texts.get(PortalViewHandler.VIETNAMESE, g.key(), g.args().toArray()));
        a.setUpdatedAt(Instant.now());
        if (!fields.isEmpty()) {
            events.corrected(a, before, fields, ip);
        }
        return a;
    }

    /**
     * The correction's values as kept, or refused next to their fields; only while registration is open.
     * An empty field keeps what the application holds: the look-up shows neither the phone nor the street
     * (whoever holds the code and the address could be someone the family showed its receipt).
     */
    private ApplicationEvents.Values correction(AdmissionApplication a, String phone, String curWard, String curStreet) {
        AdmissionCampaign c = rounds.rules(a.campaignId);
        Phases.require(c.windows(), Phases.Action.CORRECT, clock.now(), "code");
        if (!a.status.openToParent()) {
            throw FieldErrors.of("code", "admission.correct.closed", AdmissionRounds.day(c.registrationTo));
        }
        phone = orKept(vn.edu.portal.forms.TypedText.phone(vn.edu.portal.forms.TypedText.line(phone)), a.getPhone());
        curWard = orKept(vn.edu.portal.forms.TypedText.line(curWard), a.getCurrent().getWard());
        curStreet = orKept(vn.edu.portal.forms.TypedText.line(curStreet), a.getCurrent().getStreet());
        FieldErrors errors = new FieldErrors();
        if (!vn.edu.portal.forms.TypedText.isPhone(phone)) {
            errors.add("phone", "admission.field.phone");
        }
        if (curWard.isEmpty() || curWard.length() > 100) {
            errors.add("curWard", "admission.field.required");
        }
        if (curStreet.isEmpty() || curStreet.length() > 200) {
            errors.add("curStreet", "admission.field.required");
        }
        errors.throwIfAny();
        return new ApplicationEvents.Values(phone, curWard, curStreet);
    }

    private static String orKept(String typed, String kept) {
        return typed.isEmpty() && kept != null ? kept : typed;
    }

    static final String ENROL_PURPOSE = "admission.enrol";

    /**
     * The first press of "confirm enrolment": a code goes to the application's own address. The code
     * and the address, all the look-up asks, are on a receipt a family may have shared, and whoever
     * confirms chooses the child's school for the family (and ends its place on other waiting lists).
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public String askToEnrol(AdmissionApplication a, Instant now, String ip) {
        if (a.status == ApplicationStatus.ENROLLED) {
            throw FieldErrors.of("code", "admission.enrol.already");
        }
        requireEnrollable(a, now);
        return mailCode(ENROL_PURPOSE, a, ip, "enrolCode", events::enrolmentCode);
    }

    /**
     * Enrolment confirmed online by the deadline, with the code {@link #askToEnrol} mailed; wrong tries
     * are counted although refused. The receipt number goes into the e-mail.
     */
    @Transactional(dontRollbackOn = FieldErrors.class)
    public AdmissionApplication confirmEnrolment(long schoolSiteId, String code, String email, String typedCode, Instant now) {
        AdmissionApplication a = owned(schoolSiteId, code, email).orElseThrow(() -> FieldErrors.of("code", "admission.lookup.none"));
        if (a.status == ApplicationStatus.ENROLLED) {
            return a;
        }
        requireEnrollable(a, now);
        requireCode(ENROL_PURPOSE, a, typedCode, "enrolCode");
        a.setEnrolledAt(now);
        a.setEnrolReceipt("NH-" + codeGenerator.next());
        events.move(a, ApplicationStatus.ENROLLED, null, "parent");
        return a;
    }

    /** Refuses (on the field {@code code}) unless the family sees the child admitted and may confirm now. */
    private void requireEnrollable(AdmissionApplication a, Instant now) {
        AdmissionCampaign c = rounds.rules(a.campaignId);
        if (AdmissionLists.shown(a.status, c, now) != ApplicationStatus.ADMITTED) {
            throw FieldErrors.of("code", "admission.enrol.notAdmitted");
        }
        if (!AdmissionDraw.mayConfirm(c, now)) {
            Phases.require(c.windows(), Phases.Action.CONFIRM_ENROLMENT, now, "code");
            throw FieldErrors.of("code", "admission.enrol.late", AdmissionRounds.day(c.enrolmentTo));
        }
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
