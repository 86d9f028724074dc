package vn.edu.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import vn.edu.portal.platform.Throttles;
import vn.edu.portal.security.AccountService;

/**
 * How failed logins slow down further tries, built on {@link Throttles}: per account name (known
 * or not, so the behaviour tells nobody which names exist) and per client address (one address
 * trying many names). Growing delays, never a lock: five free failures per account, then waits
 * doubling from 1 second up to 5 minutes, so nobody can keep the owner out for longer than that;
 * twenty per address (a school behind one NAT address has many staff), then doubling up to 15 minutes. Configured as {@code portal.throttle.login-account}
 * and {@code portal.throttle.login-address} ({@code free/first/max/forget} in seconds).
 */
@ApplicationScoped
public class LoginGuard {

    static final String ACCOUNT = "login-account";
    static final String ADDRESS = "login-address";
    static final Throttles.Backoff ACCOUNT_BACKOFF = Throttles.Backoff.of(5, Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofDays(1));
    static final Throttles.Backoff ADDRESS_BACKOFF = Throttles.Backoff.of(20, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofDays(1));

    @Inject
    Throttles throttles;

    /** How long this login must wait (the longer of the account's and the address's delays). */
    public Duration delay(String username, String address) {
        Duration account = throttles.delay(ACCOUNT, key(username), ACCOUNT_BACKOFF);
        Duration from = throttles.delay(ADDRESS, address, ADDRESS_BACKOFF);
        return account.compareTo(from) >= 0 ? account : from;
    }

    public void failed(String username, String address) {
        throttles.failed(ACCOUNT, key(username), ACCOUNT_BACKOFF);
        throttles.failed(ADDRESS, address, ADDRESS_BACKOFF);
    }

    /** A login went through: the account's failures are forgotten (the address's are not: it may hold many names). */
    public void succeeded(String username) {
        throttles.forget(ACCOUNT, key(username));
    }

    static String key(String username) {
        return AccountService.typedName(username);
    }
}
