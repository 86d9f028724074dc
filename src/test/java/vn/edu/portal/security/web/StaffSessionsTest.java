package vn.edu.portal.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.security.Account;

class StaffSessionsTest {

    /** A browser and its session: what the request presents and what the response set. */
    private final Map<String, Object> attributes = new HashMap<>();
    private final List<Cookie> set = new ArrayList<>();
    private final List<Cookie> presented = new ArrayList<>();
    private boolean sessionExists;

    private final StaffSessions sessions = new StaffSessions();
    private final Account account = new Account("gv.an", "Giáo viên An", null, "hash");

    StaffSessionsTest() {
        sessions.config = new PortalConfig() {
            @Override
            public long getLong(String key, long fallback) {
                return fallback;
            }
        };
    }

    private HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "invalidate" -> {
                        attributes.clear();
                        sessionExists = false;
                        yield null;
                    }
                    default -> null;
                });
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> {
                        boolean create = args == null || (boolean) args[0];
                        sessionExists |= create;
                        yield sessionExists ? session() : null;
                    }
                    case "changeSessionId" -> "new-id";
                    case "getCookies" -> presented.toArray(new Cookie[0]);
                    case "getAttribute" -> null;
                    case "isSecure" -> false;
                    default -> defaultValue(method);
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        set.add((Cookie) args[0]);
                    }
                    return defaultValue(method);
                });
    }

    private static Object defaultValue(Method method) {
        return method.getReturnType() == boolean.class ? false : null;
    }

    /** The browser keeps the last cookie set under each name. */
    private void browserKeepsTheCookie() {
        Map<String, Cookie> last = new java.util.LinkedHashMap<>();
        set.forEach(c -> last.put(c.getName(), c));
        presented.clear();
        presented.addAll(last.values());
    }

    @Test
    void aSessionNeedsItsTokenItsEpochAndToBeYoungerThanItsLifetime() throws Exception {
        sessions.start(request(), response(), account);
        Cookie token = set.get(set.size() - 1);
        assertEquals(StaffSessions.COOKIE, token.getName());
        assertTrue(token.isHttpOnly());
        assertEquals("Lax", token.getAttribute("SameSite"));
        assertEquals(22, token.getValue().length(), "128 random bits, base64url");
        assertFalse(sessions.valid(request(), account), "the session id alone (no token presented) is not enough");
        browserKeepsTheCookie();
        assertTrue(sessions.valid(request(), account));

        presented.set(0, new Cookie(StaffSessions.COOKIE, "AAAAAAAAAAAAAAAAAAAAAA"));
        assertFalse(sessions.valid(request(), account), "another token");
        browserKeepsTheCookie();

        attributes.put(StaffSessions.STARTED, System.currentTimeMillis() - 13 * 3_600_000L);
        assertFalse(sessions.valid(request(), account), "older than 12 hours, however active");
        attributes.put(StaffSessions.STARTED, System.currentTimeMillis() - 11 * 3_600_000L);
        assertTrue(sessions.valid(request(), account));

        Method endSessions = Account.class.getDeclaredMethod("endSessions");
        endSessions.setAccessible(true);
        endSessions.invoke(account);
        assertFalse(sessions.valid(request(), account), "credentials changed since the session started");
        sessions.carryOn(request(), response(), account);
        browserKeepsTheCookie();
        assertTrue(sessions.valid(request(), account), "the session that changed them carries on in the new epoch");
    }

    @Test
    void theLoginMakesTheAccountTheCallerOfTheSessionsRequestsUntilItEnds() throws Exception {
        assertNull(StaffSessions.caller(request()), "no session: nobody");
        assertNull(sessionOf(request()), "and asking does not start one");
        sessions.start(request(), response(), account);
        assertEquals("gv.an", StaffSessions.caller(request()));

        jakarta.servlet.http.HttpServletRequest staff = new StaffIdentityFilter.StaffRequest(request(), "gv.an");
        assertEquals("gv.an", staff.getUserPrincipal().getName());
        assertEquals("gv.an", staff.getRemoteUser());
        assertTrue(staff.isUserInRole("staff"));
        assertFalse(staff.isUserInRole("admin"));

        sessions.end(staff, response());
        assertNull(staff.getUserPrincipal(), "logged out within the same request");
        assertFalse(staff.isUserInRole("staff"));
        assertNull(StaffSessions.caller(request()));
    }

    private HttpSession sessionOf(HttpServletRequest request) {
        return request.getSession(false);
    }

    /**
     * No Jakarta Security mechanism: with one, Soteria's module would run on every request of the
     * application, public pages included, through a lock of Weld's (StaffIdentityFilter says why).
     */
    @Test
    void noJakartaSecurityMechanismRunsOnEveryRequest() throws java.io.IOException {
        java.util.regex.Pattern mechanism = java.util.regex.Pattern.compile(
                "AuthenticationMechanismDefinition|implements\\s+HttpAuthenticationMechanism|HttpAuthenticationMechanism\\b.*\\{");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> found = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return mechanism.matcher(java.nio.file.Files.readString(f)).find();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(java.nio.file.Path::toString).toList();
            assertEquals(List.of(), found);
        }
    }
}
