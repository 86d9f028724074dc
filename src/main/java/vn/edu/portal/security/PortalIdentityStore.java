package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Set;

/**
 * Checks staff logins against the account table (password, then the second factor where it is
 * on); every staff member is in the group "staff". Every failure is the same INVALID result.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    public static final String STAFF = "staff";

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(LoginCredential credential) {
        return result(credential.getCaller(), accounts.verifyLogin(credential.getCaller(), credential.getPasswordAsString(),
                credential.getCode()));
    }

    /** A login without a code: accounts with a second factor are refused. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return result(credential.getCaller(), accounts.verifyLogin(credential.getCaller(), credential.getPasswordAsString(), null));
    }

    private static CredentialValidationResult result(String caller, boolean ok) {
        return ok ? new CredentialValidationResult(caller.trim().toLowerCase(Locale.ROOT), Set.of(STAFF))
                : CredentialValidationResult.INVALID_RESULT;
    }
}
