package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.portal.forms.FormEvents;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Status changes of applications, each kept in the forms' history ({@link FormEvents}), and the
 * e-mails that tell the family: with as little personal data as possible and how to check it on
 * the portal. A result of the allocation is recorded when it is computed but mailed only once
 * results are published and their day has come ({@link AdmissionDraw#mailResults}).
 */
@ApplicationScoped
public class ApplicationEvents {

    @Inject
    FormEvents events;

    @Inject
    SiteDirectory directory;

    @Inject
    vn.edu.portal.platform.AuditLog audit;

    /** A new application: the first step of its history, and the receipt by mail. */
    void submitted(AdmissionApplication a, String actor) {
        events.record(AdmissionService.KIND, a.getId(), a.siteId, a.status, null, actor, mailOf(a, "admission.mail.submitted"));
    }

    /** Moves the application, keeps the change, and mails the family. */
    void move(AdmissionApplication a, ApplicationStatus next, String reason, String actor) {
        a.moveTo(next, reason);
        events.record(AdmissionService.KIND, a.getId(), a.siteId, next, reason, actor, mailOf(a, "admission.mail.status"));
    }

    /** Moves the application and keeps the change, without a mail (a result still sealed). */
    void moveQuietly(AdmissionApplication a, ApplicationStatus next, String reason, String actor) {
        a.moveTo(next, reason);
        events.record(AdmissionService.KIND, a.getId(), a.siteId, next, reason, actor);
    }

    /**
     * A correction made on the look-up page (by whoever holds the code and the e-mail address): the
     * family is told at once by mail which fields changed; the mail, the history, which the look-up shows,
     * and the audit log name the fields only (the mail's copy in the outbox, which staff read and which a
     * withdrawal does not erase, held the old and new phone and street).
     */
    void corrected(AdmissionApplication a, Values before, String fields, String ip) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        events.record(AdmissionService.KIND, a.getId(), a.siteId, a.status,
                Texts.get(PortalViewHandler.VIETNAMESE, "admission.correction.note", fields), "parent",
                new FormEvents.Mail(a.email, Texts.get(language(a), "admission.mail.corrected.subject", a.code),
                        Texts.get(language(a), "admission.mail.corrected.body", a.code, school,
                                names(Values.FIELDS.stream().filter(f -> differs(f.of().apply(before), f.of().apply(Values.of(a)))), language(a))),
                        "admission.mail.corrected", language(a)));
        audit.record("parent", a.siteId, "admission.correct", a.code + ": " + fields, ip);
    }

    /** The names of the fields a correction changes, "điện thoại; phường/xã"; "" when none does. */
    static String changedFields(Values before, Values after) {
        return names(Values.FIELDS.stream().filter(f -> differs(f.of().apply(before), f.of().apply(after))), PortalViewHandler.VIETNAMESE);
    }

    /** The names of the fields typed (not blank) in {@code language}; "" when none is. */
    static String typedFields(Values typed, java.util.Locale language) {
        return names(Values.FIELDS.stream().filter(f -> f.of().apply(typed) != null && !f.of().apply(typed).isBlank()), language);
    }

    private static String names(java.util.stream.Stream<Values.Field> fields, java.util.Locale language) {
        return String.join("; ", fields.map(f -> Texts.get(language, "admission.correction.field." + f.name())).toList());
    }

    /** The values a correction may change: the phone and the current ward and street. */
    record Values(String phone, String ward, String street) {
        /** Each value by the name its message uses ({@code admission.correction.field.<name>}). */
        record Field(String name, java.util.function.Function<Values, String> of) {
        }

        static final java.util.List<Field> FIELDS = java.util.List.of(new Field("phone", Values::phone),
                new Field("ward", Values::ward), new Field("street", Values::street));

        static Values of(AdmissionApplication a) {
            return new Values(a.getPhone(), a.getCurrent().ward, a.getCurrent().street);
        }
    }

    private static boolean differs(String before, String after) {
        return !(before == null ? "" : before).equals(after);
    }

    /** The code that confirms a withdrawal, to the application's own address. */
    void withdrawalCode(AdmissionApplication a, String code) {
        codeMail(a, "admission.mail.withdrawCode", "admission.withdraw.code", code);
    }

    /** The code that shows the family everything its application holds, to the application's own address. */
    void showCode(AdmissionApplication a, String code) {
        codeMail(a, "admission.mail.showCode", "admission.show.code", code);
    }

    /** The family was shown everything its application holds: the school's audit log says when and from where. */
    void shown(AdmissionApplication a, String ip) {
        audit.record("parent", a.siteId, "admission.show", a.code, ip);
    }

    /** The code that confirms enrolment, to the application's own address. */
    void enrolmentCode(AdmissionApplication a, String code) {
        codeMail(a, "admission.mail.enrolCode", "admission.enrol.code", code);
    }

    /** The code that confirms a correction asked for on the look-up page, naming the fields typed. */
    void correctionCode(AdmissionApplication a, String code, Values typed) {
        codeMail(a, "admission.mail.correctCode", "admission.correct.code", code, typedFields(typed, language(a)));
    }

    /**
     * A code mailed to the application's address: {@code key}.subject and .body (the code, then what it
     * confirms, if anything); {@code tag} hides it from the staff's outbox.
     */
    private void codeMail(AdmissionApplication a, String key, String tag, String code, String... confirms) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        events.mail(a.siteId, new FormEvents.Mail(a.email,
                Texts.get(language(a), key + ".subject", a.code),
                Texts.get(language(a), key + ".body", a.code, school, code,
                        confirms.length == 0 ? "" : confirms[0]), tag, language(a)));
    }

    /** The message of {@code key} about the application's current status. */
    void mail(AdmissionApplication a, String key) {
        events.mail(a.siteId, mailOf(a, key));
    }

    private FormEvents.Mail mailOf(AdmissionApplication a, String key) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        String status = Texts.get(language(a), "admission.status." + a.status.name());
        String reason = a.statusReason == null ? "" : a.statusReason;
        return new FormEvents.Mail(a.email, Texts.get(language(a), key + ".subject", a.code),
                Texts.get(language(a), key + ".body", a.code, school, status, reason), key, language(a));
    }

    /** The language of the family's mails: the page's when it read the consent (Vietnamese for older applications). */
    static java.util.Locale language(AdmissionApplication a) {
        return AdmissionConsent.locale(a.language);
    }
}
