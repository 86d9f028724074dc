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

    private String secret;
    private String code;
    private String password;

    public boolean isEnabled() {
        return accounts.totpEnabled(shell.staff().username());
    }

    public void start() {
        secret = accounts.startTotp(shell.staff().accountId());
    }

    public String getQr() {
        return secret == null ? null
                : QrCodes.svg(Totp.uri(config.departmentName(), shell.staff().username(), secret), "TOTP");
    }

    public void confirm() {
        try {
            accounts.confirmTotp(shell.staff().accountId(), code, shell.staff().ip());
            secret = null;
            Texts.info("totp.enabled");
        } catch (FieldErrors e) {
            Texts.show("totp", e);
        }
        code = null;
    }

    public void disable() {
        try {
            accounts.disableTotp(shell.staff().accountId(), password, shell.staff().ip());
            Texts.info("totp.disabled");
        } catch (FieldErrors e) {
            Texts.show("off", e);
        }
        password = null;
    }

    public String getSecret() { return secret; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
