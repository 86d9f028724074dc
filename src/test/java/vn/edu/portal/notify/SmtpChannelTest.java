package vn.edu.portal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Jakarta Mail against a small SMTP server on loopback: what leaves the portal, byte for byte. */
class SmtpChannelTest {

    /** Accepts one message and keeps the DATA part. */
    private static final class OneMessageServer implements Runnable {
        final ServerSocket socket = new ServerSocket(0);
        final List<String> commands = new ArrayList<>();
        final StringBuilder data = new StringBuilder();

        OneMessageServer() throws java.io.IOException {
        }

        @Override
        public void run() {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                out.print("220 test ESMTP\r\n");
                out.flush();
                String line;
                boolean inData = false;
                while ((line = in.readLine()) != null) {
                    if (inData) {
                        if (line.equals(".")) {
                            inData = false;
                            out.print("250 queued\r\n");
                        } else {
                            data.append(line).append("\r\n");
                        }
                    } else {
                        commands.add(line);
                        if (line.startsWith("EHLO")) {
                            out.print("250-test\r\n250 8BITMIME\r\n");
                        } else if (line.equals("DATA")) {
                            inData = true;
                            out.print("354 go ahead\r\n");
                        } else if (line.equals("QUIT")) {
                            out.print("221 bye\r\n");
                            out.flush();
                            return;
                        } else {
                            out.print("250 ok\r\n");
                        }
                    }
                    out.flush();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void aMessageGoesOutOverSmtpInUtf8() throws Exception {
        OneMessageServer server = new OneMessageServer();
        Thread thread = new Thread(server);
        thread.start();
        SmtpChannel channel = new SmtpChannel();
        channel.configure("127.0.0.1", String.valueOf(server.socket.getLocalPort()), "false", "", "",
                "no-reply@so-gd.example.vn", "Sở Giáo dục và Đào tạo");
        MailMessage message = new MailMessage(1L, "phuhuynh@example.vn", "Mã xác nhận hồ sơ: 123456",
                "Mã xác nhận để nộp hồ sơ \"Đơn xin nghỉ học\" là: 123456", "procedure.code", MailMessage.Status.PENDING);
        channel.deliver(message);
        thread.join(10_000);
        server.socket.close();
        assertTrue(server.commands.contains("RCPT TO:<phuhuynh@example.vn>"), server.commands.toString());
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(server.data.toString().getBytes(StandardCharsets.US_ASCII)));
        assertEquals("Mã xác nhận hồ sơ: 123456", received.getSubject());
        assertTrue(received.getContent().toString().contains("Đơn xin nghỉ học"), received.getContent().toString());
        assertTrue(received.getFrom()[0].toString().contains("no-reply@so-gd.example.vn"));
    }

    @Test
    void aServerThatIsDownIsAFailureToRetryLater() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SmtpChannel channel = new SmtpChannel();
        channel.configure("127.0.0.1", String.valueOf(closedPort), "false", "", "", "a@b.vn", "Sở");
        MailMessage message = new MailMessage(1L, "x@example.vn", "S", "B", "test", MailMessage.Status.PENDING);
        assertThrows(Exception.class, () -> channel.deliver(message));
        message.attemptFailed("connection refused", 3);
        assertEquals(MailMessage.Status.PENDING, message.getStatus());
        assertTrue(message.getNextAttemptAt().isAfter(java.time.Instant.now().plusSeconds(50)), "backs off a minute");
        message.attemptFailed("connection refused", 3);
        message.attemptFailed("connection refused", 3);
        assertEquals(MailMessage.Status.FAILED, message.getStatus(), "gives up after the last attempt");
    }
}
