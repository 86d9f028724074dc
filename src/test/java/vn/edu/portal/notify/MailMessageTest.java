package vn.edu.portal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A message that carries a secret (a reset link, a one-time code) is for its addressee only: once a
 * mail server is to deliver it, the outbox does not show its body, and delivered, the body is gone.
 * A department admin could otherwise ask a reset for another admin's account and open the link from
 * the outbox. Without a mail server (the demo) the outbox is how messages reach anyone: shown.
 */
class MailMessageTest {

    private static MailMessage message(String purpose, MailMessage.Status status) {
        return new MailMessage(null, "hieu.truong@example.vn", "Đặt lại mật khẩu",
                "Mở liên kết: https://so-gd.example.vn/dat-lai-mat-khau?t=secret", purpose, status);
    }

    @Test
    void aSecretIsNotShownOnceAMailServerDeliversIt() {
        MailMessage reset = message("account.reset", MailMessage.Status.PENDING);
        assertNull(reset.getShownBody(), "waiting for the mail server");
        reset.delivered();
        assertNull(reset.getShownBody());
        assertEquals("", reset.getBody(), "erased once delivered");
    }

    @Test
    void otherMessagesAndTheDemosOutboxShowTheirBodies() {
        MailMessage reminder = message("disclosure.reminder", MailMessage.Status.PENDING);
        reminder.delivered();
        assertEquals("Mở liên kết: https://so-gd.example.vn/dat-lai-mat-khau?t=secret", reminder.getShownBody());
        MailMessage kept = message("admission.code", MailMessage.Status.KEPT);
        assertEquals(kept.getBody(), kept.getShownBody(), "no mail server: the outbox is the way it reaches anyone");
    }
}
