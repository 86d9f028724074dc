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
     * history says what changed, from what to what, and the family is told at once by mail.
     */
    void corrected(AdmissionApplication a, String changes) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        events.record(AdmissionService.KIND, a.getId(), a.siteId, a.status,
                Texts.get(PortalViewHandler.VIETNAMESE, "admission.correction.note", changes), "parent",
                new FormEvents.Mail(a.email, Texts.get(PortalViewHandler.VIETNAMESE, "admission.mail.corrected.subject", a.code),
                        Texts.get(PortalViewHandler.VIETNAMESE, "admission.mail.corrected.body", a.code, school, changes),
                        "admission.mail.corrected"));
    }

    /**
     * What a correction changes, "điện thoại: A → B; phường/xã: C → D", each field that differs; ""
     * when nothing does. The application still holds the values before.
     */
    static String changes(AdmissionApplication a, String phone, String ward, String street) {
        java.util.List<String> out = new java.util.ArrayList<>();
        changed(out, "admission.correction.phone", a.getPhone(), phone);
        changed(out, "admission.correction.ward", a.getCurrent().ward, ward);
        changed(out, "admission.correction.street", a.getCurrent().street, street);
        return String.join("; ", out);
    }

    private static void changed(java.util.List<String> out, String key, String before, String after) {
        String was = before == null ? "" : before;
        if (!was.equals(after)) {
            out.add(Texts.get(PortalViewHandler.VIETNAMESE, key, was, after));
        }
    }

    /** The code that confirms a withdrawal, to the application's own address. */
    void withdrawalCode(AdmissionApplication a, String code) {
        codeMail(a, "admission.mail.withdrawCode", "admission.withdraw.code", code);
    }

    /** The code that confirms enrolment, to the application's own address. */
    void enrolmentCode(AdmissionApplication a, String code) {
        codeMail(a, "admission.mail.enrolCode", "admission.enrol.code", code);
    }

    /** The code that confirms a correction asked for on the look-up page. */
    void correctionCode(AdmissionApplication a, String code, String changes) {
        codeMail(a, "admission.mail.correctCode", "admission.correct.code", code, changes);
    }

    /**
     * A code mailed to the application's address: {@code key}.subject and .body (the code, then what it
     * confirms, if anything); {@code tag} hides it from the staff's outbox.
     */
    private void codeMail(AdmissionApplication a, String key, String tag, String code, String... confirms) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        events.mail(a.siteId, new FormEvents.Mail(a.email,
                Texts.get(PortalViewHandler.VIETNAMESE, key + ".subject", a.code),
                Texts.get(PortalViewHandler.VIETNAMESE, key + ".body", a.code, school, code,
                        confirms.length == 0 ? "" : confirms[0]), tag));
    }

    /** The message of {@code key} about the application's current status. */
    void mail(AdmissionApplication a, String key) {
        events.mail(a.siteId, mailOf(a, key));
    }

    private FormEvents.Mail mailOf(AdmissionApplication a, String key) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        String status = Texts.get(PortalViewHandler.VIETNAMESE, "admission.status." + a.status.name());
        String reason = a.statusReason == null ? "" : a.statusReason;
        return new FormEvents.Mail(a.email, Texts.get(PortalViewHandler.VIETNAMESE, key + ".subject", a.code),
                Texts.get(PortalViewHandler.VIETNAMESE, key + ".body", a.code, school, status, reason), key);
    }
}
