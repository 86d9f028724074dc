package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.FromAddress;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * Attacks on the login itself, over HTTP: one address trying many user names is slowed down by
 * the per-address delays (from an address of its own, so that the rest of the suite, which logs in
 * from 127.0.0.1, is not), and a session id planted before login is never the logged-in session.
 * (The per-account delays, TOTP and the id change on a normal login are in {@code PortalChecks}
 * and {@code SecurityReviewChecks}.)
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class LoginAttackChecks {

    /** The one answer to every failed login, whether the password was wrong or a delay still runs. */
    private static final String FAILED = "Không đăng nhập được: tên đăng nhập, mật khẩu hoặc mã xác thực 2 lớp không đúng,"
            + " hoặc cần chờ ít phút trước khi thử lại.";

    private String username;

    @BeforeAll
    void anAccount() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("dnh"), "Trường Tiểu học Đăng Nhập");
        username = school + ".editor";
        AdminActions.createAccount(admin, school, username, "EDITOR");
    }

    @Test
    void oneAddressTryingManyUserNamesIsRefusedEvenWithARightPasswordWhileOtherAddressesLogIn() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "127." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(2, 250);
        // Four sessions from the one address, five guesses each, side by side (as a script would).
        List<String> odd = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> guesses = new java.util.ArrayList<>();
            for (int s = 0; s < 4; s++) {
                int session = s;
                guesses.add(pool.submit(() -> {
                    FromAddress guesser = new FromAddress(address);
                    FromAddress.Answer page = guesser.get("/login");
                    for (int i = 0; i < 5; i++) {
                        String guess = "khong-co-" + session + i + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
                        page = guesser.login(page, guess, "Doan-Mat-Khau-" + i);
                        if (page.status() != 401 || !page.doc().text().contains(FAILED)) {
                            odd.add(page.status() + " " + page.doc().text());
                        }
                    }
                }));
            }
            for (var guess : guesses) {
                guess.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(odd.isEmpty(), "each of the twenty guesses is an ordinary failure: " + odd);
        FromAddress attacker = new FromAddress(address);
        FromAddress.Answer last = attacker.login(attacker.get("/login"), "khong-co-cuoi-" + random.nextInt(1_000_000), "Doan-Cuoi");
        assertEquals(401, last.status(), "twenty free failures per address, the next one starts a delay");
        FromAddress.Answer right = attacker.login(attacker.get("/login"), username, ItAccounts.STAFF_PASSWORD);
        assertEquals(429, right.status(), "not let in: " + right.header("Location"));
        assertTrue(right.header("Retry-After").matches("\\d+"), "told when to try again");
        assertTrue(right.doc().text().contains(FAILED), "the address waits, with the one answer: " + right.doc().text());
        assertFalse(right.header("Location").contains("/admin/"));

        PortalClient elsewhere = new PortalClient();
        PortalClient.Page in = elsewhere.login(username, ItAccounts.STAFF_PASSWORD);
        assertEquals("/admin/", in.uri().getPath(), "another address, and the account itself, are not blocked: " + in.text());
    }

    @Test
    void aSessionIdPlantedBeforeLoginIsNotTheLoggedInSession() throws IOException {
        PortalClient attacker = new PortalClient();
        assertEquals(200, attacker.get("/login").status());
        String planted = sessionId(attacker);
        assertFalse(planted.isEmpty(), "the login page starts a session");
        for (String fixed : List.of(planted, "F1XEDSESSI0NCH0SENBYATTACKER")) {
            PortalClient victim = new PortalClient();
            // Planted as if the portal had set it (a link, a sub-domain or a script of the attacker's can do that).
            victim.cookies().put(URI.create(Deployments.baseUrl()),
                    Map.of("Set-Cookie", List.of("PORTALSESSION=" + fixed + "; Path=/; HttpOnly")));
            assertEquals(fixed, sessionId(victim));
            PortalClient.Page in = victim.login(username, ItAccounts.STAFF_PASSWORD);
            assertEquals("/admin/", in.uri().getPath(), in.text());
            assertNotEquals(fixed, sessionId(victim), "the session after login is a new one");
        }
        assertEquals("/login", attacker.get("/admin/").uri().getPath(), "the planted id is not logged in");
    }

    private static String sessionId(PortalClient client) {
        return client.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("PORTALSESSION"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }
}
