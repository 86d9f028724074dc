package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;

/**
 * The staff console over HTTP (issue 20): each role's dashboard counted against work made for
 * the test (drafts, returned and waiting articles, unsaved copies, the approval queue, requests
 * due, admission applications to verify, disclosures, the rubric), the department's line for
 * the school; two editors saving the same article; an approver acting on an article already
 * published; photos resized on the server; an autosaved copy surviving a new session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleChecks {

    private static final int YEAR = 2062;
    private static final String BORN = "2056-05-20";

    private PortalClient department;
    private String school;
    private String editor;
    private String otherEditor;
    private String approver;

    @BeforeAll
    void schoolAndStaff() {
        department = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(department, ItAccounts.uniqueSlug("tqd"), "Trường Tiểu học Soạn Bài");
        editor = school + ".editor";
        otherEditor = school + ".editor2";
        approver = school + ".approver";
        AdminActions.createAccount(department, school, editor, "EDITOR");
        AdminActions.createAccount(department, school, otherEditor, "EDITOR");
        AdminActions.createAccount(department, school, approver, "APPROVER");
    }

    private final Map<String, PortalClient> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    /** A logged-in session of {@code user}, shared by the tests (a login costs a slow password hash). */
    private PortalClient as(String user) {
        return sessions.computeIfAbsent(user, u -> AdminActions.loggedIn(u, ItAccounts.STAFF_PASSWORD));
    }

    private String edit() {
        return edit(school);
    }

    private static String edit(String slug) {
        return "/admin/s/" + slug + "/bai-viet/soan";
    }

    /** A new article saved with the button (save, submit, publish, autosave); returns the page answered. */
    private PortalClient.Page write(PortalClient client, String title, String button) {
        return write(client, school, title, button);
    }

    private static PortalClient.Page write(PortalClient client, String slug, String title, String button) {
        Map<String, String> values = new HashMap<>(Map.of("title", title, "body_input", "<p>Nội dung của " + title + "</p>"));
        return client.submit(client.get(edit(slug)), "edit", values, button);
    }

    private static String idOf(PortalClient.Page page) {
        String query = page.uri().getQuery();
        assertTrue(query != null && query.startsWith("id="), "saved article page: " + page.uri() + " " + page.text());
        return query.replaceAll("^id=(\\d+).*", "$1");
    }

    private static int count(Document page, String css) {
        return page.select(css).size();
    }

    private static String text(Document page, String id) {
        Element element = page.getElementById(id);
        return element == null ? null : element.text();
    }

    @Test
    void eachRoleSeesItsOwnWorkCountedFromDataMadeForTheTest() {
        // a school of its own: the other tests here publish articles, which the rubric would count
        String school = AdminActions.createSchool(department, ItAccounts.uniqueSlug("tqc"), "Trường Tiểu học Tổng Quan");
        String editor = school + ".editor";
        String otherEditor = school + ".editor2";
        String approver = school + ".approver";
        String schoolAdmin = school + ".admin";
        AdminActions.createAccount(department, school, editor, "EDITOR");
        AdminActions.createAccount(department, school, otherEditor, "EDITOR");
        AdminActions.createAccount(department, school, approver, "APPROVER");
        AdminActions.createAccount(department, school, school + ".handler", "HANDLER");
        AdminActions.createAccount(department, school, schoolAdmin, "SCHOOL_ADMIN");
        PortalClient writer = as(editor);
        write(writer, school, "Nháp một", "save");
        write(writer, school, "Nháp hai", "save");
        String waiting = idOf(write(writer, school, "Chờ duyệt của biên tập viên", "submit"));
        String returned = idOf(write(writer, school, "Bài bị trả lại", "submit"));
        PortalClient.Page unsaved = write(writer, school, "Bài chưa lưu", "autosave");
        assertEquals(200, unsaved.status(), unsaved.text());
        PortalClient second = as(otherEditor);
        String othersWaiting = idOf(write(second, school, "Chờ duyệt của người thứ hai", "submit"));
        PortalClient reviewer = as(approver);
        PortalClient.Page returning = reviewer.get(edit(school) + "?id=" + returned);
        assertTrue(reviewer.submit(returning, "review", Map.of("comment", "Thêm ảnh hoạt động."), "return").text()
                .contains("Đã trả lại bài"));
        for (int i = 1; i <= 3; i++) {
            idOf(write(reviewer, school, "Tin đã đăng " + i, "publish"));
        }

        PortalClient schoolStaff = as(schoolAdmin);
        String quick = "tq1-" + school;
        String slow = "tq2-" + school;
        createProcedure(schoolStaff, school, quick, "Xin nghỉ học một ngày", "1");
        createProcedure(schoolStaff, school, slow, "Xác nhận học sinh", "10");
        Map<String, String> answers = Map.of("f_ho_ten", "Nguyễn Văn Minh");
        java.time.ZonedDateTime sent = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        boolean receivedToday = sent.getDayOfWeek().getValue() <= 5 && sent.toLocalTime().isBefore(java.time.LocalTime.of(17, 0));
        String quickCode = ProcedureActions.submit(new PortalClient(), school, quick, answers, null, null,
                "ph.mot." + System.nanoTime() + "@example.vn").tracking();
        ProcedureActions.submit(new PortalClient(), school, slow, answers, null, null, "ph.hai." + System.nanoTime() + "@example.vn");

        PortalClient.Page round = AdmissionSteps.createCampaign(department, YEAR, true);
        AdmissionSteps.addSchool(department, round, school, 1, 30, "Phường Tổng Quan");
        String email = "tuyen.sinh." + System.nanoTime() + "@example.vn";
        PortalClient parent = new PortalClient();
        AdmissionSteps.confirmAndSubmit(parent, department, AdmissionSteps.fillAll(parent, school,
                AdmissionSteps.family("079256" + String.format("%06d", System.nanoTime() % 1_000_000), BORN, "MALE",
                        "Phường Tổng Quan", email)), email);

        // The editor: where logging in lands (he has one site) lists his unsaved copy, returned article, drafts, waiting one.
        PortalClient.Page landing = writer.get("/admin/");
        assertEquals("/admin/", landing.uri().getPath());
        Document mine = landing.doc();
        assertEquals(mine.select("#todo-mine").text(), writer.get("/admin/s/" + school + "/").doc().select("#todo-mine").text(),
                "the same list as on the site's overview");
        assertEquals(1, count(mine, "#todo-mine li.unsaved"));
        assertTrue(mine.select("#todo-mine li.unsaved").text().contains("Bài chưa lưu"));
        assertEquals(1, count(mine, "#todo-mine li.returned"));
        assertTrue(mine.select("#todo-mine li.returned").text().contains("Thêm ảnh hoạt động."), "the approver's comment");
        assertEquals(2, count(mine, "#todo-mine li.draft"));
        assertEquals(1, count(mine, "#todo-mine li.waiting"));
        assertTrue(mine.select("#todo-mine li.waiting a").attr("href").endsWith("?id=" + waiting));
        assertNull(mine.getElementById("todo-queue"), "an editor has no approval queue");
        assertNull(mine.getElementById("todo-requests"));
        assertNull(mine.getElementById("todo-disclosure"));

        Document others = second.get("/admin/s/" + school + "/").doc();
        assertEquals(0, count(others, "#todo-mine li.draft"), "another editor's drafts are not mine");
        assertEquals(1, count(others, "#todo-mine li.waiting"));

        // The approver: the queue (two waiting); not the families' requests and applications (the handler's, below),
        // no disclosures or rubric.
        PortalClient.Page queue = reviewer.get("/admin/s/" + school + "/");
        Document approverView = queue.doc();
        assertEquals("2", text(approverView, "count-queue"));
        assertNull(approverView.getElementById("count-requests-open"), "an approver of news has no need of the requests");
        assertNull(approverView.getElementById("count-admission"));
        assertNull(approverView.getElementById("todo-disclosure"));
        // The handler: requests and admission, and nothing of the articles.
        Document handlerView = as(school + ".handler").get("/admin/s/" + school + "/").doc();
        // A one-day request sent on a working day before 17:00 is received today and due the next working
        // day; sent on a weekend or after hours it is received on the next working day and due the day
        // after, which is not yet "soon" (the law-in-force rules of WorkingDays).
        assertEquals(receivedToday ? "1" : "0", text(handlerView, "count-requests-soon"), "due on the next working day");
        assertEquals("2", text(handlerView, "count-requests-open"));
        assertEquals("0", text(handlerView, "count-requests-late"));
        assertEquals("1", text(handlerView, "count-admission"));
        assertNull(handlerView.getElementById("count-queue"), "a handler publishes nothing");
        PortalClient.Page published = reviewer.submitPlain(queue, "queue", Map.of("publish", othersWaiting), null,
                null, null, null, null);
        assertTrue(published.text().contains("Đã đăng bài: Chờ duyệt của người thứ hai."), published.text());
        assertEquals("1", text(published.doc(), "count-queue"));

        // The school admin: everything, the rubric and the disclosures of this school year.
        Document admin = schoolStaff.get("/admin/s/" + school + "/").doc();
        assertEquals("4", text(admin, "count-articles"), "three published, one published from the dashboard");
        assertEquals("hôm nay", text(admin, "rubric-last"));
        assertEquals("1", text(admin, "count-admission"));
        assertEquals(receivedToday ? "1" : "0", text(admin, "count-requests-soon"));
        int[] disclosures = disclosureStates(schoolStaff, school);
        assertEquals(String.valueOf(disclosures[0]), text(admin, "count-disclosure-late"));
        assertEquals(String.valueOf(disclosures[1]), text(admin, "count-disclosure-notyet"));
        assertEquals(String.valueOf(disclosures[2]), text(admin, "count-disclosure-stale"));
        assertEquals(String.valueOf(disclosures[3]), text(admin, "count-disclosure-published"));

        // Publishing an item moves it from late (or not yet due) to published.
        PortalClient.Page item = schoolStaff.submit(schoolStaff.get("/admin/s/" + school + "/cong-khai/muc?nam="
                + currentSchoolYear() + "&ma=1.3"), "entry", Map.of("body_input", "<p>Sứ mạng của trường.</p>"), "publishButton");
        assertTrue(item.text().contains("Đã công khai"), item.text());
        Document after = schoolStaff.get("/admin/s/" + school + "/").doc();
        assertEquals(String.valueOf(disclosures[3] + 1), text(after, "count-disclosure-published"));
        assertEquals(disclosures[0] + disclosures[1] - 1, Integer.parseInt(text(after, "count-disclosure-late"))
                + Integer.parseInt(text(after, "count-disclosure-notyet")));

        // The department: the same figures on the school's line.
        Element line = department.get("/admin/?tat-ca=1").doc().selectFirst("#schools tr[data-school=" + school + "]");
        assertNotNull(line, "the school is listed");
        assertEquals("4/40", line.selectFirst("[data-figure=articles]").text());
        assertEquals("0", line.selectFirst("[data-figure=requests]").attr("data-late"));
        assertEquals(receivedToday ? "1" : "0", line.selectFirst("[data-figure=requests]").attr("data-soon"));
        assertEquals("1", line.selectFirst("[data-figure=admission]").text());
        assertEquals("1", line.selectFirst("[data-figure=approval]").text());
        assertEquals(text(after, "count-disclosure-late"), line.selectFirst("[data-figure=disclosure]").attr("data-late"));

        // The school asks the parent for a paper: the request's clock stands still, so it is no longer due
        // (the dashboards still counted it, and would have called it late once its old day had passed).
        String quickId = schoolStaff.get("/admin/s/" + school + "/ho-so").doc()
                .select("#queue a.code:containsOwn(" + quickCode + ")").attr("href").replaceAll(".*id=", "");
        PortalClient.Page asked = schoolStaff.submit(schoolStaff.get("/admin/s/" + school + "/ho-so/xem?id=" + quickId), "ask",
                Map.of("note", "Vui lòng nộp thêm giấy xác nhận."), "go");
        assertTrue(asked.text().contains("Cần bổ sung"), asked.text());
        assertEquals("0", text(schoolStaff.get("/admin/s/" + school + "/").doc(), "count-requests-soon"));
        assertEquals("0", department.get("/admin/?tat-ca=1").doc().selectFirst("#schools tr[data-school=" + school + "]")
                .selectFirst("[data-figure=requests]").attr("data-soon"));
    }

    /** Late, not yet due, stale and published items of the current school year, as the disclosure page lists them. */
    private static int[] disclosureStates(PortalClient staff, String school) {
        int year = currentSchoolYear();
        PortalClient.Page list = staff.get("/admin/s/" + school + "/cong-khai?nam=" + year);
        if (list.doc().select("#items tbody tr").isEmpty()) {
            list = staff.submit(list, "open", Map.of("year", year + "-" + (year + 1)), "submit");
        }
        Document doc = list.doc();
        int stale = count(doc, "#items .status-STALE");
        return new int[] {count(doc, "#items .status-LATE"), count(doc, "#items .status-MISSING"), stale,
                count(doc, "#items .status-PUBLISHED") + stale};
    }

    private static int currentSchoolYear() {
        java.time.LocalDate today = java.time.LocalDate.now(AdmissionSteps.ZONE);
        return today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    }

    /** A published online procedure answered within {@code days} working days. */
    private static void createProcedure(PortalClient staff, String school, String slug, String name, String days) {
        PortalClient.Page form = staff.get("/admin/s/" + school + "/thu-tuc");
        Map<String, String> fields = new HashMap<>(Map.of("name", name, "slug", slug,
                "legalBasis", "Thông tư 28/2020/TT-BGDĐT", "applicants", "Cha, mẹ học sinh",
                "steps", "Nộp đơn\nNhà trường xem xét", "documents", "Đơn", "timeLimitDays", days,
                "fee", "Không thu phí", "result", "Ý kiến của nhà trường", "retentionDays", "365"));
        fields.put("serviceLevel", "FULL");
        fields.put("published", "on");
        PortalClient.Page saved = staff.submit(form, "proc", fields, "save");
        Element link = saved.doc().getElementById("edit-form");
        assertNotNull(link, "procedure saved: " + saved.text());
        ProcedureActions.publishForm(staff, school, link.attr("href").replaceAll(".*id=", ""),
                java.util.List.of(new ProcedureActions.Row("Hồ sơ", "ho_ten", "TEXT", "Họ tên học sinh", true, "", false)));
    }

    @Test
    void twoEditorsSavingTheSameArticleTheSecondIsToldAndNothingIsOverwritten() {
        PortalClient first = as(editor);
        PortalClient second = as(otherEditor);
        String id = idOf(write(first, "Lễ khai giảng", "save"));
        PortalClient.Page mine = first.get(edit() + "?id=" + id);
        PortalClient.Page theirs = second.get(edit() + "?id=" + id);

        assertTrue(first.submit(mine, "edit", Map.of("title", "Lễ khai giảng năm học mới"), "save").text()
                .contains("Đã lưu bài viết."));
        PortalClient.Page refused = second.submit(theirs, "edit", Map.of("title", "Khai giảng (bản của người thứ hai)"), "save");
        Element conflict = refused.doc().getElementById("conflict");
        assertNotNull(conflict, refused.text());
        assertTrue(conflict.text().startsWith("Bài này đã được " + editor + " lưu lúc"), conflict.text());
        assertEquals("Khai giảng (bản của người thứ hai)", refused.doc().getElementById("edit:title").val(),
                "what the second editor typed is still in the form");
        assertEquals("Lễ khai giảng năm học mới", second.get(edit() + "?id=" + id).doc().getElementById("edit:title").val(),
                "nothing was overwritten");

        PortalClient.Page kept = second.submit(refused, "edit", Map.of(), "overwrite");
        assertTrue(kept.text().contains("Đã lưu bài viết."), kept.text());
        assertEquals("Khai giảng (bản của người thứ hai)", first.get(edit() + "?id=" + id).doc().getElementById("edit:title").val());
        String history = first.get("/admin/s/" + school + "/bai-viet/lich-su?id=" + id).text();
        assertTrue(history.contains(editor) && history.contains(otherEditor), "both saves are in the history");
    }

    @Test
    void anApproverActingOnAnArticleAlreadyPublishedIsToldSoAndNothingChanges() {
        PortalClient writer = as(editor);
        String id = idOf(write(writer, "Hội thi vẽ tranh", "submit"));
        PortalClient late = as(approver);
        PortalClient.Page stale = late.get(edit() + "?id=" + id);
        PortalClient.Page staleDashboard = late.get("/admin/s/" + school + "/");
        assertTrue(department.submit(department.get(edit() + "?id=" + id), "edit", Map.of(), "publish").text()
                .contains("Đã đăng"));

        PortalClient.Page publishAgain = late.submit(stale, "edit", Map.of(), "publish");
        assertTrue(publishAgain.text().contains("Bài này đã được đăng lúc"), publishAgain.text());
        PortalClient.Page returnIt = late.submit(stale, "review", Map.of("comment", "Sửa lại tiêu đề."), "return");
        assertTrue(returnIt.text().contains("Bài này không còn chờ duyệt"), returnIt.text());
        PortalClient.Page fromDashboard = late.submitPlain(staleDashboard, "queue", Map.of("publish", id), null,
                null, null, null, null);
        assertTrue(fromDashboard.text().contains("Bài này đã được đăng lúc"), fromDashboard.text());
        PortalClient.Page now = writer.get(edit() + "?id=" + id);
        assertTrue(now.text().contains("Trạng thái: Đã đăng"), "still published, not returned: " + now.text());
    }

    @Test
    void aPhoneSizedPhotoIsResizedUprightAndAFileThatIsNotAPhotoIsRefusedKeepingWhatWasTyped() throws IOException {
        PortalClient writer = as(approver);
        // about 20 MB, as a phone's high-resolution photo: 4032 x 3024 stored lying down (EXIF 6), padded
        byte[] photo = Samples.phonePhoto(4032, 3024, 6, 20_000_000);
        assertTrue(photo.length >= 20_000_000);
        PortalClient.Page saved = writer.submitFile(writer.get(edit()), "edit",
                Map.of("title", "Ảnh từ điện thoại", "body_input", "<p>Ảnh chụp sân trường.</p>"), "cover", "IMG_2031.JPG",
                "image/jpeg", photo, "publish");
        assertTrue(saved.text().contains("Đã đăng"), saved.text());
        Element cover = new PortalClient().get("/s/" + school + "/bai-viet/anh-tu-dien-thoai").doc().selectFirst("img.cover");
        assertNotNull(cover);
        // The page names the stored picture's size and offers copies up to it; the largest is the stored size.
        assertEquals("1200", cover.attr("width"), "turned upright and resized for the web");
        assertEquals("1600", cover.attr("height"));
        String[] candidates = cover.attr("srcset").split(",");
        String largest = candidates[candidates.length - 1].strip().split(" ")[0];
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(new PortalClient().getBytes(largest)));
        assertEquals(1200, stored.getWidth(), "turned upright and resized for the web: " + largest);
        assertEquals(1600, stored.getHeight());

        PortalClient.Page refused = writer.submitFile(writer.get(edit()), "edit",
                Map.of("title", "Bài có ảnh hỏng", "body_input", "<p>Giữ nguyên nội dung này.</p>"), "cover", "anh.jpg",
                "image/jpeg", Samples.pdf(), "save");
        assertEquals("Tệp không phải ảnh PNG, JPEG hoặc GIF hợp lệ.", refused.fieldError("edit:cover"));
        assertEquals("Bài có ảnh hỏng", refused.doc().getElementById("edit:title").val(), "nothing typed is lost");
        assertTrue(refused.doc().getElementById("edit:body_input").text().contains("Giữ nguyên nội dung này."));
    }

    @Test
    void anAutosavedCopyIsOpenedAgainInANewSessionUntilItIsSavedOrDiscarded() {
        PortalClient before = AdminActions.loggedIn(otherEditor, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page nothing = before.get("/admin/s/" + school + "/bai-viet/xem-truoc");
        assertEquals("Chưa có gì để xem trước", nothing.doc().selectFirst("#preview-empty h1").text(),
                "a new article with nothing typed has nothing to preview (it was an empty article page): " + nothing.text());
        String id = idOf(write(before, "Tin hội thao", "save"));
        PortalClient.Page typing = before.get(edit() + "?id=" + id);
        before.submit(typing, "edit", Map.of("title", "Tin hội thao (đang sửa)", "body_input", "<p>Đoạn mới chưa lưu.</p>"),
                "autosave");

        PortalClient after = AdminActions.loggedIn(otherEditor, ItAccounts.STAFF_PASSWORD);
        PortalClient.Page reopened = after.get(edit() + "?id=" + id);
        assertTrue(reopened.text().contains("Đã mở lại bản tự lưu lúc"), reopened.text());
        assertEquals("Tin hội thao (đang sửa)", reopened.doc().getElementById("edit:title").val());
        assertTrue(reopened.doc().getElementById("edit:body_input").text().contains("Đoạn mới chưa lưu."));
        assertFalse(as(editor).get(edit() + "?id=" + id).text().contains("Đã mở lại bản tự lưu"),
                "another editor gets the saved article, not this copy");
        PortalClient.Page preview = after.get("/admin/s/" + school + "/bai-viet/xem-truoc?id=" + id);
        assertEquals("Tin hội thao (đang sửa)", preview.doc().selectFirst("article.prose h1").text(), "the preview shows the copy");
        assertEquals("SAMEORIGIN", preview.headers().firstValue("X-Frame-Options").orElse(""));

        PortalClient.Page saved = after.submit(reopened, "edit", Map.of(), "save");
        assertTrue(saved.text().contains("Đã lưu bài viết."), saved.text());
        assertFalse(after.get(edit() + "?id=" + id).text().contains("Đã mở lại bản tự lưu"), "saving ends the copy");
        assertEquals("Tin hội thao (đang sửa)", after.get(edit() + "?id=" + id).doc().getElementById("edit:title").val());
    }

    /**
     * An approver's autosaved copy (a preview made one) is not opened over the writer's newer text: it brought back
     * the text from before the writer's fix, and publishing wrote it. After a save the page is the article's address.
     */
    @Test
    void anAutosavedCopyOfAnOlderVersionIsNotOpenedOverTheNewerArticle() {
        PortalClient writer = as(editor);
        // After logging in, a teacher's menu leads to the school's work (it held only the overview and the password).
        assertEquals("/admin/s/" + school + "/", writer.get("/admin/").doc().select("#my-sites a").attr("href"));
        String id = idOf(write(writer, "Tin có sửa giờ", "submit"));
        PortalClient reviewer = as(approver);
        reviewer.submit(reviewer.get(edit() + "?id=" + id), "edit", Map.of(), "autosave");
        PortalClient.Page returned = reviewer.submit(reviewer.get(edit() + "?id=" + id), "review",
                Map.of("comment", "Thêm giờ bắt đầu."), "return");
        assertTrue(returned.text().contains("Đã trả lại bài"), returned.text());
        PortalClient.Page fixed = writer.submit(writer.get(edit() + "?id=" + id), "edit",
                Map.of("body_input", "<p>Nội dung đã sửa. Thời gian: 7 giờ 30.</p>"), "submit");
        assertEquals("id=" + id, fixed.uri().getQuery(), "after a save, the article's own address: " + fixed.uri());
        PortalClient.Page again = reviewer.get(edit() + "?id=" + id);
        assertFalse(again.text().contains("Đã mở lại bản tự lưu"), again.text());
        assertTrue(again.doc().getElementById("edit:body_input").text().contains("7 giờ 30"), again.text());
        assertNotNull(again.doc().getElementById("stale-copy"), "the older copy is said, not opened: " + again.text());
        // The address of an article that is gone says so (it opened a blank new article in silence).
        assertTrue(writer.get(edit() + "?id=999999999").text().contains("Không tìm thấy bài viết này"), "an unknown article");
    }

    // ---- photos as a phone writes them ---------------------------------------------------------

    /** A school's logo from a phone: a photo of several MB is taken, fitted (it was refused over 1 MB). */
    @Test
    void aPhoneSPhotoIsTakenAsTheSchoolsLogo() throws IOException {
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        assertTrue(out.size() > 2 * 1024 * 1024, "a photo of several MB: " + out.size());
        PortalClient.Page saved = department.submitFile(department.get("/admin/s/" + school + "/thong-tin"), "logoForm", "logo",
                "IMG_20261207.jpg", "image/jpeg", out.toByteArray(), "upload");
        assertTrue(saved.text().contains("Đã cập nhật biểu trưng."), saved.text());
        String logo = saved.doc().select("img.logo-preview").attr("src");
        assertFalse(logo.isEmpty(), "the new logo is shown at once: " + saved.text());
        assertEquals(200, new PortalClient().get(logo).status(), logo);
        assertNotNull(new PortalClient().get("/s/" + school + "/").doc().selectFirst("img.brand-logo"), "the home shows it");

        // A wrong logo can be taken off (there was no way back to none): the school's pages use its initial again,
        // and the favicon is still there.
        PortalClient.Page removed = department.submit(saved, "logoRemove", Map.of(), "remove");
        assertTrue(removed.text().contains("Đã gỡ biểu trưng"), removed.text());
        assertTrue(removed.doc().select("img.logo-preview").isEmpty(), removed.text());
        assertNull(removed.doc().getElementById("logoRemove:remove"), "nothing left to remove");
        PortalClient.Page again = department.submit(saved, "logoRemove", Map.of(), "remove"); // the page drawn before
        assertTrue(again.text().contains("Trường hiện không có biểu trưng."), again.text());
        PortalClient reader = new PortalClient();
        PortalClient.Page home = reader.get("/s/" + school + "/");
        assertNull(home.doc().selectFirst("img.brand-logo"), "the home no longer shows the logo");
        assertNotNull(home.doc().selectFirst(".brand-mark"), "but the school's initial");
        assertEquals(404, reader.get(logo).status(), "the old logo's address is gone");
        String icon = home.doc().select("link[rel=icon]").attr("href");
        assertEquals(200, reader.get(icon).status(), "a favicon without a logo: " + icon);
    }
}
