package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.Deployments;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.ProcedureActions;
import vn.edu.portal.it.Samples;

/**
 * Every upload of the portal, over HTTP, gets the same hostile files: SVG with script (as .svg
 * and as .png), a web page named .png and .pdf, a GIF/JavaScript polyglot, a PNG declaring a
 * 50,000-pixel square, a Word zip bomb, a Word archive with climbing entry names and a Windows
 * program named .pdf. Each must be refused with a message at its field. A genuine file whose
 * name climbs folders is kept under a random stored name and shown under its last segment
 * only; too large files are refused, not failed. ({@code UploadAttacksTest} checks the same at
 * the level of the checks themselves.)
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class UploadEndpointChecks {

    private static final int YEAR = 2057;

    private String school;
    private PortalClient staff;
    private String album;
    private String procedure;
    private String submission;
    private int disclosureYear;
    private final AtomicInteger numbers = new AtomicInteger();

    /** One hostile file. */
    private record Hostile(String name, String type, byte[] data) {
    }

    /** One upload of the portal: sends a file, and reads the message next to its field. */
    private record Endpoint(String name, Function<Hostile, PortalClient.Page> send, Function<PortalClient.Page, String> error) {
    }

    @BeforeAll
    void aSchoolWithSomethingToUploadInto() {
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        school = AdminActions.createSchool(department, ItAccounts.uniqueSlug("tlt"), "Trường Tiểu học Tải Lên");
        AdminActions.createAccount(department, school, school + ".admin", "SCHOOL_ADMIN");
        staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        String admin = "/admin/s/" + school + "/";
        PortalClient.Page saved = staff.submit(staff.get(admin + "album"), "album", Map.of("title", "Album tải lên"), "save");
        album = saved.doc().select("a").stream().filter(a -> a.text().equals("Album tải lên")).findFirst().orElseThrow()
                .attr("href").replaceAll(".*id=", "");
        procedure = ProcedureActions.createProcedure(staff, school, "don-tai-len", "Đơn tải lên", List.of(
                new ProcedureActions.Row("Hồ sơ", "ho_ten", "TEXT", "Họ tên", true, "", false),
                new ProcedureActions.Row("Hồ sơ", "giay", "FILE", "Giấy tờ", true, "pdf, image, docx", false)));
        String email = "tai.len." + System.nanoTime() + "@example.vn";
        String tracking = ProcedureActions.submit(new PortalClient(), school, "don-tai-len", Map.of("f_ho_ten", "Tải Lên"),
                "f_giay", Samples.pdf(), email).tracking();
        submission = ProcedureActions.submissionId(staff, school, tracking);
        java.time.LocalDate today = java.time.LocalDate.now(AdmissionSteps.ZONE);
        disclosureYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        staff.submit(staff.get(admin + "cong-khai"), "open", Map.of("year", disclosureYear + "-" + (disclosureYear + 1)),
                "submit");
        PortalClient.Page campaign = AdmissionSteps.createCampaign(department, YEAR, true);
        AdmissionSteps.addSchool(department, campaign, school, 1, 10, "Phường Tải Lên");
    }

    private final List<Hostile> hostileFiles = hostileFiles();

    private static List<Hostile> hostileFiles() {
        return List.of(
                new Hostile("anh.svg", "image/svg+xml", Samples.svgWithScript()),
                new Hostile("anh-svg.png", "image/png", Samples.svgWithScript()),
                new Hostile("trang.png", "image/png", Samples.html()),
                new Hostile("trang.pdf", "application/pdf", Samples.html()),
                new Hostile("hoat-hinh.gif", "image/gif", Samples.gifScriptPolyglot()),
                new Hostile("khong-lo.png", "image/png", Samples.pngDeclaring(50_000, 50_000)),
                new Hostile("bom.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        Samples.docxBomb()),
                new Hostile("leo-thu-muc.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        Samples.docxWithTraversal()),
                new Hostile("chuong-trinh.pdf", "application/pdf", Samples.executable()));
    }

    /** The uploads, each for a client of its own (they run side by side). */
    private List<Endpoint> endpoints(PortalClient staff) {
        String admin = "/admin/s/" + school + "/";
        Map<String, String> article = Map.of("title", "Bài có tệp", "body_input", "<p>Nội dung</p>");
        PortalClient.Page[] admission = {null};
        PortalClient.Page[] askedFor = {null};
        return List.of(
                new Endpoint("logo", f -> staff.submitFile(staff.get(admin + "thong-tin"), "logoForm", "logo", f.name(),
                        f.type(), f.data(), "upload"), p -> p.fieldError("logoForm:logo")),
                new Endpoint("media library", f -> staff.submitFile(staff.get(admin + "thu-vien"), "upload", "file", f.name(),
                        f.type(), f.data(), "submit"), p -> p.fieldError("upload:file")),
                new Endpoint("article cover", f -> staff.submitFile(staff.get(admin + "bai-viet/soan"), "edit", article,
                        "cover", f.name(), f.type(), f.data(), "save"), p -> p.fieldError("edit:cover")),
                new Endpoint("article attachment", f -> staff.submitFile(staff.get(admin + "bai-viet/soan"), "edit", article,
                        "attachment", f.name(), f.type(), f.data(), "save"), p -> p.fieldError("edit:attachment")),
                new Endpoint("official document PDF", f -> staff.submitFile(staff.get(admin + "van-ban"), "doc",
                        Map.of("number", numbers.incrementAndGet() + "/TL", "type", "KE_HOACH", "issuer", "Trường",
                                "signer", "Người ký", "issuedOn", "02/03/2026", "summary", "Văn bản"),
                        "file", f.name(), f.type(), f.data(), "save"), p -> p.fieldError("doc:file")),
                new Endpoint("album photo", f -> staff.submitFile(staff.get(admin + "album?id=" + album), "photos",
                        Map.of("caption", "Ảnh"), "photo", f.name(), f.type(), f.data(), "add"), p -> p.fieldError("photos:photo")),
                new Endpoint("procedure blank form", f -> staff.submitFile(staff.get(admin + "thu-tuc?id=" + procedure),
                        "blank", Map.of("blankTitle", "Mẫu đơn"), "blankFile", f.name(), f.type(), f.data(), "addBlank"),
                        p -> p.fieldError("blank:blankFile")),
                new Endpoint("procedure result", f -> staff.submitFile(staff.get(admin + "ho-so/xem?id=" + submission),
                        "accept", Map.of(), "result", f.name(), f.type(), f.data(), "go"), p -> p.fieldError("accept:result")),
                new Endpoint("parent's procedure file", f -> {
                    PortalClient parent = new PortalClient();
                    return parent.submitPlain(parent.get("/s/" + school + "/thu-tuc/don-tai-len/nop"), "apply-form",
                            Map.of("f_ho_ten", "Phụ Huynh"), "next", "f_giay", f.name(), f.type(), f.data());
                }, p -> p.doc().getElementById("e_giay") == null ? "" : p.doc().getElementById("e_giay").text()),
                new Endpoint("parent's admission paper", f -> {
                    if (admission[0] == null) {
                        admission[0] = papersStep();
                    }
                    admission[0] = new PortalClient().submitFile(admission[0], "apply", "birthCert", f.name(), f.type(),
                            f.data(), "next");
                    return admission[0];
                }, p -> p.fieldError("birthCert")),
                new Endpoint("family's paper asked for", f -> {
                    if (askedFor[0] == null) {
                        askedFor[0] = askedForAPaper();
                    }
                    return new PortalClient().submitPlain(askedFor[0], "papers", Map.of("paperKind", "birthCert"), "papers", "paper",
                            f.name(), f.type(), f.data());
                }, p -> p.doc().select("#papers .field-error").text()),
                new Endpoint("disclosure report PDF", f -> staff.submitFile(staff.get(admin + "cong-khai/muc?nam="
                        + disclosureYear + "&ma=5.1"), "entry", Map.of(), "file", f.name(), f.type(), f.data(), "publishButton"),
                        p -> p.fieldError("entry:file")));
    }

    /** A family's look-up of an application the school asked a paper for (its papers' form). */
    private PortalClient.Page askedForAPaper() {
        PortalClient department = AdminActions.loginAsDepartmentAdmin();
        String email = "bo.sung." + System.nanoTime() + "@example.vn";
        Map<String, String> v = AdmissionSteps.family("079251" + String.format("%06d", (System.nanoTime() / 7) % 1_000_000),
                "2051-05-03", "MALE", "Phường Tải Lên", email);
        PortalClient parent = new PortalClient();
        String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, department,
                AdmissionSteps.fillAll(parent, school, v), email));
        PortalClient clerk = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        clerk.submit(AdmissionSteps.openApplication(clerk, school, code), "decide", Map.of("reason", "Chụp lại giấy khai sinh"), "ask");
        PortalClient.Page found = parent.exchange("POST", "/s/" + school + "/tuyen-sinh/tra-cuu", Map.of(),
                Map.of("ma", code, "email", email, "action", "find"));
        assertNotNull(found.doc().getElementById("papers"), found.text());
        return found;
    }

    /** A parent at the step of the admission form that takes the papers. */
    private PortalClient.Page papersStep() {
        PortalClient parent = new PortalClient();
        String email = "giay.to." + System.nanoTime() + "@example.vn";
        Map<String, String> v = AdmissionSteps.family("079251" + String.format("%06d", System.nanoTime() % 1_000_000),
                "2051-04-02", "MALE", "Phường Tải Lên", email);
        PortalClient.Page p = parent.submit(parent.get("/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex", "birthPlace",
                "ethnicity"));
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "curProvince", "curWard", "curStreet", "permProvince",
                "permWard", "permStreet"));
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "motherName", "motherBirthYear", "declarantName",
                "declarantRelation", "phone", "email"));
        p = AdmissionSteps.step(parent, p, Map.of("consent", "true"));
        assertTrue(p.text().contains("Bước 5 / 6"), p.text());
        return p;
    }

    @Test
    void everyUploadRefusesEveryHostileFileWithAMessage() throws Exception {
        List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        int count = endpoints(staff).size();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                runs.add(pool.submit(() -> {
                    Endpoint endpoint = endpoints(AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD))
                            .get(index);
                    for (Hostile file : hostileFiles) {
                        PortalClient.Page answer = endpoint.send().apply(file);
                        String error = answer.status() == 200 ? endpoint.error().apply(answer) : "";
                        if (answer.status() != 200 || error.isBlank()) {
                            accepted.add(endpoint.name() + " took " + file.name() + " (" + answer.status() + "): "
                                    + answer.text().substring(0, Math.min(300, answer.text().length())));
                        }
                    }
                }));
            }
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(accepted.isEmpty(), "hostile files not refused at their field:\n" + String.join("\n", accepted));
        PortalClient.Page library = staff.get("/admin/s/" + school + "/thu-vien");
        assertTrue(library.doc().select(".media-grid li").isEmpty(), "nothing reached the media library: " + library.text());
        assertEquals("Đã tiếp nhận", staff.get("/admin/s/" + school + "/ho-so/xem?id=" + submission).doc()
                .getElementById("status").text(), "no refused result closed the submission");
    }

    @Test
    void aClimbingFileNameIsKeptAsItsLastSegmentUnderARandomStoredName() {
        String admin = "/admin/s/" + school + "/";
        String climbing = "..\\..\\..\\WEB-INF\\web.xml/../../../etc/\"passwd'<b>.png";
        PortalClient.Page saved = staff.submitFile(staff.get(admin + "thu-vien"), "upload", "file", climbing, "image/png",
                Samples.png(20, 20), "submit");
        assertTrue(saved.fieldError("upload:file").isEmpty(), saved.text());
        Element link = staff.get(admin + "thu-vien").doc().select(".media-grid a").stream()
                .filter(a -> a.text().contains("passwd")).findFirst().orElseThrow(() -> new AssertionError(saved.text()));
        assertEquals("passwdb.png", link.text(), "the last segment, without quotes or brackets");
        assertTrue(link.attr("href").matches("/files/m/\\d+/[0-9a-f-]{36}\\.png"), link.attr("href"));
        assertEquals(200, new PortalClient().get(link.attr("href")).status());
    }

    @Test
    void aFileOverTheServletsLimitComesBackToTheArticleOrAlbumItWasFor() {
        String admin = "/admin/s/" + school + "/";
        PortalClient.Page saved = staff.submit(staff.get(admin + "bai-viet/soan"), "edit",
                Map.of("title", "Bài có tệp quá lớn", "body_input", "<p>Nội dung</p>"), "save");
        String article = saved.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy(Samples.pdf(), 0, huge, 0, Samples.pdf().length);
        // Before: a 500 ("Hệ thống đang gặp sự cố"), the flash of the reloaded page unreadable; and the
        // reload lost the article's id, so it opened an empty new article.
        // The browser names the page the form was on (Referer; same site, Referrer-Policy strict-origin-when-cross-origin).
        PortalClient onArticle = staff.withHeaders(Map.of("Referer", Deployments.baseUrl() + admin + "bai-viet/soan?id=" + article));
        PortalClient.Page back = onArticle.submitFile(onArticle.get(admin + "bai-viet/soan?id=" + article), "edit",
                Map.of("title", "Bài có tệp quá lớn"), "attachment", "lon.pdf", "application/pdf", huge, "save");
        assertEquals(200, back.status(), back.text());
        assertEquals("id=" + article + "&tooLarge=1", back.uri().getQuery(), "back on that article");
        assertNotNull(back.doc().getElementById("too-large"), back.text());
        assertEquals("Bài có tệp quá lớn", back.doc().getElementById("edit:title").val());
        PortalClient onAlbum = staff.withHeaders(Map.of("Referer", Deployments.baseUrl() + admin + "album?id=" + album));
        PortalClient.Page photo = onAlbum.submitFile(onAlbum.get(admin + "album?id=" + album), "photos", Map.of("caption", "To"),
                "photo", "lon.png", "image/png", huge, "add");
        assertEquals(200, photo.status(), photo.text());
        assertEquals("id=" + album + "&tooLarge=1", photo.uri().getQuery(), "back on that album");
        assertNotNull(photo.doc().getElementById("too-large"), photo.text());
    }

    /** A PNG of random pixels: it does not compress, so it is as big as a phone's photo. */
    private static byte[] noisePng(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aFileOverTheLimitsIsRefusedWithAMessageNotAnError() {
        String admin = "/admin/s/" + school + "/";
        // A photo of several megabytes, as a phone takes it, goes into an album resized (it was refused over 5 MB).
        byte[] big = noisePng(1800, 1400);
        assertTrue(big.length > 6 * 1024 * 1024, "over the old limit: " + big.length);
        PortalClient.Page photo = staff.submitFile(staff.get(admin + "album?id=" + album), "photos", Map.of("caption", "To"),
                "photo", "to.png", "image/png", big, "add");
        assertEquals("", photo.fieldError("photos:photo"), photo.text());
        assertTrue(photo.text().contains("Đã thêm ảnh"), photo.text());
        // A phone's photo of 7 MB into the media library (public once used): taken (it was refused over 5 MB),
        // upright, web-sized, and published without the phone's metadata (where it was taken).
        PortalClient.Page fromPhone = staff.submitFile(staff.get(admin + "thu-vien"), "upload", "file", "IMG_2031.jpg",
                "image/jpeg", Samples.phonePhoto(4000, 3000, 6, 7 * 1024 * 1024), "submit");
        assertEquals("", fromPhone.fieldError("upload:file"), fromPhone.text());
        Element published = staff.get(admin + "thu-vien").doc().select(".media-grid a").stream()
                .filter(a -> a.text().startsWith("IMG_2031")).findFirst().orElseThrow(() -> new AssertionError(fromPhone.text()));
        byte[] served = new PortalClient().getBytes(published.attr("href"));
        assertFalse(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Exif\0\0"), "no metadata published");
        assertTrue(served.length < 1024 * 1024, served.length + " bytes");
        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy(Samples.pdf(), 0, huge, 0, Samples.pdf().length);
        PortalClient.Page library = staff.submitFile(staff.get(admin + "thu-vien"), "upload", "file", "lon.pdf",
                "application/pdf", huge, "submit");
        assertEquals(200, library.status(), "over the servlet's own limit: " + library.text());
        assertEquals("/admin/s/" + school + "/thu-vien", library.uri().getPath(), "back on its own page");
        assertTrue(library.doc().getElementById("too-large") != null, "with a notice: " + library.text());
        assertTrue(library.doc().select(".media-grid a").stream().noneMatch(a -> a.text().startsWith("lon")));
        // Over the whole request's limit (42 MiB, two phone photos): the container refuses it another way, and it was a 500.
        byte[] whole = new byte[43 * 1024 * 1024];
        System.arraycopy(Samples.pdf(), 0, whole, 0, Samples.pdf().length);
        PortalClient.Page tooMuch = staff.submitFile(staff.get(admin + "thu-vien"), "upload", "file", "rat-lon.pdf",
                "application/pdf", whole, "submit");
        assertEquals(200, tooMuch.status(), "over the request's limit: " + tooMuch.text());
        assertTrue(tooMuch.doc().getElementById("too-large") != null, "with a notice: " + tooMuch.text());

        PortalClient.Page expired = staff.postForm(admin + "thong-tin", Map.of("identity", "identity",
                "identity:save", "x", "jakarta.faces.ViewState", "-1:-2"));
        assertEquals(200, expired.status(), "an expired form (same handler) comes back to its page too: " + expired.uri());
        assertEquals("/admin/s/" + school + "/thong-tin", expired.uri().getPath());
        assertTrue(expired.text().contains("Phiên làm việc của biểu mẫu đã hết hạn"), expired.text());
    }
}
