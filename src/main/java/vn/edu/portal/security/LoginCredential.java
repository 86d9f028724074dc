package vn.edu.portal.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** What the login form sends: user name, password and, for accounts with a second factor, the code. */
public class LoginCredential extends UsernamePasswordCredential {

    private final String code;

    public LoginCredential(String username, String password, String code) {
        super(username, password);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
