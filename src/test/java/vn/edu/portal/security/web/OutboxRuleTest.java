package vn.edu.portal.security.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.edu.portal.notify.MailMessage;

/** A family's mail is the school's staff's to read, as its files are (the school-admin probe, finding 102). */
class OutboxRuleTest {

    @Test
    void aDepartmentAdminDoesNotReadAFamilysDeliveredMailOfASchoolThatIsNotHis() {
        assertTrue(OutboxPage.hidden(true, false, MailMessage.Status.SENT, "admission.mail.status"));
        assertTrue(OutboxPage.hidden(true, false, MailMessage.Status.PENDING, "procedure.mail.received"));
        assertFalse(OutboxPage.hidden(true, false, MailMessage.Status.KEPT, "admission.mail.status"),
                "no mail server (the demo): the outbox is how it reaches anyone");
        assertFalse(OutboxPage.hidden(true, true, MailMessage.Status.SENT, "admission.mail.status"), "a role at the school");
        assertFalse(OutboxPage.hidden(false, false, MailMessage.Status.SENT, "admission.mail.status"), "the school's staff");
        assertFalse(OutboxPage.hidden(true, false, MailMessage.Status.SENT, "disclosure.reminder"), "not a family's mail");
    }
}
