package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.FromAddress;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;

/**
 * The figures of the day: {@code /metrics} in the Prometheus text format for this machine and for
 * a department admin, 404 for anyone else (another address, or a request forwarded by a proxy that
 * is not trusted); a submit shows in its counter; the department's live page lists the same figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MonitoringChecks {

    private String school;

    @BeforeAll
    void aSchoolWithAnOnlineProcedure() {
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(department, ItAccounts.uniqueSlug("sl"), "Trường Tiểu học Số Liệu");
        AdminActions.createAccount(department, school, school + ".admin", "SCHOOL_ADMIN");
        ProcedureActions.createProcedure(AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD), school, "xac-nhan",
                "Giấy xác nhận", List.of(new ProcedureActions.Row("Học sinh", "ho_ten", "TEXT", "Họ và tên", true, "", false)));
    }

    private static String randomLoopback() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "127.77." + r.nextInt(1, 250) + "." + r.nextInt(2, 250);
    }

    private static long series(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)$").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void metricsAreRefusedToAnAnonymousClientElsewhereAndToAnUntrustedProxy() {
        FromAddress.Answer stranger = new FromAddress(randomLoopback()).get("/metrics");
        assertEquals(404, stranger.status(), stranger.body());
        assertTrue(!stranger.body().contains("portal_"), "nothing of the figures");
        PortalClient.Page forwarded = new PortalClient().getWithHeaders("/metrics", Map.of("X-Forwarded-For", "203.0.113.9"));
        assertEquals(404, forwarded.status(), "a visitor forwarded by a proxy on this machine is not this machine");
        // Nor through a proxy that names the client otherwise, or only says it is one.
        for (Map.Entry<String, String> header : Map.of("X-Real-IP", "203.0.113.9", "Via", "1.1 nginx",
                "X-Forwarded-Proto", "https").entrySet()) {
            assertEquals(404, new PortalClient().getWithHeaders("/metrics", Map.ofEntries(header)).status(), header.getKey());
        }
    }

    @Test
    void aSubmitShowsInTheCountersReadLocallyOrByADepartmentAdmin() {
        PortalClient local = new PortalClient();
        PortalClient.Page before = local.get("/metrics");
        assertEquals(200, before.status(), before.text());
        assertTrue(before.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String accepted = "portal_submits_total{feature=\"procedure\",outcome=\"accepted\"}";
        long was = Math.max(0, series(before.body(), accepted));

        String email = "so-lieu-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
        ProcedureActions.submit(new PortalClient(), school, "xac-nhan", Map.of("f_ho_ten", "Nguyễn Văn Số"), null, null, email);

        String text = local.get("/metrics").body();
        assertEquals(was + 1, series(text, accepted), text);
        for (String family : List.of("portal_submits_total", "portal_lookups_total", "portal_waiting_room_length",
                "portal_waiting_room_admitted_per_second", "portal_waiting_room_answers_total", "portal_page_cache_total",
                "portal_mail_queue_length")) {
            assertTrue(text.contains("# TYPE " + family + " "), family + " is listed: " + text);
        }
        assertTrue(series(text, "portal_mail_queue_length") >= 0, "the mail queue is read: " + text);
        long used = series(text, "portal_db_pool_connections{pool=\"java:app/jdbc/portal\",state=\"used\"}");
        long free = series(text, "portal_db_pool_connections{pool=\"java:app/jdbc/portal\",state=\"free\"}");
        assertTrue(used >= 0 && free >= 0 && used + free >= 1, "the database pool is read from Payara's pool manager: " + text);

        FromAddress admin = new FromAddress(randomLoopback());
        FromAddress.Answer in = admin.login(admin.get("/login"), ItAccounts.adminUser(), ItAccounts.adminPassword());
        assertTrue(in.status() == 302 || in.status() == 303, "logged in: " + in.status());
        FromAddress.Answer staff = admin.get("/metrics");
        assertEquals(200, staff.status(), "a department admin reads the figures from anywhere");
        assertTrue(series(staff.body(), accepted) >= was + 1, staff.body());
    }

    @Test
    void theDepartmentSeesTheSameFiguresLiveAndASchoolDoesNot() {
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page page = department.get("/admin/so-lieu");
        assertEquals(200, page.status(), page.text());
        assertNotNull(page.doc().getElementById("procedure-accepted"), page.text());
        assertNotNull(page.doc().getElementById("waiting-length"));
        assertNotNull(page.doc().getElementById("mail-queue"));
        assertTrue(page.doc().getElementById("db-free").text().matches(".*\\d.*"), "the pool's figure, not a dash: " + page.text());
        assertTrue(page.text().contains("Số liệu trực tiếp"), page.text());
        assertTrue(page.body().contains("Poll"), "the table is refreshed by a PrimeFaces poll");
        PortalClient schoolAdmin = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        assertEquals(403, schoolAdmin.get("/admin/so-lieu").status());
    }
}
