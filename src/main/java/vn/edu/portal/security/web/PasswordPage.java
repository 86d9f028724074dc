package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.Account;
import vn.edu.portal.security.AccountService;

/**
 * A staff member's own account: his password and his e-mail address (where reset links go), each
 * changed only with the current password. A new password ends every other session of the account;
 * this one carries on. After an admin reset this is the only page open until the password is changed.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    AdminShell shell;

    @Inject
    AccountService accounts;

    @Inject
    StaffSessions sessions;

    private String current;
    private String password;
    private String confirm;
    private String email;
    private String emailPassword;

    public void save() {
        try {
            if (password != null && !password.equals(confirm)) {
                throw FieldErrors.of("confirm", "account.password.mismatch");
            }
            Account account = accounts.changeOwnPassword(shell.staff().accountId(), current, password, shell.staff().ip());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            sessions.carryOn((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(), account);
            Texts.info("account.password.changed");
        } catch (FieldErrors e) {
            Texts.show("pw", e);
        }
        current = null;
        password = null;
        confirm = null;
    }

    public void saveEmail() {
        try {
            accounts.changeOwnEmail(shell.staff().accountId(), emailPassword, email, shell.staff().ip());
            Texts.info("account.email.changed");
        } catch (FieldErrors e) {
            Texts.show("mail", e);
        }
        emailPassword = null;
    }

    /** Whether an admin set the password and the owner must choose his own first. */
    public boolean isMustChange() {
        return accounts.find(shell.staff().accountId()).map(Account::isMustChangePassword).orElse(false);
    }

    public String getEmail() {
        if (email == null) {
            email = accounts.find(shell.staff().accountId()).map(Account::getEmail).orElse("");
        }
        return email;
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
    public void setEmail(String email) { this.email = email; }
    public String getEmailPassword() { return emailPassword; }
    public void setEmailPassword(String emailPassword) { this.emailPassword = emailPassword; }
}
