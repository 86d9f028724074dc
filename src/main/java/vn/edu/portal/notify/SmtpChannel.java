package vn.edu.portal.notify;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import vn.edu.portal.platform.PortalConfig;

/** E-mail over SMTP with Jakarta Mail, configured by {@code portal.mail.*} (see docs/configuration.md). */
@ApplicationScoped
public class SmtpChannel implements Channel {

    @Inject
    PortalConfig config;

    private Session session;
    private String from;
    private String fromName;

    @PostConstruct
    void init() {
        String host = config.get("portal.mail.smtp.host", "");
        if (host.isBlank() && !config.embeddedDatabase()) {
            // On a real database without a mail server, no code, reset link or notice ever leaves: say so at start.
            java.util.logging.Logger.getLogger(SmtpChannel.class.getName()).warning("portal.mail.smtp.host is not set:"
                    + " mail is only kept in the outbox (status KEPT) and never sent, not even later (docs/configuration.md)");
        }
        if (!host.isBlank()) {
            configure(host, config.get("portal.mail.smtp.port", "587"), config.get("portal.mail.smtp.starttls", "true"),
                    config.get("portal.mail.smtp.user", ""), config.get("portal.mail.smtp.password", ""),
                    config.get("portal.mail.from", "no-reply@" + config.departmentDomain()), config.departmentName());
        }
    }

    void configure(String host, String port, String starttls, String user, String password, String from, String fromName) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", port);
        props.put("mail.smtp.starttls.enable", starttls);
        // "Use STARTTLS" means TLS or no mail: a server that does not offer it (or a man in the middle who strips
        // the offer) is refused, never written to in clear with the password.
        props.put("mail.smtp.starttls.required", starttls);
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        Authenticator auth = null;
        if (!user.isBlank()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        this.session = Session.getInstance(props, auth);
        this.from = from;
        this.fromName = fromName;
    }

    @Override
    public boolean enabled() {
        return session != null;
    }

    @Override
    public void deliver(MailMessage message) throws Exception {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(mime);
    }
}
