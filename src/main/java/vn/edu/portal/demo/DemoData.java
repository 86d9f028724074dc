package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;
import vn.edu.portal.content.Article;
import vn.edu.portal.content.ArticleService;
import vn.edu.portal.content.Category;
import vn.edu.portal.content.ContentService;
import vn.edu.portal.content.DocumentService;
import vn.edu.portal.content.DocumentType;
import vn.edu.portal.content.MediaService;
import java.util.EnumSet;
import java.util.List;
import vn.edu.portal.security.AccountService;
import vn.edu.portal.security.Role;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;
import vn.edu.portal.tenant.SiteService;

/** Loads the demo department once, through the same services the admin console uses. */
@ApplicationScoped
public class DemoData {

    /** The one password of every demo account (printed at start-up; demo mode only). */
    public static final String PASSWORD = "Demo@123456";

    record School(String slug, String name, SchoolLevel level, Ownership ownership, String district,
                  String address, String phone, String principal, String template, String staffPrefix) {
    }

    record Login(String username, String role, String site) {
    }

    static final List<School> SCHOOLS = List.of(
            new School("thnguyenhue", "Trường Tiểu học Nguyễn Huệ", SchoolLevel.PRIMARY, Ownership.PUBLIC,
                    "Phường Bến Thành", "12 Nguyễn Huệ, phường Bến Thành", "028 3822 1234", "Trần Thị Minh Thư",
                    "tieu-hoc", "nguyenhue"),
            new School("thkimdong", "Trường Tiểu học Kim Đồng", SchoolLevel.PRIMARY, Ownership.PUBLIC,
                    "Phường Tân Định", "45 Trần Quang Khải, phường Tân Định", "028 3848 5678", "Lê Văn Hùng",
                    "tieu-hoc", "kimdong"),
            new School("thcslequydon", "Trường THCS Lê Quý Đôn", SchoolLevel.LOWER_SECONDARY, Ownership.PUBLIC,
                    "Phường Xuân Hòa", "2 Lê Quý Đôn, phường Xuân Hòa", "028 3930 2468", "Nguyễn Thị Lan",
                    "thcs", "lequydon"),
            new School("thptmariecurie", "Trường THPT Marie Curie", SchoolLevel.UPPER_SECONDARY,
                    Ownership.PUBLIC, "Phường Xuân Hòa", "159 Nam Kỳ Khởi Nghĩa, phường Xuân Hòa",
                    "028 3932 0753", "Phạm Quốc Bảo", "thpt", "mariecurie"),
            new School("mnhoasen", "Trường Mầm non Hoa Sen", SchoolLevel.PRESCHOOL, Ownership.PUBLIC,
                    "Phường Bàn Cờ", "8 Cao Thắng, phường Bàn Cờ", "028 3833 1357", "Võ Thị Thu Hà",
                    "mam-non", "hoasen"),
            new School("mnvietuc", "Trường Mầm non tư thục Việt Úc", SchoolLevel.PRESCHOOL, Ownership.PRIVATE,
                    "Xã Bình Hưng", "21 Quốc lộ 50, xã Bình Hưng", "028 3758 9900", "Đặng Minh Khoa",
                    "mam-non", "vietuc"));

    @Inject
    SiteService sites;

    @Inject
    SiteDirectory directory;

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    ContentService content;

    @Inject
    DocumentService documents;

    @Inject
    MediaService media;

    @Inject
    DemoProcedures demoProcedures;

    @Inject
    vn.edu.portal.content.AlbumService albums;

    @Inject
    DemoDisclosures disclosures;

    @Inject
    DemoAdmission admission;

    private final List<Login> logins = new ArrayList<>();

    /** The demo password's hash: the build's, or (run without the build step) made once here. */
    private String passwordHash;

    public synchronized void loadOnce() {
        if (accounts.find("admin").isPresent()) {
            return;
        }
        long departmentSite = directory.departmentSite().orElseThrow().id();
        passwordHash = DemoPasswordHash.built().orElseGet(() -> accounts.hash(PASSWORD));
        accounts.create(departmentSite, new AccountService.NewAccount("admin", "Quản trị Sở (demo)",
                "admin@demo.edu.vn", PASSWORD, Role.DEPARTMENT_ADMIN), EnumSet.allOf(Role.class), "demo", null, passwordHash);
        logins.add(new Login("admin", "DEPARTMENT_ADMIN", "(tất cả)"));
        for (School school : SCHOOLS) {
            SiteInfo site = sites.createSchool(new SiteService.SiteForm(school.name(), school.slug(),
                    school.level(), school.ownership(), school.district(), school.address(), school.phone(),
                    "lienhe@" + school.slug() + ".demo.edu.vn", school.principal(),
                    "Website chính thức của " + school.name() + ".", school.template()), "demo", null);
            sites.joinedOn(site.id(), java.time.LocalDate.of(2024, 8, 1), "demo", null); // the demo's schools are on the portal since 2024
            account(site, school.staffPrefix() + ".admin", "Quản trị " + school.name(), Role.SCHOOL_ADMIN);
            if (school.slug().equals("thnguyenhue") || school.slug().equals("thkimdong")) {
                account(site, school.staffPrefix() + ".editor", "Biên tập viên " + school.name(), Role.EDITOR);
                account(site, school.staffPrefix() + ".approver", "Người duyệt " + school.name(), Role.APPROVER);
                account(site, school.staffPrefix() + ".handler", "Cán bộ tiếp nhận hồ sơ " + school.name(), Role.HANDLER);
            }
            news(site, school);
            documents(site, school);
        }
        departmentDocuments(directory.departmentSite().orElseThrow());
        demoProcedures.define(directory.departmentSite().orElseThrow());
        demoProcedures.queue(directory.bySlug("thnguyenhue").orElseThrow());
        demoProcedures.replaceRepealed(directory.departmentSite().orElseThrow());
        disclosures.load();
        admission.load(departmentSite);
    }

    /**
     * The pictures: each school's album and the covers of its news. Decoding and scaling them is most
     * of the demo's work, so this runs once the server answers (the covers appear a few seconds
     * later; saving an article drops the cached pages that show it).
     */
    public synchronized void loadPictures() {
        for (School school : SCHOOLS) {
            directory.bySlug(school.slug()).ifPresent(site -> album(site, school));
        }
        for (PendingCover cover : pendingCovers) {
            long image = media.uploadImage(cover.siteId(), "cover", "anh-bia.jpg",
                    DemoPictures.picture(cover.scene(), cover.variant()), "demo").getId();
            articles.save(cover.siteId(), cover.articleId(), cover.form(), image, List.of(), cover.author());
        }
        pendingCovers.clear();
    }

    /** A news item whose picture comes with {@link #loadPictures()}. */
    private record PendingCover(long siteId, long articleId, ArticleService.ArticleForm form, DemoPictures.Scene scene,
                                int variant, ArticleService.Actor author) {
    }

    private final List<PendingCover> pendingCovers = new ArrayList<>();

    /** Schools alternate between two versions of each picture. */
    private static int variant(School school) {
        return SCHOOLS.indexOf(school) % 2;
    }

    /** One album of drawn pictures (the demo ships no photographs). */
    private void album(SiteInfo site, School school) {
        boolean preschool = school.level() == SchoolLevel.PRESCHOOL;
        var album = albums.save(site.id(), null, preschool ? "Hoạt động của bé" : "Hoạt động ngoại khóa",
                (preschool ? "Hình ảnh các hoạt động của trẻ " : "Hình ảnh các hoạt động của học sinh ") + school.name() + ".",
                true, true, "demo", null);
        String[] captions = preschool
                ? new String[] {"Giờ đón trẻ buổi sáng", "Sân chơi giờ hoạt động ngoài trời", "Góc sách của lớp", "Vườn trường"}
                : new String[] {"Giờ chào cờ đầu tuần", "Sân trường giờ ra chơi", "Thư viện thân thiện", "Vườn trường"};
        DemoPictures.Scene[] scenes = {DemoPictures.Scene.SCHOOL, DemoPictures.Scene.BREAK_TIME,
            DemoPictures.Scene.LIBRARY, DemoPictures.Scene.GARDEN};
        for (int i = 0; i < captions.length; i++) {
            long image = media.uploadImage(site.id(), "photo", "anh-" + (i + 1) + ".jpg",
                    DemoPictures.picture(scenes[i], variant(school)), "demo").getId();
            albums.addPhoto(site.id(), album.getId(), image, captions[i], true, "demo", null);
        }
    }

    /** A few official documents with their (generated) PDF. */
    private void documents(SiteInfo site, School school) {
        String code = school.staffPrefix().toUpperCase(java.util.Locale.ROOT);
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(vn.edu.portal.platform.Formats.VIETNAM);
        String[][] samples = {
            {"KE_HOACH", "01/KH-" + code, "Kế hoạch giáo dục nhà trường năm học " + SiteService.currentSchoolYear(),
                date.format(today.minusDays(80))},
            {"QUYET_DINH", "15/QĐ-" + code, "Quyết định thành lập Ban đại diện cha mẹ "
                + (school.level() == SchoolLevel.PRESCHOOL ? "trẻ" : "học sinh"), date.format(today.minusDays(60))},
            {"THONG_BAO", "22/TB-" + code, "Thông báo các khoản thu năm học theo quy định", date.format(today.minusDays(40))},
            {"BAO_CAO", "08/BC-" + code, "Báo cáo tổng kết năm học trước", date.format(today.minusDays(200))}};
        for (String[] sample : samples) {
            long pdf = media.upload(site.id(), "file", sample[1].replace('/', '-') + ".pdf", DemoPdf.of(sample[2]),
                    "demo").getId();
            documents.save(site.id(), null, new DocumentService.DocumentForm(sample[1], DocumentType.valueOf(sample[0]),
                    school.name(), school.principal(), sample[3], null, sample[2], true), pdf, true, "demo", null);
        }
    }

    /** The department's own documents (its portal lists them at van-ban like a school's). */
    private void departmentDocuments(SiteInfo department) {
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(vn.edu.portal.platform.Formats.VIETNAM);
        String[][] samples = {
            {"KE_HOACH", "1520/KH-SGDĐT", "Kế hoạch tuyển sinh đầu cấp năm học " + SiteService.currentSchoolYear(),
                date.format(today.minusDays(30))},
            {"CONG_VAN", "2104/SGDĐT-VP", "Hướng dẫn thực hiện công khai năm học theo Thông tư 09/2024/TT-BGDĐT",
                date.format(today.minusDays(75))},
            {"THONG_BAO", "310/TB-SGDĐT", "Thông báo lịch nghỉ Tết Nguyên đán của các trường", date.format(today.minusDays(10))}};
        for (String[] sample : samples) {
            long pdf = media.upload(department.id(), "file", sample[1].replace('/', '-') + ".pdf", DemoPdf.of(sample[2]),
                    "demo").getId();
            documents.save(department.id(), null, new DocumentService.DocumentForm(sample[1], DocumentType.valueOf(sample[0]),
                    department.name(), "Giám đốc Sở", sample[3], null, sample[2], true), pdf, true, "demo", null);
        }
    }


    private void news(SiteInfo site, School school) {
        Map<String, Long> categories = content.categories(site.id()).stream()
                .collect(Collectors.toMap(Category::getSlug, Category::getId));
        ArticleService.Actor author = new ArticleService.Actor(school.staffPrefix() + ".admin",
                "Ban biên tập " + school.name(), true, null);
        java.time.LocalDate today = java.time.LocalDate.now(vn.edu.portal.platform.Formats.VIETNAM);
        for (DemoArticles.Sample sample : DemoArticles.samples(school.level())) {
            String body = sample.body().replace("{{ten_truong}}", school.name());
            ArticleService.ArticleForm form = new ArticleService.ArticleForm(categories.get(sample.category()),
                    sample.title(), null, sample.summary(), body, "năm học mới, " + school.name(), sample.featured(), null);
            // each school publishes a few minutes apart, so that the department's stream mixes them
            Instant at = DemoArticles.publishedAt(sample, today).toInstant().plus(Duration.ofMinutes(3L * school.slug().length()));
            Instant latest = Instant.now().minus(Duration.ofMinutes(5));
            Article article = articles.importPublished(site.id(), form, null, at.isAfter(latest) ? latest : at, author);
            if (sample.cover() != null) {
                pendingCovers.add(new PendingCover(site.id(), article.getId(), form, sample.cover(), variant(school), author));
            }
        }
        if (school.slug().equals("thnguyenhue")) {
            ArticleService.Actor editor = new ArticleService.Actor("nguyenhue.editor", "Biên tập viên", false, null);
            articles.save(site.id(), null, new ArticleService.ArticleForm(categories.get("tin-tuc"),
                    "Kết quả hội khỏe Phù Đổng cấp trường", null, "Bản nháp: bổ sung ảnh và danh sách đạt giải.",
                    "<p>Bản nháp đang viết.</p>", null, false, null), null, List.of(), editor);
            Article submitted = articles.save(site.id(), null, new ArticleService.ArticleForm(categories.get("tin-tuc"),
                    "Chương trình “Áo ấm cho em” vùng cao", null, "Liên đội phát động quyên góp áo ấm gửi học sinh vùng cao.",
                    "<p>Liên đội phát động phong trào quyên góp áo ấm, sách vở gửi tặng học sinh vùng cao.</p>", null,
                    false, null), null, List.of(), editor);
            articles.submit(site.id(), submitted.getId(), editor);
        }
    }

    private void account(SiteInfo site, String username, String fullName, Role role) {
        accounts.create(site.id(), new AccountService.NewAccount(username, fullName, null, PASSWORD, role),
                EnumSet.allOf(Role.class), "demo", null, passwordHash);
        logins.add(new Login(username, role.name(), site.slug()));
    }

    /** The demo's addresses and logins, with {@code readiness} (how long the start took) under the title. */
    public String banner(String baseUrl, String readiness) {
        StringBuilder out = new StringBuilder("\n================================================================\n")
                .append(" School portal (DEMO, embedded H2 database) is running:\n")
                .append("   ").append(readiness).append('\n')
                .append("   Department portal:   ").append(baseUrl).append("/\n")
                .append("   A school by path:    ").append(baseUrl).append("/s/thnguyenhue/\n")
                .append("   A school by host:    ").append(baseUrl.replace("://localhost", "://thnguyenhue.localhost"))
                .append("/\n")
                .append("   Admin console:       ").append(baseUrl).append("/admin/\n")
                .append(" Demo logins (password for all: ").append(PASSWORD).append("):\n");
        for (Login login : logins) {
            out.append(String.format("   %-22s %-18s %s%n", login.username(), login.role(), login.site()));
        }
        out.append(admission.bannerLines());
        return out.append("================================================================").toString();
    }
}
