package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.notify.MailMessage;
import vn.edu.portal.notify.Notifier;
import vn.edu.portal.tenant.SiteDirectory;

/**
 * The outbox: every message the portal sent or will send; a school admin sees his school's. A mail to
 * a family (a receipt, a status with the school's notes) is the school's staff's to read, as the
 * family's files are (domain §6): a department admin without a role at the school sees its subject and
 * a masked address once a mail server delivers it. In the demo, without one, the outbox is how mail
 * reaches anyone, so it is shown whole.
 */
@Named
@RequestScoped
public class OutboxPage {

    private static final int MAX = 200;

    @Inject
    AdminShell shell;

    @Inject
    Notifier notifier;

    @Inject
    SiteDirectory directory;

    private List<MailMessage> messages;

    public List<MailMessage> getMessages() {
        if (messages == null) {
            StaffContext staff = shell.staff();
            messages = notifier.outbox(staff.site() != null ? staff.siteId() : null, MAX);
        }
        return messages;
    }

    /** The body this reader may see: null for a secret, or for a family's mail of a school that is not his. */
    public String body(MailMessage m) {
        return familysOfAnotherSchool(m) ? null : m.getShownBody();
    }

    /** The addressee this reader may see ("p***@example.vn" for a family's mail of another school). */
    public String recipient(MailMessage m) {
        String to = m.getRecipient();
        int at = to == null ? -1 : to.indexOf('@');
        return familysOfAnotherSchool(m) && at > 0 ? to.charAt(0) + "***" + to.substring(at) : to;
    }

    /** Whether the body is withheld as a family's personal data, not as a secret. */
    public boolean withheld(MailMessage m) {
        return familysOfAnotherSchool(m);
    }

    private boolean familysOfAnotherSchool(MailMessage m) {
        StaffContext staff = shell.staff();
        if (!hidden(staff.departmentAdmin(), false, m.getStatus(), m.getPurpose()) || m.getSiteId() == null) {
            return false; // not a department admin, not delivered, or not a family's mail: no role to look up
        }
        boolean mayRead = directory.byId(m.getSiteId()).map(shell::personalDataOf).orElse(true); // asked once a site
        return hidden(true, mayRead, m.getStatus(), m.getPurpose());
    }

    /** The rule, apart from where its facts come from (see the class). */
    static boolean hidden(boolean departmentAdmin, boolean mayReadTheSchools, MailMessage.Status status, String purpose) {
        return departmentAdmin && !mayReadTheSchools && status != MailMessage.Status.KEPT && purpose != null
                && (purpose.startsWith("admission.") || purpose.startsWith("procedure.") || purpose.startsWith("submission."));
    }
}
