package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.SecondNode;

/**
 * The working-day calendar on two servers (MariaDB only): a day off the department enters through
 * one server is counted with by the other within five seconds, and its removal too (the calendar
 * page shows what each server counts with, from its copy in memory).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CalendarClusterChecks {

    private static final long WITHIN_MILLIS = 5_000;

    private static boolean counts(PortalClient admin, String day) {
        Element days = admin.get("/admin/lich-lam-viec?nam=2031").doc().getElementById("days-in-force");
        return days != null && days.text().contains(day);
    }

    private static long within(PortalClient admin, String day, boolean present) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < WITHIN_MILLIS * 1_000_000) {
            if (counts(admin, day) == present) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            SecondNode.pause(100);
        }
        throw new AssertionError(day + (present ? " not counted" : " still counted") + " by the second server after "
                + WITHIN_MILLIS + " ms");
    }

    @Test
    void aDayOffEnteredOnOneServerIsCountedByTheOtherWithinSeconds() {
        String second = SecondNode.awaitReady();
        PortalClient first = AdminActions.loginAsDepartmentAdmin();
        PortalClient other = AdminActions.loggedIn(second, ItAccounts.adminUser(), ItAccounts.adminPassword());
        other.get("/admin/lich-lam-viec?nam=2031");
        String name = "Nghỉ bù hai máy chủ " + System.nanoTime() % 100_000;
        PortalClient.Page saved = first.submit(first.get("/admin/lich-lam-viec?nam=2031"), "entry", Map.of("kind", "HOLIDAY",
                "name", name, "firstDay", "2031-03-18", "lastDay", ""), "save");
        assertTrue(saved.text().contains("Đã lưu"), saved.text());
        System.out.println("cluster: a day off counted by the second server after " + within(other, "18/03/2031", true) + " ms");
        PortalClient.Page page = first.get("/admin/lich-lam-viec?nam=2031");
        Element row = page.doc().select("#calendar-entries tbody tr").stream().filter(r -> r.text().contains(name))
                .findFirst().orElseThrow();
        String button = row.selectFirst("input[type=submit]").attr("name");
        assertTrue(first.submit(page, "entries", Map.of(), button.substring("entries:".length())).text()
                .contains("Đã xóa khỏi lịch."));
        System.out.println("cluster: its removal counted after " + within(other, "18/03/2031", false) + " ms");
        assertTrue(!Deployments.embeddedDatabase());
    }
}
