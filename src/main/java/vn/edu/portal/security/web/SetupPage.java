package vn.edu.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.SetupService;

/** The one-time page that creates the first department admin of a real installation. */
@Named
@RequestScoped
public class SetupPage {

    @Inject
    SetupService setup;

    private String token;
    private String username;
    private String fullName;
    private String email;
    private String password;
    private String confirm;

    public String complete() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            if (password != null && !password.equals(confirm)) {
                throw FieldErrors.of("confirm", "account.password.mismatch");
            }
            setup.complete(token, new AccountService.NewAccount(username, fullName, email, password, null),
                    vn.edu.portal.platform.Clients.address(request));
        } catch (FieldErrors e) {
            Texts.show("setup", e);
            return null;
        }
        faces.getExternalContext().redirect(request.getContextPath() + "/login?setup=done");
        return null;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
