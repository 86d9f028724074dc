package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.SecondNode;

/**
 * Two servers on one database (MariaDB only: an in-memory H2 belongs to one JVM). The first is
 * the one Arquillian deployed, the second runs the same WAR beside it ({@link SecondNode}). A
 * change made through either server shows on the other within five seconds: a new school is
 * routed, a published article appears on the cached home page, in the feed and in search, an
 * unpublished one goes, a menu changes. A staff member whose server is lost is asked to log in
 * again on the other, cleanly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClusterChecks {

    private static final long WITHIN_MILLIS = 5_000;

    private final String first = Deployments.baseUrl();
    private String second;
    private String school;
    private final String word = "cum" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @BeforeAll
    void twoServers() {
        second = SecondNode.awaitReady();
        school = ItAccounts.uniqueSlug("cl");
        assertEquals(404, new PortalClient(second).get("/s/" + school + "/").status(),
                "the second server has loaded its list of sites without the new school");
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        AdminActions.createSchool(admin, school, "Trường Tiểu học Hai Máy Chủ");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, school, school + ".approver", "APPROVER");
        long routed = within(second, "/s/" + school + "/", page -> page.status() == 200, "the new school on the second server");
        System.out.println("cluster: new school routed by the second server after " + routed + " ms");
    }

    /** Polls the server until the page satisfies the condition; fails after five seconds. */
    private static long within(String server, String path, Predicate<PortalClient.Page> condition, String what) {
        PortalClient client = new PortalClient(server);
        long start = System.nanoTime();
        PortalClient.Page last = null;
        while (System.nanoTime() - start < WITHIN_MILLIS * 1_000_000) {
            last = client.get(path);
            if (condition.test(last)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            SecondNode.pause(100);
        }
        throw new AssertionError(what + ": not within " + WITHIN_MILLIS + " ms on " + server + path + "; last answer "
                + (last == null ? "none" : last.status() + " " + last.text()));
    }

    @Test
    void anArticlePublishedOnOneServerIsOnTheOthersCachedPagesFeedAndSearch() {
        PortalClient reader = new PortalClient(second);
        String home = "/s/" + school + "/";
        reader.get(home);
        assertEquals("HIT", reader.get(home).headers().firstValue("X-Portal-Cache").orElse(""), "the home page is cached");
        reader.get(home + "rss.xml");
        String title = "Ngày hội đọc sách " + word;
        PortalClient approver = AdminActions.loggedIn(first, school + ".approver", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page published = approver.submit(approver.get("/admin/s/" + school + "/bai-viet/soan"), "edit",
                Map.of("title", title, "slug", "ngay-hoi-" + word, "summary", "Tóm tắt", "body_input",
                        "<p>Cả trường cùng đọc sách.</p>"), "publish");
        assertTrue(published.text().contains("Đã đăng"), published.text());

        long onHome = within(second, home, page -> page.text().contains(title), "the cached home page of the second server");
        long onPage = within(second, home + "bai-viet/ngay-hoi-" + word, page -> page.status() == 200, "the article page");
        long inFeed = within(second, home + "rss.xml", page -> page.body().contains(title), "the feed of the second server");
        long inSearch = within(second, home + "tim-kiem?q=" + word, page -> page.text().contains(title),
                "the search of the second server");
        long folded = within(second, "/tim-kiem?q=ngay+hoi+doc+sach+" + word, page -> page.text().contains(title),
                "the department's search, without accents, on the second server");
        System.out.println("cluster: published on the first server; on the second: home " + onHome + " ms, page " + onPage
                + " ms, feed " + inFeed + " ms, search " + inSearch + " ms, department search " + folded + " ms");

        // And back: unpublished through the second server, gone from the first.
        String id = published.uri().getQuery().substring(3);
        PortalClient approverOnSecond = AdminActions.loggedIn(second, school + ".approver", ItAccounts.STAFF_PASSWORD);
        new PortalClient(first).get(home);
        PortalClient.Page unpublished = approverOnSecond.submit(approverOnSecond.get("/admin/s/" + school + "/bai-viet/soan?id=" + id),
                "review", Map.of(), "unpublish");
        assertTrue(unpublished.text().contains("Đã gỡ bài"), unpublished.text());
        long gone = within(first, home + "bai-viet/ngay-hoi-" + word, page -> page.status() == 404, "the article gone from the first server");
        within(first, home, page -> !page.text().contains(title), "the first server's cached home page");
        within(first, home + "tim-kiem?q=" + word, page -> !page.text().contains(title), "the first server's search");
        System.out.println("cluster: unpublished on the second server; gone from the first after " + gone + " ms");
    }

    @Test
    void aMenuChangedOnTheSecondServerShowsOnTheFirst() {
        String home = "/s/" + school + "/";
        new PortalClient(first).get(home);
        PortalClient schoolAdmin = AdminActions.loggedIn(second, school + ".admin", ItAccounts.STAFF_PASSWORD);
        String label = "Giới thiệu " + word;
        PortalClient.Page saved = schoolAdmin.submit(schoolAdmin.get("/admin/s/" + school + "/menu"), "menu",
                Map.of("menu:rows:0:label", label), "save");
        assertTrue(saved.text().contains("Đã lưu trình đơn."), saved.text());
        long shown = within(first, home, page -> page.text().contains(label), "the menu on the first server");
        System.out.println("cluster: menu changed on the second server; on the first after " + shown + " ms");
    }

    @Test
    void aSchoolAddedToTheAdmissionRoundOnOneServerTakesApplicationsOnTheOther() {
        String admission = "/s/" + school + "/tuyen-sinh";
        // Not in a round yet: no form (its "Tuyển sinh" leads to the school's own admission page).
        assertEquals(404, new PortalClient(second).get(admission + "/dang-ky").status(), "not in a round yet, on the second server");
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        // A year of its own: on MariaDB the test classes share the database.
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, 2045, true);
        AdmissionSteps.addSchool(admin, round, school, 1, 30, "Phường Hai Máy");
        long open = within(second, admission + "/dang-ky", page -> page.status() == 200, "the admission form on the second server");
        System.out.println("cluster: school added to the round on the first server; its form on the second after " + open + " ms");
    }

    @Test
    void aStaffMemberWhoseServerIsLostLogsInAgainOnTheOther() {
        PortalClient staff = AdminActions.loggedIn(first, school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page identity = staff.get("/admin/s/" + school + "/thong-tin");
        assertEquals(200, identity.status());
        // The load balancer sends the same browser, with its session cookie, to the other server.
        PortalClient failedOver = staff.at(second);
        PortalClient.Page asked = failedOver.get("/admin/s/" + school + "/thong-tin");
        assertEquals(200, asked.status(), asked.text());
        assertEquals("/login", asked.uri().getPath(), "asked to log in, not an error: " + asked.text());
        // A form posted from a page of the lost server changes nothing and asks to log in too.
        PortalClient.Page fromLostServer = new PortalClient.Page(identity.status(),
                java.net.URI.create(second + identity.uri().getPath()), identity.body(), identity.headers());
        PortalClient.Page posted = failedOver.submit(fromLostServer, "identity", Map.of("name", "Đổi tên khi mất máy"), "save");
        assertNotEquals(500, posted.status(), posted.text());
        assertEquals("/login", posted.uri().getPath(), posted.uri() + " " + posted.text());
        assertFalse(new PortalClient(first).get("/s/" + school + "/").text().contains("Đổi tên khi mất máy"));
        PortalClient.Page again = failedOver.login(school + ".admin", ItAccounts.STAFF_PASSWORD);
        assertTrue(again.uri().getPath().startsWith("/admin/"), again.uri() + " " + again.text());
    }

    /**
     * The throttles count in the database: look-ups of one code and failed logins of one name, split
     * between the two servers, are refused after exactly as many as on one server (10 look-ups per
     * code an hour; 5 free login failures per name, then a wait).
     */
    @Test
    void attemptsSplitAcrossBothServersAreRefusedExactlyAsOnOne() {
        String code = "CL" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String[] servers = {first, second};
        for (int i = 0; i < 10; i++) {
            PortalClient.Page answer = new PortalClient(servers[i % 2]).postForm("/s/" + school + "/tra-cuu",
                    Map.of("ma", code, "email", "cum-" + i + "@example.com"));
            assertEquals(200, answer.status(), "look-up " + (i + 1) + " of 10 on " + servers[i % 2]);
        }
        for (String server : servers) {
            PortalClient.Page refused = new PortalClient(server).postForm("/s/" + school + "/tra-cuu",
                    Map.of("ma", code, "email", "cum-x@example.com"));
            assertEquals(429, refused.status(), "the 11th look-up of the code is refused on " + server);
        }

        String name = "khong-co-cum-" + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new PortalClient(servers[i % 2]).login(name, "Sai-Mat-Khau-" + i).status(),
                    "free failure " + (i + 1) + " on " + servers[i % 2]);
        }
        assertEquals(401, new PortalClient(second).login(name, "Sai-Mat-Khau-5").status(), "the sixth failure is counted");
        assertEquals(429, new PortalClient(first).login(name, "Sai-Mat-Khau-6").status(),
                "after six failures split across the servers the name waits, on the other server too");
    }
}
