package vn.edu.portal.security;

import java.util.logging.Logger;

/**
 * How many PBKDF2 iterations a new password hash gets: 210,000 (OWASP's figure for
 * PBKDF2-HMAC-SHA512), which is about 0.3 s of a core. {@code portal.security.password.iterations}
 * may lower it for test runs only (the integration tests log in some 600 times a run, which cost
 * minutes of CI); the server then warns at every start, and a hash with fewer iterations than
 * configured is made again, with the configured number, at its account's next login
 * ({@link AccountService#verifyLogin}), so a database filled by a test run is never left weak.
 * Stored hashes name their own count ({@code PBKDF2WithHmacSHA512:<iterations>:<salt>:<key>}):
 * changing the setting never locks anyone out.
 */
final class HashStrength {

    static final int ITERATIONS = 210_000;
    /** Even a test run gets a real hash (and Soteria takes no fewer). */
    static final int FLOOR = 1_024;

    private HashStrength() {
    }

    /** The configured count ({@link #ITERATIONS} unless set), never under {@link #FLOOR}; a lower one is warned about. */
    static int configured(int setting) {
        int iterations = Math.max(FLOOR, setting);
        if (iterations < ITERATIONS) {
            Logger.getLogger(HashStrength.class.getName()).warning(() -> "portal.security.password.iterations="
                    + iterations + ": new password hashes get fewer than " + ITERATIONS
                    + " PBKDF2 iterations. For test runs only, never in production.");
        }
        return iterations;
    }

    /** True if {@code stored} is a PBKDF2 hash of fewer iterations than {@code iterations} (or names no count). */
    static boolean weakerThan(String stored, int iterations) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4) {
            return false; // not a hash of this kind: verifying it failed already
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
