package vn.edu.portal.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Throttles;
import vn.edu.portal.security.PasswordResets;

/**
 * The two pages of a staff password reset: {@code /quen-mat-khau} asks for a user name or e-mail
 * address and always answers the same; {@code /dat-lai-mat-khau?t=...} sets the new password.
 */
@Named
@ViewScoped
public class PasswordResetPages implements Serializable {

    @Inject
    transient PasswordResets resets;

    @Inject
    transient PortalConfig config;

    private String who;
    private String token;
    private String password;
    private String confirm;
    private boolean sent;

    @PostConstruct
    void init() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
    }

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            Duration wait = resets.request(who, linkBase(request), Clients.address(request));
            if (!wait.isZero()) {
                HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(Throttles.retryAfterSeconds(wait)));
                Texts.error("reset.tooMany");
                return;
            }
            sent = true;
        } catch (FieldErrors e) {
            Texts.show("forgot", e);
        }
    }

    public String reset() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            if (password == null || !password.equals(confirm)) {
                throw FieldErrors.of("confirm", "account.password.mismatch");
            }
            resets.complete(token, password, Clients.address(request));
        } catch (FieldErrors e) {
            if (resets.usernameFor(token).isEmpty()) {
                ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            Texts.show("reset", e);
            password = null;
            confirm = null;
            return null;
        }
        faces.getExternalContext().redirect(request.getContextPath() + "/login?reset=done");
        faces.responseComplete();
        return null;
    }

    /**
     * Links start with the configured public address ({@code portal.public.base-url}); never with the
     * request's Host header on a real installation, which anyone can set (a link to his own host would
     * hand him the token). Without the setting: the department's domain over HTTPS; in the demo, this
     * server's own port on {@code localhost} (the address the demo prints), still never the Host header.
     */
    private String linkBase(HttpServletRequest request) {
        String base = config.get("portal.public.base-url", "");
        if (!base.isBlank()) {
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        if (!config.embeddedDatabase()) {
            return "https://" + config.departmentDomain();
        }
        return "http://localhost" + (request.getLocalPort() == 80 ? "" : ":" + request.getLocalPort())
                + request.getContextPath();
    }

    /** Whether the link in the address can still be used (the form is shown only then). */
    public boolean isLinkUsable() {
        return resets.usernameFor(token).isPresent();
    }

    public String getUsernameOfLink() {
        return resets.usernameFor(token).orElse("");
    }

    public boolean isSent() { return sent; }
    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
