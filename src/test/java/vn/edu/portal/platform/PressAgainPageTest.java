package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLNonTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The page a public form's post gets when it met the database away: what was posted goes back in a
 * form to the same address, escaped, and only a database's failure is answered so.
 */
class PressAgainPageTest {

    private static HttpServletRequest posted(Map<String, String[]> parameters, String query) {
        return posted(parameters, query, "application/x-www-form-urlencoded", 200);
    }

    private static HttpServletRequest posted(Map<String, String[]> parameters, String query, String type, long length) {
        return (HttpServletRequest) Proxy.newProxyInstance(PressAgainPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getParameterMap" -> parameters;
                    case "getAttribute" -> PortalViewHandler.ACTION_PATH.equals(args[0]) ? "/s/thkimdong/tuyen-sinh/dang-ky" : null;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "";
                    case "getContentType" -> type;
                    case "getContentLengthLong" -> length;
                    default -> null;
                });
    }

    @Test
    void whatWasPostedGoesBackToTheSameAddressEscaped() {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("t", new String[] {"abc"});
        fields.put("token", new String[] {"abc"});
        fields.put("action", new String[] {"submit"});
        fields.put("code", new String[] {"12\"><script>x</script>"});
        fields.put("criteria", new String[] {"UT1@1", "UT2"});
        Document page = Jsoup.parse(PressAgainPage.html(posted(fields, "t=abc&x=\"y"), Locale.forLanguageTag("vi")));
        assertEquals("/s/thkimdong/tuyen-sinh/dang-ky?t=abc&x=\"y", page.getElementById("press-again").attr("action"));
        assertEquals("12\"><script>x</script>", page.select("input[name=code]").val());
        assertEquals(0, page.select("script").size(), "nothing posted becomes markup");
        assertEquals(2, page.select("input[name=criteria]").size());
        assertEquals(0, page.select("input[name=t]").size(), "what the address carries is not posted twice");
        assertEquals("submit", page.select("input[name=action]").val());
        assertEquals("Gửi lại", page.select("button").text());
        assertEquals("vi", page.select("html").attr("lang"));
        assertFalse(page.text().contains("không được gửi lại cùng nút này"), "no file was posted");
    }

    @Test
    void aBodyWithFilesIsNotReadAndTheFilesAreAskedForAgain() {
        Document page = Jsoup.parse(PressAgainPage.html(posted(Map.of("note", new String[] {"never read"}), "t=abc&step=5",
                "multipart/form-data; boundary=x", 3_000_000), Locale.forLanguageTag("vi")));
        assertTrue(page.text().contains("không được gửi lại cùng nút này"), page.text());
        assertEquals(0, page.select("#press-again input").size(), "a body with files is not parsed while the database is away");
        assertEquals("/s/thkimdong/tuyen-sinh/dang-ky?t=abc&step=5", page.getElementById("press-again").attr("action"));
    }

    @Test
    void onlyTheDatabaseNotAnsweringIsAnsweredSo() {
        assertTrue(Transactions.isDatabaseAway(new IllegalStateException("wrapped",
                new SQLNonTransientConnectionException("Could not connect", "08001"))), "no connection");
        assertTrue(Transactions.isDatabaseAway(new IllegalStateException("wrapped",
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated"))),
                "the container's pool has none to give");
        assertTrue(Transactions.isDatabaseAway(new SQLException("Access denied, this account is locked", "HY000", 4151)),
                "refused at the door");
        assertTrue(Transactions.isDatabaseAway(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(Transactions.isDatabaseAway(new IllegalStateException("wrapped",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))), "a rule of the data");
        assertFalse(Transactions.isDatabaseAway(new SQLSyntaxErrorException("Table 'portal.form_draft' doesn't exist",
                "42S02", 1146)), "a statement's own fault: pressing again would not help");
        assertFalse(Transactions.isDatabaseAway(new NullPointerException()), "the portal's own failure");
        assertFalse(Transactions.isDatabaseAway(new SQLException("id_sequence has no 'portal' row")),
                "without a state and not the pool's: the portal's own");
    }
}
