package vn.edu.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import vn.edu.portal.platform.Clients;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.security.Account;

/**
 * What makes a logged-in staff session valid, beyond Payara's session:
 * <ul>
 * <li>a second cookie, {@code PORTALAUTH}, of 128 random bits (SecureRandom), whose hash the session
 *     keeps: Payara's session ids carry about 56 random bits, so knowing or guessing one is not
 *     enough; the cookie is HttpOnly, SameSite=Lax and Secure whenever the browser talks HTTPS
 *     (directly or through a trusted proxy);</li>
 * <li>the account's session epoch when it started: a password change, an admin reset or a change
 *     of second factor moves the epoch on, and every other session of the account ends, on every
 *     server (the epoch is in the database);</li>
 * <li>an absolute lifetime ({@code portal.security.session.max-hours}, 12), whatever the activity.</li>
 * </ul>
 */
@ApplicationScoped
public class StaffSessions {

    public static final String COOKIE = "PORTALAUTH";
    static final String STARTED = "portal.session.started";
    static final String EPOCH = "portal.session.epoch";
    static final String TOKEN = "portal.session.token";
    /** The logged-in account's name: who the request is ({@link StaffIdentityFilter}). */
    static final String CALLER = "portal.session.caller";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalConfig config;

    /**
     * After a login: a new session id (a session fixed before the login is not the one logged in), a
     * new token, the account's current epoch, and the account as the caller of the session's requests.
     */
    public void start(HttpServletRequest request, HttpServletResponse response, Account account) {
        request.getSession(true);
        request.changeSessionId();
        renew(request, response, account, System.currentTimeMillis());
        request.getSession(false).setAttribute(CALLER, account.getUsername());
    }

    /** The staff member logged in to the session of {@code request}, or null. */
    static String caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(CALLER) instanceof String name ? name : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** The same session carries on in the account's new epoch (after the owner changed his own credentials). */
    public void carryOn(HttpServletRequest request, HttpServletResponse response, Account account) {
        HttpSession session = request.getSession(false);
        Object started = session == null ? null : session.getAttribute(STARTED);
        request.changeSessionId();
        renew(request, response, account, started instanceof Long l ? l : System.currentTimeMillis());
    }

    private void renew(HttpServletRequest request, HttpServletResponse response, Account account, long started) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        HttpSession session = request.getSession(true);
        session.setAttribute(STARTED, started);
        session.setAttribute(EPOCH, account.getSessionEpoch());
        session.setAttribute(TOKEN, hash(token));
        response.addCookie(cookie(request, token, -1));
    }

    /** Whether the logged-in session of {@code request} still belongs to {@code account}. */
    public boolean valid(HttpServletRequest request, Account account) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object started = session.getAttribute(STARTED);
        Object epoch = session.getAttribute(EPOCH);
        Object token = session.getAttribute(TOKEN);
        if (!(started instanceof Long s) || !(epoch instanceof Integer e) || !(token instanceof String t)) {
            return false;
        }
        long maxMillis = config.getLong("portal.security.session.max-hours", 12) * 3_600_000L;
        if (System.currentTimeMillis() - s > maxMillis || e != account.getSessionEpoch()) {
            return false;
        }
        String presented = presented(request);
        return presented != null && MessageDigest.isEqual(t.getBytes(StandardCharsets.US_ASCII),
                hash(presented).getBytes(StandardCharsets.US_ASCII));
    }

    /** Logs out, ends the session and drops the token cookie. */
    public void end(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAge);
        cookie.setSecure(Clients.secure(request));
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
