package vn.edu.portal.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.QrCodes;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.Totp;

/** A staff member turns the second factor (an authenticator app) on or off for his own account. */
@Named
@ViewScoped
public class SecurityPage implements Serializable {

    @Inject
    transient AdminShell shell;

    @Inject
    transient AccountService accounts;

    @Inject
    transient PortalConfig config;

    @Inject
    transient StaffSessions sessions;

    private String secret;
    private String code;
    private String password;
    private String startPassword;

    public boolean isEnabled() {
        return accounts.totpEnabled(shell.staff().username());
    }

    /** A new secret to scan, once the password has been given again (a session alone is not enough). */
    public void start() {
        try {
            secret = accounts.startTotp(shell.staff().accountId(), startPassword, shell.staff().ip());
        } catch (FieldErrors e) {
            Texts.show("start", e);
        }
        startPassword = null;
    }

    public String getQr() {
        return secret == null ? null
                : QrCodes.svg(Totp.uri(config.departmentName(), shell.staff().username(), secret), "TOTP");
    }

    public void confirm() {
        try {
            var account = accounts.confirmTotp(shell.staff().accountId(), code, shell.staff().ip());
            carryOn(account);
            secret = null;
            Texts.info("totp.enabled");
        } catch (FieldErrors e) {
            Texts.show("totp", e);
        }
        code = null;
    }

    public void disable() {
        try {
            carryOn(accounts.disableTotp(shell.staff().accountId(), password, shell.staff().ip()));
            Texts.info("totp.disabled");
        } catch (FieldErrors e) {
            Texts.show("off", e);
        }
        password = null;
    }

    /** The other sessions of the account end; this one carries on in the new epoch. */
    private void carryOn(vn.edu.portal.security.Account account) {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        sessions.carryOn((jakarta.servlet.http.HttpServletRequest) external.getRequest(),
                (jakarta.servlet.http.HttpServletResponse) external.getResponse(), account);
    }

    public String getStartPassword() { return startPassword; }
    public void setStartPassword(String startPassword) { this.startPassword = startPassword; }
    public String getSecret() { return secret; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
