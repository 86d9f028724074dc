package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;
import vn.edu.portal.security.Role;
import vn.edu.portal.security.web.AdminPage;

/**
 * Who may do what, as a matrix: every row of {@link AdminPage} × every school role (and a
 * stranger holding a role on another school) for opening a page, and every kind of content ×
 * every role for putting it online, with the school's "editors may publish" off and on. A new
 * admin page is in the matrix as soon as it is in the enum. What the matrix expects comes from
 * the enum's roles and the editorial rule, not from a list kept here. The rules live in the
 * access filter and the services, the same on every database: the matrix runs once, on H2 (it
 * makes about 200 requests; CI time).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class PermissionMatrixChecks {

    private String school;
    private final Map<Role, PortalClient> staff = new EnumMap<>(Role.class);
    private PortalClient stranger;
    private int year;

    @BeforeAll
    void aSchoolWithOneAccountPerRole() {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.edu.portal.it.Deployments.embeddedDatabase(),
                "the permission matrix runs on the H2 run only");
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(department, ItAccounts.uniqueSlug("pmx"), "Trường Tiểu học Ma Trận");
        String other = AdminActions.createSchool(department, ItAccounts.uniqueSlug("pmy"), "Trường Tiểu học Bên Ngoài");
        // The approver of news no longer opens the families' requests and applications: the handler does (a role of its own).
        for (Role role : List.of(Role.EDITOR, Role.APPROVER, Role.HANDLER, Role.SCHOOL_ADMIN)) {
            String username = school + "." + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            AdminActions.createAccount(department, school, username, role.name());
            staff.put(role, AdminActions.loggedIn(username, ItAccounts.STAFF_PASSWORD));
        }
        AdminActions.createAccount(department, other, other + ".admin", "SCHOOL_ADMIN");
        stranger = AdminActions.loggedIn(other + ".admin", ItAccounts.STAFF_PASSWORD);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        staff.get(Role.SCHOOL_ADMIN).submit(staff.get(Role.SCHOOL_ADMIN).get("/admin/s/" + school + "/cong-khai"), "open",
                Map.of("year", year + "-" + (year + 1)), "submit");
    }

    /** An approver of news has no need of the children's files: the families' requests and applications are the handler's. */
    @Test
    void anApproverOfNewsOpensNoFamilysFile() {
        for (String page : List.of("tuyen-sinh", "ho-so", "ho-so/xem?id=1")) {
            assertEquals(403, staff.get(Role.APPROVER).get("/admin/s/" + school + "/" + page).status(), page);
        }
        // Nor does the menu offer them (it did, to a 403); the handler's does, and nothing of the articles.
        org.jsoup.nodes.Document approverMenu = staff.get(Role.APPROVER).get("/admin/s/" + school + "/").doc();
        assertTrue(approverMenu.select("nav a[href$=/ho-so], nav a[href$=/tuyen-sinh]").isEmpty(), approverMenu.select("nav").text());
        org.jsoup.nodes.Document handlerMenu = staff.get(Role.HANDLER).get("/admin/s/" + school + "/").doc();
        assertEquals(2, handlerMenu.select("nav a[href$=/ho-so], nav a[href$=/tuyen-sinh]").size(), handlerMenu.select("nav").text());
        assertTrue(handlerMenu.select("nav a[href$=/bai-viet]").isEmpty(), "a handler writes no articles");
    }

    @Test
    void everyAdminPageOpensForTheRolesItNamesAndNoOther() {
        List<String> wrong = new ArrayList<>();
        for (AdminPage page : AdminPage.values()) {
            String url = page.url(school);
            for (Role role : staff.keySet()) {
                boolean allowed = page.required() == null
                        || page.siteScoped() && (page.required().isEmpty() || page.required().contains(role));
                int status = staff.get(role).get(url).status();
                if (status != (allowed ? 200 : 403)) {
                    wrong.add(role + " " + url + ": " + status + " (expected " + (allowed ? 200 : 403) + ")");
                }
            }
            if (page.siteScoped()) {
                int status = stranger.get(url).status();
                if (status != 403) {
                    wrong.add("admin of another school " + url + ": " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Puts one item of a kind online as {@code client}; answers whether the public site shows it. */
    private final Map<String, BiFunction<PortalClient, String, Boolean>> publishers = new LinkedHashMap<>();

    {
        publishers.put("page", (client, word) -> {
            String base = "/admin/s/" + school + "/";
            client.submit(client.get(base + "trang"), "page", Map.of("title", "Trang " + word, "slug", word,
                    "body_input", "<p>" + word + "</p>", "position", "9", "published", "true"), "save");
            return new PortalClient().get("/s/" + school + "/trang/" + word).status() == 200;
        });
        publishers.put("document", (client, word) -> {
            client.submitFile(client.get("/admin/s/" + school + "/van-ban"), "doc", Map.of("number", "9/" + word, "type",
                    "THONG_BAO", "issuer", "Trường", "issuedOn", "02/03/2026", "summary", "Thông báo " + word, "published", "true"),
                    "file", "tb.pdf", "application/pdf", Samples.pdf(), "save");
            return new PortalClient().get("/s/" + school + "/van-ban").text().contains("9/" + word);
        });
        publishers.put("album", (client, word) -> {
            client.submit(client.get("/admin/s/" + school + "/album"), "album", Map.of("title", "Album " + word,
                    "published", "true"), "save");
            return new PortalClient().get("/s/" + school + "/anh").text().contains("Album " + word);
        });
        publishers.put("article", (client, word) -> {
            client.submit(client.get("/admin/s/" + school + "/bai-viet/soan"), "edit", Map.of("title", "Tin " + word,
                    "summary", "Tóm tắt", "body_input", "<p>" + word + "</p>"), "publish");
            return new PortalClient().get("/s/" + school + "/").text().contains("Tin " + word)
                    || new PortalClient().get("/s/" + school + "/tim-kiem?q=" + word).text().contains("Tin " + word);
        });
        publishers.put("disclosure", (client, word) -> {
            client.submit(client.get("/admin/s/" + school + "/cong-khai/muc?nam=" + year + "&ma=1.3"), "entry",
                    Map.of("body_input", "<p>Sứ mạng " + word + "</p>", "confirmPrivacy", "on"), "publishButton");
            return new PortalClient().get("/s/" + school + "/cong-khai").text().contains("Sứ mạng " + word);
        });
    }

    @Test
    void onlyThoseWhoMayPublishPutContentOnlineForEveryKindOfContent() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (boolean editorsPublish : List.of(false, true)) {
            setEditorsPublish(editorsPublish);
            for (var kind : publishers.entrySet()) {
                for (Role role : staff.keySet()) {
                    if (role == Role.HANDLER) {
                        continue; // no content role: its pages answer 403 (the matrix above)
                    }
                    boolean expected = role != Role.EDITOR || editorsPublish;
                    String word = "mt" + kind.getKey().charAt(0) + (editorsPublish ? "b" : "t") + role.ordinal()
                            + Long.toString(System.nanoTime() % 100_000_000L, 36) + (n++);
                    boolean online = kind.getValue().apply(staff.get(role), word);
                    if (online != expected) {
                        wrong.add(kind.getKey() + " by " + role + (editorsPublish ? " (editors may publish)" : "") + ": "
                                + (online ? "online" : "not online"));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anEditorCannotChangeOrRemoveWhatIsOnlineAndTheRefusalIsAudited() {
        setEditorsPublish(false);
        PortalClient admin = staff.get(Role.SCHOOL_ADMIN);
        String word = "mtsua" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        assertTrue(publishers.get("page").apply(admin, word));
        String base = "/admin/s/" + school + "/trang";
        String id = admin.get(base).doc().select("#tree a").stream().filter(a -> a.text().equals("Trang " + word)).findFirst()
                .orElseThrow().attr("href").replaceAll(".*id=", "");
        PortalClient editor = staff.get(Role.EDITOR);
        PortalClient.Page forged = editor.submit(editor.get(base), "page", Map.of("title", "Trang giả " + word, "slug",
                "gia-" + word, "body_input", "<p>x</p>", "position", "9", "published", "true"), "save");
        assertEquals(403, forged.status(), "a forged 'published' is refused, not quietly saved");
        // A new page the editor keeps unpublished is his to write (a new page counted as already online: 403).
        PortalClient.Page draft = editor.submit(editor.get(base), "page", Map.of("title", "Trang nháp " + word, "slug",
                "nhap-" + word, "body_input", "<p>Bản nháp</p>", "position", "9", "published", "false"), "save");
        assertEquals(200, draft.status(), draft.text());
        assertTrue(draft.text().contains("Đã lưu trang Trang nháp " + word), draft.text());
        assertEquals(404, new PortalClient().get("/s/" + school + "/trang/nhap-" + word).status(), "not online");
        PortalClient.Page form = editor.get(base + "?id=" + id);
        assertNotNull(form.doc().getElementById("online-needs-publisher"), "the editor is told before typing: " + form.text());
        // No "Xóa" offered that would end on a bare 403 page (it was there for the editor).
        assertTrue(form.doc().select("#tree tr").stream().filter(row -> row.text().contains("Trang " + word))
                .allMatch(row -> row.select("input[type=submit][id$=delete]").isEmpty()), "no delete for the editor");
        assertFalse(admin.get(base).doc().select("#tree tr").stream().filter(row -> row.text().contains("Trang " + word))
                .allMatch(row -> row.select("input[type=submit][id$=delete]").isEmpty()), "the school admin has it");
        PortalClient.Page edited = editor.submit(form, "page", Map.of("title", "Trang bị sửa " + word),
                "save");
        assertEquals(403, edited.status(), "a published page is the approver's: " + edited.text());
        assertTrue(new PortalClient().get("/s/" + school + "/trang/" + word).text().contains("Trang " + word));
        assertTrue(admin.get("/admin/s/" + school + "/nhat-ky").text().contains("only those who may publish"),
                "the refusal is in the school's audit log");
    }

    /** An editor opening an album online is told it is the approver's, not offered "Thêm ảnh" that ended on a 403 page. */
    @Test
    void anEditorIsToldAnAlbumOnlineIsTheApproversBeforeChoosingAPhoto() {
        setEditorsPublish(false);
        String word = "mtal" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        assertTrue(publishers.get("album").apply(staff.get(Role.SCHOOL_ADMIN), word));
        String base = "/admin/s/" + school + "/album";
        PortalClient editor = staff.get(Role.EDITOR);
        String href = editor.get(base).doc().select("a").stream().filter(a -> a.text().equals("Album " + word)).findFirst()
                .orElseThrow().attr("href");
        PortalClient.Page album = editor.get(href);
        assertNotNull(album.doc().getElementById("album-online"), album.text());
        assertNull(album.doc().getElementById("photos:add"), "no photo to choose and lose");
        assertNull(album.doc().getElementById("album:save"));
        assertNotNull(staff.get(Role.SCHOOL_ADMIN).get(href).doc().getElementById("photos:add"), "the school admin has it");
    }

    /**
     * An editor's draft album, put online by the school's admin while the editor had its page open: the editor's photo
     * then answered a bare 403 and was lost. He is told what happened, on the album's own page, and nothing changes.
     */
    @Test
    void anAlbumPutOnlineWhileAnEditorHadItOpenIsSaidNotA403() {
        setEditorsPublish(false);
        String word = "mtam" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        String base = "/admin/s/" + school + "/album";
        PortalClient editor = staff.get(Role.EDITOR);
        editor.submit(editor.get(base), "album", Map.of("title", "Album " + word), "save");
        String href = editor.get(base).doc().select("a").stream().filter(a -> a.text().equals("Album " + word)).findFirst()
                .orElseThrow().attr("href");
        PortalClient.Page draft = editor.get(href);
        assertNotNull(draft.doc().getElementById("photos:add"), "a draft's photos are the editor's: " + draft.text());
        PortalClient admin = staff.get(Role.SCHOOL_ADMIN);
        admin.submit(admin.get(href), "album", Map.of("title", "Album " + word, "published", "true"), "save");
        assertTrue(new PortalClient().get("/s/" + school + "/anh").text().contains("Album " + word), "online now");

        PortalClient.Page refused = editor.submitFileWith(draft, "photos", Map.of("caption", "Sân trường"), "photo", "san.png",
                "image/png", Samples.png(60, 40), "add");
        assertEquals(200, refused.status(), refused.text());
        assertTrue(refused.text().contains("vừa được đăng công khai"), refused.text());
        assertNotNull(refused.doc().getElementById("album-online"), refused.text());
        assertNull(refused.doc().getElementById("photos:add"), "no button left to lose another photo with");
        assertTrue(refused.uri().getQuery() != null && refused.uri().getQuery().startsWith("id="), "still the album's address: " + refused.uri());
        assertTrue(admin.get(href).doc().select(".media-grid img").isEmpty(), "no photo added");
    }

    /**
     * A file attached to a published article is online too: an editor could take it off (the ✕ was
     * there and the service did not ask), and when an approver took one off, the cached public page
     * still listed it.
     */
    @Test
    void anAttachmentOfAPublishedArticleIsTakenOffOnlyByThoseWhoPublishAndThePageSaysSo() {
        setEditorsPublish(false);
        PortalClient admin = staff.get(Role.SCHOOL_ADMIN);
        Published published = publishedArticle("tep", "Lịch thi học kì", "lich-thi.pdf");
        String article = published.console();
        String page = published.page();
        PortalClient reader = new PortalClient();
        assertTrue(reader.get(page).text().contains("lich-thi.pdf"));
        assertEquals("HIT", reader.get(page).headers().firstValue("X-Portal-Cache").orElse(""), "kept in the page cache");

        PortalClient editor = staff.get(Role.EDITOR);
        PortalClient.Page opened = editor.get(article);
        assertTrue(opened.doc().select("a[id$=:detach]").isEmpty(), "no ✕ for an editor: " + opened.text());
        editor.submit(opened, "edit", Map.of(), "files:0:detach");
        assertTrue(admin.get(article).doc().select("a[id$=:detach]").size() == 1, "a forged ✕ takes nothing off");

        PortalClient.Page detached = admin.submit(admin.get(article), "edit", Map.of(), "files:0:detach");
        assertEquals(200, detached.status(), detached.text());
        assertTrue(detached.doc().select("a[id$=:detach]").isEmpty(), detached.text());
        assertFalse(reader.get(page).text().contains("lich-thi.pdf"), "the public page no longer lists the file");
    }

    /** A published article in the trash comes back online when restored: an editor could restore what an approver took down. */
    @Test
    void aPublishedArticleTakenDownIsRestoredOnlyByThoseWhoPublish() {
        setEditorsPublish(false);
        PortalClient admin = staff.get(Role.SCHOOL_ADMIN);
        Published published = publishedArticle("go", "Thông báo nhầm", null);
        String slug = published.slug();
        admin.submit(admin.get(published.console()), "review", Map.of(), "trash");
        String page = published.page();
        assertEquals(404, new PortalClient().get(page).status(), "taken down");

        PortalClient editor = staff.get(Role.EDITOR);
        String trash = "/admin/s/" + school + "/bai-viet?loc=TRASH";
        PortalClient.Page list = editor.get(trash);
        int row = rowOf(list, slug);
        assertTrue(list.doc().select("[id=list:rows:" + row + ":restore]").isEmpty(), "no restore for an editor: " + list.text());
        editor.submit(list, "list", Map.of(), "rows:" + row + ":restore");
        assertEquals(404, new PortalClient().get(page).status(), "a forged restore puts nothing back online");

        PortalClient.Page mine = admin.get(trash);
        admin.submit(mine, "list", Map.of(), "rows:" + rowOf(mine, slug) + ":restore");
        assertEquals(200, new PortalClient().get(page).status(), "the approver's restore does");
    }

    /** An article and its console and public addresses. */
    private record Published(String slug, String console, String page) {
    }

    /** An article the school admin publishes at once, with a PDF of that name attached unless it is null. */
    private Published publishedArticle(String prefix, String title, String fileName) {
        PortalClient admin = staff.get(Role.SCHOOL_ADMIN);
        String slug = prefix + "-" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        Map<String, String> fields = Map.of("title", title + " " + slug, "slug", slug, "body_input", "<p>" + title + ".</p>");
        PortalClient.Page form = admin.get("/admin/s/" + school + "/bai-viet/soan");
        PortalClient.Page saved = fileName == null ? admin.submit(form, "edit", fields, "publish")
                : admin.submitFile(form, "edit", fields, "attachment", fileName, "application/pdf", Samples.pdf(), "publish");
        assertTrue(saved.text().contains("Đã đăng"), saved.text());
        return new Published(slug, saved.uri().getRawPath() + "?" + saved.uri().getRawQuery(), "/s/" + school + "/bai-viet/" + slug);
    }

    private static int rowOf(PortalClient.Page list, String slug) {
        org.jsoup.select.Elements rows = list.doc().select("#list tbody tr");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).text().contains(slug)) {
                return i;
            }
        }
        throw new AssertionError("not in the trash: " + list.text());
    }

    private void setEditorsPublish(boolean on) {
        PortalClient admin = staff.get(Role.SCHOOL_ADMIN);
        Map<String, String> values = new LinkedHashMap<>();
        if (on) {
            values.put("editorsPublish", "on");
        }
        PortalClient.Page page = admin.get("/admin/s/" + school + "/thong-tin");
        if (!on) {
            // An unticked checkbox is simply not sent: the form as a browser has it with the box cleared.
            org.jsoup.nodes.Document doc = page.doc();
            doc.select("input[name=identity:editorsPublish]").removeAttr("checked");
            page = new PortalClient.Page(page.status(), page.uri(), doc.outerHtml(), page.headers());
        }
        PortalClient.Page saved = admin.submit(page, "identity", values, "save");
        assertTrue(saved.text().contains("Đã lưu thông tin."), saved.text());
    }
}
