package vn.edu.portal.bench;

import java.util.List;
import java.util.Map;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * Content for the public-page benchmark on a real database, where no demo data is ever loaded:
 * a department admin (through /setup), schools, and published articles written through the
 * admin console as a school's approver would. Prints the slug of the first school.
 */
public final class PublicSeed {

    private static final List<String[]> NEWS = List.of(
            new String[] {"Lễ khai giảng năm học mới", "Thầy và trò long trọng tổ chức lễ khai giảng, chào đón học sinh khối đầu cấp."},
            new String[] {"Thông báo lịch họp cha mẹ học sinh", "Nhà trường tổ chức họp cha mẹ học sinh các lớp vào sáng Chủ nhật."},
            new String[] {"Hội thi giáo viên dạy giỏi cấp trường", "Nhiều tiết dạy sáng tạo, ứng dụng công nghệ thông tin."},
            new String[] {"Ngày hội đọc sách tại thư viện", "Học sinh hào hứng tham gia ngày hội đọc sách với nhiều hoạt động."},
            new String[] {"Tập huấn phòng cháy chữa cháy", "Cán bộ, giáo viên và học sinh được hướng dẫn kỹ năng thoát nạn an toàn."},
            new String[] {"Kế hoạch kiểm tra giữa học kỳ", "Lịch kiểm tra giữa học kỳ được thực hiện trong tuần thứ chín."},
            new String[] {"Hoạt động trải nghiệm Em yêu thành phố", "Chuyến tham quan bảo tàng giúp học sinh thêm yêu quê hương."},
            new String[] {"Giải bóng đá thiếu nhi khối năm", "Các đội bóng lớp năm tranh tài sôi nổi trên sân trường."});

    private PublicSeed() {
    }

    public static void main(String[] args) {
        System.setProperty("it.database", "mariadb");
        String base = System.getProperty("bench.base", "http://127.0.0.1:8181");
        int schools = Integer.getInteger("bench.schools", 6);
        int articles = Integer.getInteger("bench.articles", 40);
        PortalClient admin = AdminActions.departmentAdminOn(base);
        String first = null;
        for (int s = 0; s < schools; s++) {
            String slug = AdminActions.createSchool(admin, "thbench" + (s + 1), "Trường Tiểu học Đo Tải " + (s + 1));
            AdminActions.createAccount(admin, slug, slug + ".approver", "APPROVER");
            PortalClient approver = AdminActions.loggedIn(base, slug + ".approver", ItAccounts.STAFF_PASSWORD);
            for (int a = 0; a < articles; a++) {
                String[] news = NEWS.get(a % NEWS.size());
                PortalClient.Page published = approver.submit(approver.get("/admin/s/" + slug + "/bai-viet/soan"), "edit",
                        Map.of("title", news[0] + " (" + (a + 1) + ")", "summary", news[1], "body_input",
                                "<p>" + news[1] + "</p><p>" + String.join(" ", java.util.Collections.nCopies(20, news[1])) + "</p>"),
                        "publish");
                if (!published.text().contains("Đã đăng")) {
                    throw new IllegalStateException("article not published: " + published.text());
                }
            }
            System.out.println("seeded " + slug + ": " + articles + " articles");
            if (first == null) {
                first = slug;
            }
        }
        System.out.println("SCHOOL=" + first);
    }
}
