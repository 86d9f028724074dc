package vn.edu.portal.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.platform.PortalViewHandler;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Status changes of applications, each kept in the history, and the e-mails that tell the
 * family: with as little personal data as possible and how to check it on the portal. A result
 * of the allocation is recorded when it is computed but mailed only once results are published
 * and their day has come ({@link AdmissionDraw#mailResults}).
 */
@ApplicationScoped
public class ApplicationEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    SiteDirectory directory;

    /** Moves the application, keeps the change, and mails the family. */
    void move(AdmissionApplication a, ApplicationStatus next, String reason, String actor) {
        moveQuietly(a, next, reason, actor);
        mail(a, "admission.mail.status");
    }

    /** Moves the application and keeps the change, without a mail (a result still sealed). */
    void moveQuietly(AdmissionApplication a, ApplicationStatus next, String reason, String actor) {
        a.moveTo(next, reason);
        em.persist(new AdmissionStatusChange(a.getId(), a.siteId, next, reason, actor));
    }

    /** The message of {@code key} about the application's current status. */
    void mail(AdmissionApplication a, String key) {
        String school = directory.byId(a.siteId).map(SiteInfo::name).orElse("");
        String status = Texts.get(PortalViewHandler.VIETNAMESE, "admission.status." + a.status.name());
        String reason = a.statusReason == null ? "" : a.statusReason;
        notifier.email(a.siteId, a.email, Texts.get(PortalViewHandler.VIETNAMESE, key + ".subject", a.code),
                Texts.get(PortalViewHandler.VIETNAMESE, key + ".body", a.code, school, status, reason), key);
    }
}
