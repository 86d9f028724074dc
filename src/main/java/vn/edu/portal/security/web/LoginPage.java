package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Throttles;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.platform.AuditLog;
import vn.edu.portal.security.LoginCredential;
import vn.edu.portal.security.PortalIdentityStore;

/**
 * The staff login form. Every failed login gets one answer, whatever was wrong (the name, the
 * password, the second factor's code, or a wait still running), a 401 (429 with Retry-After while
 * a delay runs) and an audit entry with the client's address. Failures slow further tries down
 * ({@link LoginGuard}); nothing locks an account. On success the session starts afresh
 * ({@link StaffSessions}).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    PortalIdentityStore identities;

    @Inject
    AccountService accounts;

    @Inject
    LoginGuard guard;

    @Inject
    StaffSessions sessions;

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
        String ip = Clients.address(request);
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
        String name = username.strip();
        String typed = name.length() > 60 ? name.substring(0, 60) : name;
        Duration wait = guard.delay(name, ip);
        if (!wait.isZero()) {
            audit.recordSeparately(typed, null, "login.delayed", null, ip);
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Throttles.retryAfterSeconds(wait)));
            refused();
            return null;
        }
        CredentialValidationResult result = identities.validate(new LoginCredential(name, password, code));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            String caller = result.getCallerPrincipal().getName();
            guard.succeeded(name);
            sessions.start(request, response, accounts.find(caller).orElseThrow());
            audit.record(caller, null, "login", null, ip);
            external.redirect(request.getContextPath() + safeNext());
            faces.responseComplete();
            return null;
        }
        guard.failed(name, ip);
        audit.recordSeparately(typed, null, "login.failed", null, ip);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "FormBased");
        refused();
        return null;
    }

    /** The one answer to every failed login. */
    private void refused() {
        Texts.error("login.failed");
        password = null;
        code = null;
    }

    /** Only a path of the admin console, never another host. */
    private String safeNext() {
        if (next != null && next.startsWith("/admin/") && !next.contains("//") && !next.contains("\\")
                && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
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
