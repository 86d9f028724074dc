package vn.edu.portal.demo;

import java.util.List;

/** Sample news of a Vietnamese school year, in the words a school's website would use. */
final class DemoArticles {

    /** {@code cover}: the picture of a news item; announcements have none. */
    record Sample(String category, String title, String summary, String body, boolean featured,
                  DemoPictures.Scene cover) {
    }

    private DemoArticles() {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("tin-tuc", "Lễ khai giảng năm học mới",
                    "Sáng 5/9, thầy và trò nhà trường long trọng tổ chức lễ khai giảng, chào đón học sinh khối đầu cấp.",
                    "<p>Sáng ngày 5 tháng 9, {{ten_truong}} long trọng tổ chức lễ khai giảng năm học mới với sự tham dự "
                    + "của đại diện chính quyền địa phương, Ban đại diện cha mẹ học sinh cùng toàn thể giáo viên và học sinh.</p>"
                    + "<p>Trong diễn văn khai giảng, Hiệu trưởng nhà trường điểm lại những kết quả nổi bật của năm học trước "
                    + "và nêu các nhiệm vụ trọng tâm: nâng cao chất lượng dạy học, đẩy mạnh chuyển đổi số và xây dựng "
                    + "trường học an toàn, thân thiện.</p><p>Tiếng trống khai trường vang lên trong niềm vui của các em học sinh "
                    + "và sự kỳ vọng của cha mẹ học sinh.</p>", true, DemoPictures.Scene.CEREMONY),
            new Sample("thong-bao", "Thông báo lịch họp cha mẹ học sinh đầu năm",
                    "Nhà trường tổ chức họp cha mẹ học sinh các lớp vào sáng Chủ nhật tuần này.",
                    "<p>Nhà trường trân trọng kính mời quý cha mẹ học sinh đến dự buổi họp đầu năm học vào lúc "
                    + "7 giờ 30 sáng Chủ nhật tại các phòng học của lớp.</p><p>Nội dung: thông qua kế hoạch giáo dục, "
                    + "các khoản thu theo quy định, bầu Ban đại diện cha mẹ học sinh lớp.</p>"
                    + "<p>Lưu ý: nhà trường không thu bất kỳ khoản nào qua tin nhắn hoặc chuyển khoản cá nhân.</p>", false, null),
            new Sample("tin-tuc", "Hội thi giáo viên dạy giỏi cấp trường",
                    "Hai mươi giáo viên tham gia hội thi với nhiều tiết dạy sáng tạo, ứng dụng công nghệ thông tin.",
                    "<p>Hội thi giáo viên dạy giỏi cấp trường năm nay thu hút 20 thầy cô tham gia ở các môn học.</p>"
                    + "<p>Nhiều tiết dạy sử dụng bài giảng điện tử, học liệu số và hoạt động nhóm, giúp học sinh hứng thú, "
                    + "chủ động. Ban giám khảo đánh giá cao tinh thần đổi mới phương pháp của các thầy cô.</p>", false, DemoPictures.Scene.CLASSROOM),
            new Sample("thong-bao", "Thông báo nghỉ lễ Quốc khánh 2/9",
                    "Học sinh được nghỉ học từ ngày 1/9 đến hết ngày 2/9, đi học lại bình thường từ ngày 3/9.",
                    "<p>Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, nhà trường thông báo lịch nghỉ lễ Quốc khánh: "
                    + "học sinh nghỉ học từ ngày 1/9 đến hết ngày 2/9.</p><p>Kính đề nghị quý cha mẹ học sinh nhắc nhở các em "
                    + "giữ gìn an toàn trong những ngày nghỉ.</p>", false, null),
            new Sample("tin-tuc", "Ngày hội đọc sách tại thư viện trường",
                    "Học sinh các lớp hào hứng tham gia ngày hội đọc sách với nhiều hoạt động bổ ích.",
                    "<p>Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, thư viện trường tổ chức ngày hội đọc sách với các hoạt động: "
                    + "giới thiệu sách hay, vẽ tranh theo truyện, thi kể chuyện.</p><p>Hơn 300 đầu sách mới do cha mẹ học sinh "
                    + "và các nhà hảo tâm trao tặng đã được bổ sung vào tủ sách lớp học.</p>", true, DemoPictures.Scene.LIBRARY),
            new Sample("tin-tuc", "Tập huấn phòng cháy chữa cháy và thoát nạn",
                    "Cán bộ, giáo viên, nhân viên và học sinh được hướng dẫn kỹ năng phòng cháy và thoát nạn an toàn.",
                    "<p>Phối hợp với Đội Cảnh sát phòng cháy chữa cháy khu vực, nhà trường tổ chức buổi tập huấn và "
                    + "diễn tập phương án chữa cháy, cứu nạn.</p><ul><li>Nhận biết nguy cơ cháy nổ trong trường học;</li>"
                    + "<li>Sử dụng bình chữa cháy xách tay;</li><li>Thoát nạn theo lối thoát hiểm.</li></ul>", false, DemoPictures.Scene.FIRE_DRILL),
            new Sample("thong-bao", "Thông báo kế hoạch kiểm tra giữa học kỳ I",
                    "Lịch kiểm tra giữa học kỳ I được thực hiện trong tuần thứ 9 của năm học.",
                    "<p>Nhà trường thông báo kế hoạch kiểm tra, đánh giá giữa học kỳ I. Lịch kiểm tra chi tiết của từng khối "
                    + "lớp được giáo viên chủ nhiệm gửi đến cha mẹ học sinh qua sổ liên lạc điện tử.</p>", false, null),
            new Sample("tin-tuc", "Học sinh tham gia hoạt động trải nghiệm “Em yêu thành phố”",
                    "Chuyến tham quan bảo tàng và các công trình văn hóa giúp học sinh thêm hiểu và yêu quê hương.",
                    "<p>Trong khuôn khổ chương trình giáo dục địa phương, học sinh được tham quan Bảo tàng Thành phố, "
                    + "tìm hiểu lịch sử và các công trình văn hóa tiêu biểu.</p><p>Sau chuyến đi, các lớp tổ chức chia sẻ cảm nhận "
                    + "và làm sản phẩm giới thiệu quê hương.</p>", false, DemoPictures.Scene.MUSEUM));
}
