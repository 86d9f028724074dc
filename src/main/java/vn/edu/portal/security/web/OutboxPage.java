package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.edu.portal.notify.MailMessage;
import vn.edu.portal.notify.Notifier;

/** The outbox: every message the portal sent or will send; a school admin sees his school's. */
@Named
@RequestScoped
public class OutboxPage {

    private static final int MAX = 200;

    @Inject
    AdminShell shell;

    @Inject
    Notifier notifier;

    private List<MailMessage> messages;

    public List<MailMessage> getMessages() {
        if (messages == null) {
            StaffContext staff = shell.staff();
            messages = notifier.outbox(staff.site() != null ? staff.siteId() : null, MAX);
        }
        return messages;
    }
}
