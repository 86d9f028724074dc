package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.FeedChecks;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;
import vn.edu.portal.it.SecondNode;

/**
 * News over HTTP: the editorial workflow, revisions and trash, what reaches public pages
 * (sanitised, escaped), uploads checked by content, refused input, and schools kept apart.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class ContentChecks {

    private String school;
    private String otherSchool;
    private String editor;
    private String approver;


    @BeforeAll
    void schoolAndStaff() {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thc"), "Trường Tiểu học Tin Tức");
        otherSchool = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("thd"), "Trường Tiểu học Bên Cạnh");
        editor = school + ".editor";
        approver = school + ".approver";
        AdminActions.createAccount(admin, school, editor, "EDITOR");
        AdminActions.createAccount(admin, school, approver, "APPROVER");
        AdminActions.createAccount(admin, otherSchool, otherSchool + ".editor", "EDITOR");
    }

    private PortalClient.Page newArticle(PortalClient client, String slug, Map<String, String> fields, String button) {
        Map<String, String> values = new HashMap<>(Map.of("title", "Tin thử nghiệm", "summary", "Tóm tắt",
                "body_input", "<p>Nội dung bài viết thử nghiệm.</p>"));
        values.putAll(fields);
        return client.submit(client.get("/admin/s/" + slug + "/bai-viet/soan"), "edit", values, button);
    }

    private String articleId(PortalClient.Page page) {
        String query = page.uri().getQuery();
        assertTrue(query != null && query.startsWith("id="), "saved article page: " + page.uri() + " " + page.text());
        return query.substring(3);
    }

    /**
     * "Xóa" on a document's row deleted the document above it when a colleague had added one meanwhile: the button is
     * known by its row's number and the list was read again at the post. The list is the one drawn.
     */
    @Test
    void aDeleteButtonDeletesTheDocumentItsRowShowedWhateverWasAddedMeanwhile() {
        PortalClient mine = AdminActions.loginAsDepartmentAdmin();
        PortalClient colleague = AdminActions.loginAsDepartmentAdmin();
        String base = "/admin/s/" + school + "/van-ban";
        java.util.function.BiConsumer<String, String> add = (number, day) -> colleague.submitFile(colleague.get(base), "doc",
                Map.of("number", number, "type", "THONG_BAO", "issuer", "Trường", "issuedOn", day, "summary", "Thông báo " + number),
                "file", "tb.pdf", "application/pdf", vn.edu.portal.it.Samples.pdf(), "save");
        add.accept("91/TB-XOA", "30/11/2026");
        add.accept("92/TB-XOA", "29/11/2026");
        PortalClient.Page list = mine.get(base);
        java.util.List<String> rows = list.doc().select("#list tbody tr td:first-child a").eachText();
        int row = rows.indexOf("92/TB-XOA");
        assertTrue(row >= 0 && rows.indexOf("91/TB-XOA") == row - 1, rows.toString());
        add.accept("90/TB-XOA", "01/12/2026"); // a newer one: it comes first, and every row below moves down
        PortalClient.Page deleted = mine.submit(list, "list", Map.of(), "rows:" + row + ":delete");
        java.util.List<String> left = mine.get(base).doc().select("#list tbody tr td:first-child a").eachText();
        assertFalse(left.contains("92/TB-XOA"), "the one pressed is deleted: " + left);
        assertTrue(left.contains("91/TB-XOA") && left.contains("90/TB-XOA"), "the others are kept: " + left + " " + deleted.text());
    }

    @Test
    void draftSubmittedReturnedThenPublishedReachesThePublicSite() {
        PortalClient writer = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page saved = newArticle(writer, school, Map.of("title", "Học sinh trồng cây xanh",
                "slug", "hoc-sinh-trong-cay-xanh"), "save");
        String id = articleId(saved);
        assertTrue(saved.text().contains("Bản nháp"), saved.text());
        assertTrue(saved.doc().getElementById("edit:publish") == null, "an editor has no publish button");
        PortalClient anonymous = new PortalClient();
        assertEquals(404, anonymous.get("/s/" + school + "/bai-viet/hoc-sinh-trong-cay-xanh").status(), "drafts are not public");

        PortalClient.Page submitted = writer.submit(writer.get("/admin/s/" + school + "/bai-viet/soan?id=" + id),
                "edit", Map.of(), "submit");
        assertTrue(submitted.text().contains("Chờ duyệt"), submitted.text());

        PortalClient reviewer = AdminActions.loggedIn(approver, ItAccounts.STAFF_PASSWORD);
        assertTrue(reviewer.get("/admin/s/" + school + "/bai-viet?loc=SUBMITTED").text().contains("Học sinh trồng cây xanh"));
        PortalClient.Page review = reviewer.get("/admin/s/" + school + "/bai-viet/soan?id=" + id);
        PortalClient.Page noComment = reviewer.submit(review, "review", Map.of("comment", ""), "return");
        assertEquals("Hãy ghi lý do trả lại bài.", noComment.fieldError("review:comment"));
        PortalClient.Page returned = reviewer.submit(noComment, "review", Map.of("comment", "Thêm ảnh hoạt động"), "return");
        assertTrue(returned.text().contains("Thêm ảnh hoạt động"), returned.text());
        assertTrue(writer.get("/admin/s/" + school + "/bai-viet/soan?id=" + id).text().contains("Thêm ảnh hoạt động"));

        writer.submit(writer.get("/admin/s/" + school + "/bai-viet/soan?id=" + id), "edit", Map.of(), "submit");
        PortalClient.Page published = reviewer.submit(reviewer.get("/admin/s/" + school + "/bai-viet/soan?id=" + id),
                "edit", Map.of(), "publish");
        assertTrue(published.text().contains("Đã đăng"), published.text());
        PortalClient.Page article = anonymous.get("/s/" + school + "/bai-viet/hoc-sinh-trong-cay-xanh");
        assertEquals(200, article.status());
        assertTrue(article.headers().allValues("Set-Cookie").isEmpty());
        assertTrue(anonymous.get("/s/" + school + "/").text().contains("Học sinh trồng cây xanh"), "home shows it at once");
        assertTrue(anonymous.get("/").text().contains("Học sinh trồng cây xanh"), "so does the department's stream");

        PortalClient.Page unpublished = reviewer.submit(reviewer.get("/admin/s/" + school + "/bai-viet/soan?id=" + id),
                "review", Map.of(), "unpublish");
        assertTrue(unpublished.text().contains("Đã gỡ bài"), unpublished.text());
        assertEquals(404, anonymous.get("/s/" + school + "/bai-viet/hoc-sinh-trong-cay-xanh").status());
    }

    @Test
    void scriptInTitleBodyAndFileNameNeverReachesThePublicPageUnescaped() {
        PortalClient reviewer = AdminActions.loggedIn(approver, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page form = reviewer.get("/admin/s/" + school + "/bai-viet/soan");
        Map<String, String> fields = new HashMap<>(Map.of(
                "title", "<script>alert('title')</script>Tiêu đề <b>lạ</b>",
                "slug", "bai-co-ma-doc",
                "summary", "<img src=x onerror=alert('summary')>",
                "body_input", "<p onclick=\"alert(1)\">Đoạn đầu</p><script>alert('body')</script>"
                        + "<a href=\"javascript:alert('link')\">bấm</a><img src=\"x\" onerror=\"alert('img')\">"
                        + "<svg onload=alert(1)></svg><iframe src=\"https://evil.example\"></iframe>"));
        PortalClient.Page saved = reviewer.submitFile(fillForm(form, "edit", fields), "edit", "attachment",
                "\"><script>alert('file')</script>.pdf", "application/pdf", Samples.pdf(), "publish");
        assertTrue(saved.text().contains("Đã đăng"), saved.text());
        PortalClient.Page page = new PortalClient().get("/s/" + school + "/bai-viet/bai-co-ma-doc");
        assertEquals(200, page.status(), page.text());
        assertNoActiveContent(page);
        assertEquals("<script>alert('title')</script>Tiêu đề <b>lạ</b>", page.doc().selectFirst("article h1").text(),
                "the title is shown as text");
        assertTrue(page.doc().selectFirst(".lead").text().contains("<img src=x onerror"), "the summary is text");
        Element attachment = page.doc().selectFirst(".attachments a");
        assertTrue(attachment != null && attachment.text().endsWith(".pdf") && !attachment.text().contains("<"),
                "attachment name: " + (attachment == null ? null : attachment.text()));
        PortalClient.Page file = new PortalClient().get(attachment.attr("href"));
        assertEquals(200, file.status());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    }

    /** No script of anyone but ours, no event handler, no javascript: link, no embedded SVG or frame. */
    static void assertNoActiveContent(PortalClient.Page page) {
        var doc = page.doc();
        for (Element script : doc.select("script")) {
            assertTrue(script.attr("src").endsWith("/static/js/public.js"), "foreign script: " + script);
        }
        for (Element element : doc.getAllElements()) {
            element.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler: " + element);
                assertFalse(a.getValue().toLowerCase().replaceAll("\\s", "").startsWith("javascript:"), "script link: " + element);
            });
        }
        assertTrue(doc.select("svg, iframe, object, embed").isEmpty(), "embedded content");
    }

    /** Puts values into a page's form without submitting (for the multipart helper). */
    private PortalClient.Page fillForm(PortalClient.Page page, String formId, Map<String, String> values) {
        var doc = page.doc();
        values.forEach((name, value) -> {
            Element input = doc.getElementById(formId + ":" + name);
            if (input != null) {
                if (input.tagName().equals("textarea")) {
                    input.text(value);
                } else {
                    input.val(value);
                }
            }
        });
        return new PortalClient.Page(page.status(), page.uri(), doc.outerHtml(), page.headers());
    }

    @Test
    void disguisedAndOversizedUploadsAndBadFieldsAreRefusedKeepingTheInput() {
        PortalClient writer = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        String url = "/admin/s/" + school + "/bai-viet/soan";
        PortalClient.Page htmlCover = writer.submitFile(fillForm(writer.get(url), "edit",
                Map.of("title", "Bài có ảnh giả", "body_input", "<p>x</p>")), "edit", "cover", "anh.jpg", "image/jpeg",
                Samples.html(), "save");
        assertTrue(htmlCover.fieldError("edit:cover").contains("không phải ảnh"), htmlCover.fieldError("edit:cover"));
        assertEquals("Bài có ảnh giả", htmlCover.doc().getElementById("edit:title").val(), "typed title kept");

        PortalClient.Page zip = writer.submitFile(fillForm(writer.get(url), "edit",
                Map.of("title", "Bài có tệp nén", "body_input", "<p>x</p>")), "edit", "attachment", "tailieu.pdf",
                "application/pdf", Samples.zip(), "save");
        assertTrue(zip.fieldError("edit:attachment").contains("không phải PDF"), zip.fieldError("edit:attachment"));

        PortalClient.Page longTitle = newArticle(writer, school, Map.of("title", "Dài".repeat(3400)), "save");
        assertEquals("Tối đa 300 ký tự.", longTitle.fieldError("edit:title"));
        PortalClient.Page empty = newArticle(writer, school, Map.of("body_input", "<p> </p>"), "save");
        assertEquals("Nội dung bài viết đang trống.", empty.fieldError("edit:body"));
        // A pupils' list with their ID numbers (the Khánh Hòa list of 2025): refused next to where it was typed,
        // what was typed kept; the same digits in groups (a bank account) are not an ID.
        PortalClient.Page withId = newArticle(writer, school, Map.of("title", "Danh sách học sinh nhận học bổng",
                "body_input", "<table><tr><td>Lê Văn An</td><td>14/03/2016</td><td>079216001234</td></tr></table>"), "save");
        assertTrue(withId.fieldError("edit:body").startsWith("Có số định danh cá nhân (079216001234)"), withId.text());
        assertEquals("Danh sách học sinh nhận học bổng", withId.doc().getElementById("edit:title").val(), "what was typed is kept");
        assertFalse(writer.get("/admin/s/" + school + "/bai-viet").text().contains("Danh sách học sinh nhận học bổng"), "nothing saved");
        PortalClient.Page idInSummary = newArticle(writer, school, Map.of("summary", "Mã 001316012345"), "save");
        assertTrue(idInSummary.fieldError("edit:summary").startsWith("Có số định danh cá nhân"), idInSummary.text());
        PortalClient.Page grouped = newArticle(writer, school, Map.of("title", "Học phí chuyển khoản",
                "body_input", "<p>Số tài khoản của trường: 0792 1600 1234.</p>"), "save");
        articleId(grouped);
        PortalClient.Page badDate = newArticle(writer, school, Map.of("publishAt", "31/02/2026 25:00"), "save");
        assertTrue(badDate.fieldError("edit:publishAt").startsWith("Thời điểm không hợp lệ"));
        // A day the month does not have was moved to the month's last (28/02, in the past: published at once).
        PortalClient.Page noSuchDay = newArticle(writer, school, Map.of("publishAt", "31/02/2026 10:00"), "save");
        assertTrue(noSuchDay.fieldError("edit:publishAt").startsWith("Thời điểm không hợp lệ"), noSuchDay.text());
        newArticle(writer, school, Map.of("title", "Bài trùng đường dẫn", "slug", "duong-dan-trung"), "save");
        PortalClient.Page duplicate = newArticle(writer, school, Map.of("slug", "duong-dan-trung"), "save");
        assertEquals("Đường dẫn này đã được bài khác dùng.", duplicate.fieldError("edit:slug"));
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
        PortalClient writer = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        String id = articleId(newArticle(writer, school, Map.of("title", "Bản một", "body_input", "<p>Dòng cũ</p>"), "save"));
        String edit = "/admin/s/" + school + "/bai-viet/soan?id=" + id;
        writer.submit(writer.get(edit), "edit", Map.of("title", "Bản hai", "body_input", "<p>Dòng mới</p>"), "save");
        PortalClient.Page history = writer.get("/admin/s/" + school + "/bai-viet/lich-su?id=" + id);
        assertEquals(2, history.doc().select("#history table tbody tr").size(), history.text());
        assertTrue(history.doc().select(".diff-del").text().contains("Dòng cũ"), history.text());
        assertTrue(history.doc().select(".diff-add").text().contains("Dòng mới"));
        PortalClient.Page restored = writer.submit(history, "history", Map.of(), "rows:1:restore");
        assertTrue(restored.text().contains("Đã khôi phục"), restored.text());
        // The history again by its own address, with its table (the page came back empty, on an address without "?id=").
        assertEquals("id=" + id, restored.uri().getQuery(), restored.uri().toString());
        assertEquals(3, restored.doc().select("#history table tbody tr").size(), restored.text());
        assertEquals("Bản một", writer.get(edit).doc().getElementById("edit:title").val());
        // The notes in the console's language ("created", "saved", "restored #1" were shown as stored).
        java.util.List<String> notes = writer.get("/admin/s/" + school + "/bai-viet/lich-su?id=" + id).doc()
                .select("#history table tbody tr td:nth-child(4)").eachText();
        assertTrue(notes.containsAll(java.util.List.of("Tạo bài", "Lưu bài", "Khôi phục bản #1")), notes.toString());

        PortalClient.Page trashed = writer.submit(writer.get(edit), "review", Map.of(), "trash");
        assertTrue(trashed.text().contains("Bản một"), "the trash lists it: " + trashed.text());
        // Sent for approval from the trash: before, "Chờ duyệt · Thùng rác", in nobody's queue.
        PortalClient.Page sent = writer.submit(writer.get(edit), "edit", Map.of(), "submit");
        assertTrue(sent.text().contains("hãy khôi phục bài trước khi gửi duyệt"), sent.text());
        assertFalse(sent.doc().getElementById("article-status").text().contains("Chờ duyệt"), sent.text());
        PortalClient.Page back = writer.submit(writer.get("/admin/s/" + school + "/bai-viet?loc=TRASH"), "list", Map.of(), "rows:0:restore");
        assertTrue(back.text().contains("Đã khôi phục bài viết"), back.text());
    }

    @Test
    void anEditorReadsAPublishedArticleAndNothingHeTypesIsKeptForNothing() {
        PortalClient reviewer = AdminActions.loggedIn(approver, ItAccounts.STAFF_PASSWORD);
        String id = articleId(newArticle(reviewer, school, Map.of("title", "Bài đã đăng để đọc"), "publish"));
        PortalClient writer = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        String edit = "/admin/s/" + school + "/bai-viet/soan?id=" + id;
        PortalClient.Page open = writer.get(edit);
        assertEquals("true", open.doc().getElementById("edit").attr("data-readonly"), "the page shows it read-only");
        // Before: the autosave kept what he typed ("Đã tự lưu"), then offered it back with no button to save it.
        writer.submit(open, "edit", Map.of("title", "Sửa mà không lưu được"), "autosave");
        assertEquals("Bài đã đăng để đọc", writer.get(edit).doc().getElementById("edit:title").val());
        assertFalse(writer.get("/admin/").text().contains("Sửa mà không lưu được"), "no unsaved copy on his dashboard");
    }

    @Test
    void feedsCarryPublishedArticlesEscapedAndAnswerConditionalGets() throws Exception {
        PortalClient reviewer = AdminActions.loggedIn(approver, ItAccounts.STAFF_PASSWORD);
        newArticle(reviewer, school, Map.of("title", "Tin <b>RSS</b> & \"Atom\"", "slug", "tin-cho-rss",
                "summary", "<script>alert('feed')</script>"), "publish");
        PortalClient reader = new PortalClient();
        for (String path : new String[] {"/s/" + school + "/rss.xml", "/s/" + school + "/atom.xml",
                "/s/" + school + "/chuyen-muc/tin-tuc/rss.xml", "/rss.xml", "/atom.xml"}) {
            PortalClient.Page feed = reader.get(path);
            assertEquals(200, feed.status(), path);
            assertFalse(feed.body().contains("<script>"), path + " carries markup unescaped");
            FeedChecks.valid(feed.body(), path.endsWith("atom.xml"));
            var parsed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(feed.body()));
            var entry = parsed.getEntries().stream().filter(e -> e.getTitle().equals("Tin <b>RSS</b> & \"Atom\""))
                    .findFirst().orElseThrow(() -> new AssertionError(path + " lacks the article"));
            assertTrue(entry.getLink().startsWith("http://localhost:"), "absolute link: " + entry.getLink());
            assertTrue(entry.getLink().endsWith("/s/" + school + "/bai-viet/tin-cho-rss"), entry.getLink());
            String etag = feed.headers().firstValue("ETag").orElseThrow();
            String modified = feed.headers().firstValue("Last-Modified").orElseThrow();
            assertEquals(304, reader.getWithHeaders(path, Map.of("If-None-Match", etag)).status(), path);
            assertEquals(304, reader.getWithHeaders(path, Map.of("If-Modified-Since", modified)).status(), path);
        }
        PortalClient.Page byHost = reader.getWithHost(school + ".localhost", "/rss.xml");
        assertTrue(byHost.body().contains("localhost:") && byHost.body().contains(school + ".localhost")
                && byHost.body().contains("/bai-viet/tin-cho-rss"), "links keep the host form");
        assertFalse(byHost.body().contains("/s/" + school + "/bai-viet"), byHost.body());
        PortalClient.Page sitemap = reader.get("/s/" + school + "/sitemap.xml");
        assertTrue(sitemap.body().contains("/s/" + school + "/bai-viet/tin-cho-rss"), sitemap.body());
        PortalClient.Page home = reader.get("/s/" + school + "/");
        assertEquals("/s/" + school + "/rss.xml",
                home.doc().selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href"));
        // Taken down: a reader that asks by date alone is not told "not modified" (the newest entry's date, the
        // validator before, did not move when an entry left the feed).
        String path = "/s/" + school + "/rss.xml";
        String modified = reader.get(path).headers().firstValue("Last-Modified").orElseThrow();
        SecondNode.pause(1_100);
        String id = reviewer.get("/admin/s/" + school + "/bai-viet").doc().select("#list a").stream()
                .filter(a -> a.text().equals("Tin <b>RSS</b> & \"Atom\"")).findFirst().orElseThrow()
                .attr("href").replaceAll(".*id=", "");
        reviewer.submit(reviewer.get("/admin/s/" + school + "/bai-viet/soan?id=" + id), "review", Map.of(), "unpublish");
        for (String feedPath : new String[] {path, "/s/" + school + "/sitemap.xml", "/rss.xml"}) {
            PortalClient.Page after = reader.getWithHeaders(feedPath, Map.of("If-Modified-Since", modified));
            assertEquals(200, after.status(), feedPath + " changed since " + modified);
            assertFalse(after.body().contains("tin-cho-rss"), feedPath);
        }
    }

    @Test
    void documentsAreCheckedListedFilteredAndFoundByNumber() {
        // Published at once: the approver (an editor saves drafts only, see PermissionMatrixChecks).
        PortalClient writer = AdminActions.loggedIn(approver, ItAccounts.STAFF_PASSWORD);
        String url = "/admin/s/" + school + "/van-ban";
        Map<String, String> fields = Map.of("number", "45/KH-TT", "type", "KE_HOACH", "issuer", "Trường Tiểu học Tin Tức",
                "signer", "Nguyễn Văn Ký", "issuedOn", "31/02/2026", "effectiveOn", "", "summary", "Kế hoạch tổ chức hội khỏe Phù Đổng");
        PortalClient.Page badDate = writer.submitFile(fillForm(writer.get(url), "doc", fields), "doc", "file", "kh.pdf",
                "application/pdf", Samples.pdf(), "save");
        assertTrue(badDate.fieldError("doc:issuedOn").startsWith("Ngày không hợp lệ"), badDate.fieldError("doc:issuedOn"));
        Map<String, String> good = new HashMap<>(fields);
        good.put("issuedOn", "02/03/2026");
        good.put("effectiveOn", "01/03/2026");
        PortalClient.Page before = writer.submitFile(fillForm(writer.get(url), "doc", good), "doc", "file", "kh.pdf",
                "application/pdf", Samples.pdf(), "save");
        assertEquals("Ngày hiệu lực không thể trước ngày ban hành.", before.fieldError("doc:effectiveOn"));
        good.put("effectiveOn", "05/03/2026");
        PortalClient.Page notPdf = writer.submitFile(fillForm(writer.get(url), "doc", good), "doc", "file", "kh.pdf",
                "application/pdf", Samples.html(), "save");
        assertTrue(notPdf.fieldError("doc:file").contains("không phải PDF"), notPdf.fieldError("doc:file"));
        // A personal ID number in a document's summary was published and found by the department's search.
        Map<String, String> withId = new HashMap<>(good);
        withId.put("summary", "Danh sách học sinh, CCCD\u00a0079221000123");
        PortalClient.Page idRefused = writer.submitFile(fillForm(writer.get(url), "doc", withId), "doc", "file", "kh.pdf",
                "application/pdf", Samples.pdf(), "save");
        assertTrue(idRefused.fieldError("doc:summary").startsWith("Có số định danh cá nhân (079221000123)"), idRefused.text());
        PortalClient.Page saved = writer.submitFile(fillForm(writer.get(url), "doc", good), "doc", "file", "kh.pdf",
                "application/pdf", Samples.pdf(), "save");
        assertTrue(saved.text().contains("Đã lưu văn bản 45/KH-TT"), saved.text());
        PortalClient.Page duplicate = writer.submitFile(fillForm(writer.get(url), "doc", good), "doc", "file", "kh.pdf",
                "application/pdf", Samples.pdf(), "save");
        assertTrue(duplicate.fieldError("doc:number").contains("đã có"), duplicate.fieldError("doc:number"));

        PortalClient reader = new PortalClient();
        String list = "/s/" + school + "/van-ban";
        assertTrue(reader.get(list).text().contains("45/KH-TT"));
        assertTrue(reader.get(list + "?so=45%2Fkh").text().contains("Kế hoạch tổ chức hội khỏe Phù Đổng"), "by number");
        assertTrue(reader.get(list + "?loai=KE_HOACH&nam=2026").text().contains("45/KH-TT"), "by type and year");
        assertFalse(reader.get(list + "?loai=QUYET_DINH").text().contains("45/KH-TT"));
        assertFalse(reader.get(list + "?nam=2025").text().contains("45/KH-TT"));
        String pdf = reader.get(list).doc().selectFirst("a.download").attr("href");
        assertEquals("application/pdf", reader.get(pdf).headers().firstValue("Content-Type").orElse(""));
        long deadline = System.currentTimeMillis() + 5000;
        String found = "";
        while (System.currentTimeMillis() < deadline && !found.contains("45/KH-TT")) {
            found = reader.get("/s/" + school + "/tim-kiem?q=hoi+khoe+phu+dong").text();
        }
        assertTrue(found.contains("45/KH-TT"), "search finds the document: " + found);
        assertFalse(reader.get("/s/" + otherSchool + "/tim-kiem?q=hoi+khoe+phu+dong").text().contains("45/KH-TT"),
                "another school's search never shows it");
    }

    @Test
    void pagesFormATreeAndAlbumsShowCheckedPhotos() {
        PortalClient writer = AdminActions.loggedIn(approver, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page pages = writer.get("/admin/s/" + school + "/trang");
        String parentId = pages.doc().select("#tree a").stream().filter(a -> a.text().equals("Giới thiệu")).findFirst()
                .orElseThrow().attr("href").replaceAll(".*id=", "");
        PortalClient.Page created = writer.submit(pages, "page", Map.of("title", "Lịch sử nhà trường", "slug", "lich-su",
                "parent", parentId, "body_input", "<p>Trường được thành lập năm 1975.</p><script>alert(1)</script>",
                "position", "1"), "save");
        assertTrue(created.text().contains("Đã lưu trang Lịch sử nhà trường"), created.text());
        PortalClient reader = new PortalClient();
        PortalClient.Page child = reader.get("/s/" + school + "/trang/lich-su");
        assertEquals(200, child.status());
        assertNoActiveContent(child);
        assertTrue(reader.get("/s/" + school + "/trang/gioi-thieu").doc().select(".subpages a").text().contains("Lịch sử nhà trường"),
                "the parent lists its child");
        String childId = writer.get("/admin/s/" + school + "/trang").doc().select("#tree a").stream()
                .filter(a -> a.text().equals("Lịch sử nhà trường")).findFirst().orElseThrow().attr("href").replaceAll(".*id=", "");
        PortalClient.Page cycle = writer.submit(writer.get("/admin/s/" + school + "/trang?id=" + parentId), "page",
                Map.of("parent", childId), "save");
        assertTrue(cycle.fieldError("page:parent").startsWith("Không thể đặt trang dưới chính nó"), cycle.fieldError("page:parent"));
        writer.submit(writer.get("/admin/s/" + school + "/trang?id=" + childId), "page", Map.of("published", "false"), "save");
        assertEquals(404, reader.get("/s/" + school + "/trang/lich-su").status(), "an unpublished page is gone");

        PortalClient.Page album = writer.submit(writer.get("/admin/s/" + school + "/album"), "album",
                Map.of("title", "Ngày hội thể thao", "description", "Ảnh của các lớp"), "save");
        assertTrue(album.text().contains("Đã lưu album"), album.text());
        PortalClient.Page fake = writer.submitFile(album, "photos", "photo", "anh.png", "image/png", Samples.html(), "add");
        assertTrue(fake.fieldError("photos:photo").contains("không phải ảnh"), fake.fieldError("photos:photo"));
        PortalClient.Page added = writer.submitFile(fillForm(fake, "photos", Map.of("caption", "Chạy tiếp sức")), "photos",
                "photo", "anh.png", "image/png", Samples.png(640, 480), "add");
        assertTrue(added.text().contains("Đã thêm ảnh"), added.text());
        PortalClient.Page publicAlbum = reader.get("/s/" + school + "/anh/ngay-hoi-the-thao");
        assertEquals(200, publicAlbum.status());
        assertEquals("Chạy tiếp sức", publicAlbum.doc().selectFirst(".photo-grid figcaption").text());
        String thumb = publicAlbum.doc().selectFirst(".photo-grid img").attr("src");
        assertEquals("image/jpeg", reader.get(thumb).headers().firstValue("Content-Type").orElse(""));
        assertTrue(reader.get("/s/" + school + "/anh").text().contains("Ngày hội thể thao"));
        assertEquals(404, reader.get("/s/" + otherSchool + "/anh/ngay-hoi-the-thao").status(), "albums belong to their school");
    }

    /**
     * A photo put up by mistake (a child's, say) is deleted from the library: refused while an album
     * shows it (the message names the album), then, once taken off, its address, its thumbnail and
     * every copy the server made answer 404, and its bytes are gone from the store.
     */
    @Test
    void aPhotoTakenOffItsAlbumIsDeletedAndNoneOfItsAddressesOpen() {
        PortalClient writer = AdminActions.loggedIn(approver, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page album = writer.submit(writer.get("/admin/s/" + school + "/album"), "album",
                Map.of("title", "Ảnh đăng nhầm", "description", "Ảnh sẽ xóa"), "save");
        PortalClient.Page added = writer.submitFile(fillForm(album, "photos", Map.of("caption", "Một em học sinh")), "photos",
                "photo", "em.png", "image/png", Samples.png(1300, 900), "add");
        assertTrue(added.text().contains("Đã thêm ảnh"), added.text());
        PortalClient reader = new PortalClient();
        PortalClient.Page shown = reader.get("/s/" + school + "/anh/anh-dang-nham");
        org.jsoup.nodes.Element img = shown.doc().selectFirst(".photo-grid img");
        java.util.List<String> addresses = new java.util.ArrayList<>(java.util.List.of(img.attr("src")));
        for (String candidate : img.attr("srcset").split(",\\s*")) {
            addresses.add(candidate.trim().split("\\s+")[0]);
        }
        PortalClient.Page library = writer.get("/admin/s/" + school + "/thu-vien");
        org.jsoup.select.Elements rows = library.doc().select(".media-grid li");
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).text().contains("em.png")) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the library lists the photo: " + library.text());
        assertTrue(rows.get(row).selectFirst(".muted").text().matches("\\d+ KB · .*"), "whole kilobytes: " + rows.get(row).text());
        String original = rows.get(row).selectFirst("a").attr("href");
        addresses.add(original);
        addresses.add(rows.get(row).selectFirst("img").attr("src"));
        for (String address : addresses) {
            assertEquals(200, reader.get(address).status(), address + " opens while the photo is up");
        }

        PortalClient.Page refused = writer.submit(library, "rows:" + row + ":del", Map.of(), "delete");
        assertTrue(refused.text().contains("Chưa xóa được em.png vì tệp đang được dùng ở: album \"Ảnh đăng nhầm\""),
                refused.text());
        assertEquals(200, reader.get(original).status(), "a file in use stays");

        String albumAddress = writer.get("/admin/s/" + school + "/album").doc().select(".site-cards a").stream()
                .filter(a -> a.text().equals("Ảnh đăng nhầm")).findFirst().orElseThrow().attr("href");
        PortalClient.Page photos = writer.get(albumAddress);
        writer.submit(photos, "photos", Map.of(), "grid:0:remove");
        library = writer.get("/admin/s/" + school + "/thu-vien");
        // A colleague uploads a file meanwhile: the list moves one row down, the button still deletes its row's file.
        PortalClient colleague = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page uploaded = colleague.submitFile(colleague.get("/admin/s/" + school + "/thu-vien"), "upload", "file",
                "giu-lai.png", "image/png", Samples.png(300, 200), "submit");
        assertTrue(uploaded.text().contains("Đã tải lên giu-lai.png"), uploaded.text());
        PortalClient.Page deleted = writer.submit(library, "rows:" + row + ":del", Map.of(), "delete");
        assertTrue(deleted.text().contains("Đã xóa em.png"), deleted.text());
        assertTrue(deleted.doc().select(".media-grid").text().contains("giu-lai.png"), "the colleague's file stays");
        PortalClient.Page again = writer.submit(library, "rows:" + row + ":del", Map.of(), "delete");
        assertTrue(again.text().contains("Tệp này đã được xóa trước đó."), "a second press (the page kept): " + again.text());
        assertTrue(again.doc().select(".media-grid").text().contains("giu-lai.png"), "and nothing else is deleted");
        assertFalse(deleted.doc().select(".media-grid").text().contains("em.png"), "the library no longer lists it");
        for (String address : addresses) {
            assertEquals(404, reader.get(address).status(), address + " still opens after the deletion");
        }
        // "/files/m/<site>/<uuid>.png" is stored as media/<site>/<uuid>.png, its copies beside it as <uuid>-w<width>.<format>.
        java.nio.file.Path folder = vn.edu.portal.it.Deployments.storageDir().resolve("media")
                .resolve(original.replaceAll(".*/files/m/(\\d+)/.*", "$1"));
        String uuid = original.replaceAll(".*/([0-9a-f-]{36})\\.[a-z]+$", "$1");
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(folder)) {
            assertEquals(java.util.List.of(), left.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(uuid)).toList(),
                    "the photo and its copies leave the store");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anotherSchoolsArticlesCannotBeOpenedOrChanged() {
        PortalClient writer = AdminActions.loggedIn(editor, ItAccounts.STAFF_PASSWORD);
        String id = articleId(newArticle(writer, school, Map.of("title", "Bài riêng của trường"), "save"));
        PortalClient neighbour = AdminActions.loggedIn(otherSchool + ".editor", ItAccounts.STAFF_PASSWORD);
        assertEquals(403, neighbour.get("/admin/s/" + school + "/bai-viet/soan?id=" + id).status());
        assertEquals(403, neighbour.get("/admin/s/" + school + "/bai-viet").status());
        assertEquals(403, neighbour.get("/admin/s/" + school + "/thu-vien").status());
        PortalClient.Page ownUrlOtherId = neighbour.get("/admin/s/" + otherSchool + "/bai-viet/soan?id=" + id);
        assertEquals(200, ownUrlOtherId.status());
        assertFalse(ownUrlOtherId.body().contains("Bài riêng của trường"), "an id of another school opens nothing");
        assertEquals(403, neighbour.get("/admin/s/" + school + "/bai-viet/lich-su?id=" + id).status());
        assertFalse(neighbour.get("/admin/s/" + otherSchool + "/bai-viet/lich-su?id=" + id).body()
                .contains("Bài riêng của trường"));
    }
}
