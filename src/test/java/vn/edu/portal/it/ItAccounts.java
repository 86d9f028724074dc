package vn.edu.portal.it;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Accounts the tests log in with. On the embedded database the demo department admin exists;
 * on MariaDB the tests create the first admin through /setup with the token failsafe passes in.
 */
public final class ItAccounts {

    public static final String DEMO_ADMIN = "admin";
    public static final String DEMO_PASSWORD = "Demo@123456";
    public static final String SETUP_ADMIN = "itadmin";
    public static final String SETUP_PASSWORD = "It-Admin-Passw0rd-2026";
    public static final String SETUP_TOKEN = "it-setup-token-0123456789";
    /** Password of the accounts tests create. */
    public static final String STAFF_PASSWORD = "Staff-Passw0rd-2026";

    private ItAccounts() {
    }

    public static String adminUser() {
        return Deployments.embeddedDatabase() ? DEMO_ADMIN : SETUP_ADMIN;
    }

    public static String adminPassword() {
        return Deployments.embeddedDatabase() ? DEMO_PASSWORD : SETUP_PASSWORD;
    }

    /** A slug no other test run has used: tests run in any order, on a shared MariaDB too. */
    public static String uniqueSlug(String prefix) {
        return prefix + Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
                + ThreadLocalRandom.current().nextInt(100, 999);
    }
}
