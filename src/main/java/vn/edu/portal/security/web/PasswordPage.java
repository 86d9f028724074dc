package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.AccountService;

/** A staff member changes his own password. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    AdminShell shell;

    @Inject
    AccountService accounts;

    private String current;
    private String password;
    private String confirm;

    public void save() {
        try {
            if (password != null && !password.equals(confirm)) {
                throw FieldErrors.of("confirm", "account.password.mismatch");
            }
            accounts.changeOwnPassword(shell.staff().accountId(), current, password, shell.staff().ip());
            Texts.info("account.password.changed");
        } catch (FieldErrors e) {
            Texts.show("pw", e);
        }
        current = null;
        password = null;
        confirm = null;
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
