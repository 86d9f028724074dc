package vn.edu.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.logging.Logger;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.tenant.SiteDirectory;

/**
 * The first department admin of a real installation, created once through {@code /setup} with a
 * token: {@code PORTAL_SETUP_TOKEN} if set, otherwise a random one printed in the server log.
 * When a department admin exists the page is gone.
 */
@ApplicationScoped
public class SetupService {

    private static final Logger LOG = Logger.getLogger(SetupService.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    AccountService accounts;

    @Inject
    SiteDirectory directory;

    @PersistenceContext
    EntityManager em;

    private volatile String token;
    private volatile boolean done;

    public boolean needed() {
        if (done) {
            return false;
        }
        boolean needed = !accounts.anyDepartmentAdmin();
        done = !needed;
        return needed;
    }

    /** Logs where and with which token the first admin is created. */
    public void announce(String baseUrl) {
        LOG.warning(() -> "\n================================================================\n"
                + " No department admin yet. Open " + baseUrl + "/setup and enter this set-up token:\n"
                + "   " + token() + "\n"
                + "================================================================");
    }

    private synchronized String token() {
        if (token == null) {
            String configured = config.get("portal.setup.token", "");
            if (configured.length() >= 16) {
                token = configured;
            } else {
                byte[] bytes = new byte[18];
                new SecureRandom().nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
            }
        }
        return token;
    }

    @Transactional
    public void complete(String givenToken, AccountService.NewAccount admin, String ip) {
        if (!needed()) {
            throw FieldErrors.of("token", "setup.done");
        }
        if (givenToken == null || !MessageDigest.isEqual(token().getBytes(StandardCharsets.UTF_8),
                givenToken.strip().getBytes(StandardCharsets.UTF_8))) {
            throw FieldErrors.of("token", "setup.token.wrong");
        }
        long departmentSiteId = directory.departmentSite().orElseThrow().id();
        accounts.create(departmentSiteId, new AccountService.NewAccount(admin.username(), admin.fullName(),
                admin.email(), admin.password(), Role.DEPARTMENT_ADMIN), EnumSet.of(Role.DEPARTMENT_ADMIN),
                "setup", ip);
        done = true;
    }
}
