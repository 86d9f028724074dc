package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.AuditLog;

/** The staff login form. Throttled per account (lock) and per address; the session id changes on success. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    private String username;
    private String password;
    private String code;
    private String next;

    @jakarta.annotation.PostConstruct
    void init() {
        next = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next");
    }

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String ip = request.getRemoteAddr();
        FieldErrors errors = new FieldErrors();
        if (username == null || username.isBlank()) {
            errors.add("username", "validation.required");
        }
        if (password == null || password.isEmpty()) {
            errors.add("password", "validation.required");
        }
        if (!errors.isEmpty()) {
            Texts.show("login", errors);
            return null;
        }
        if (throttle.blocked(ip)) {
            Texts.error("login.throttled");
            return null;
        }
        long locked = accounts.minutesLocked(username);
        if (locked > 0) {
            Texts.error("login.locked", locked);
            return null;
        }
        if (accounts.totpEnabled(username.strip()) && !accounts.checkTotp(username.strip(), code)) {
            throttle.failed(ip);
            audit.record(username.strip(), null, "login.totp.failed", null, ip);
            Texts.error("login.failedWithCode");
            password = null;
            code = null;
            return null;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            audit.record(request.getUserPrincipal().getName(), null, "login", null, ip);
            external.redirect(request.getContextPath() + safeNext());
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        throttle.failed(ip);
        locked = accounts.minutesLocked(username);
        if (locked > 0) {
            Texts.error("login.locked", locked);
        } else {
            Texts.error("login.failed");
        }
        password = null;
        return null;
    }

    /** Only a path of the admin console, never another host. */
    private String safeNext() {
        if (next != null && next.startsWith("/admin/") && !next.contains("//") && !next.contains("\\")) {
            return next;
        }
        return "/admin/";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
