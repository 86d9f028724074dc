package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks staff passwords against the account table; every staff member is in the group "staff". */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    public static final String STAFF = "staff";

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var result = accounts.verify(credential.getCaller(), credential.getPasswordAsString());
        if (result.outcome() == AccountService.LoginOutcome.OK) {
            return new CredentialValidationResult(credential.getCaller().trim().toLowerCase(java.util.Locale.ROOT),
                    Set.of(STAFF));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
