package vn.edu.portal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.List;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * Sample news of a Vietnamese school year, in the words a school's website would use: a
 * preschool's news speaks of children, their teachers and groups; the others' of pupils. Each
 * sample carries the day of the school year it belongs to (the opening ceremony on 5 September,
 * the notice of the National Day holiday before 2 September), and is published on the latest
 * such day that has passed, so that the demo never shows a holiday notice dated December.
 */
final class DemoArticles {

    /** {@code cover}: the picture of a news item; announcements have none. */
    record Sample(String category, String title, String summary, String body, boolean featured, MonthDay day,
                  DemoPictures.Scene cover) {
    }

    private DemoArticles() {
    }

    static List<Sample> samples(SchoolLevel level) {
        return level == SchoolLevel.PRESCHOOL ? PRESCHOOL : SCHOOL;
    }

    /**
     * When a sample is published: its day in the latest school year in which that day has
     * passed by {@code today}, at 8 a.m. in Vietnam (a school year runs from August to July).
     */
    static ZonedDateTime publishedAt(Sample sample, LocalDate today) {
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        for (int year = start; ; year--) {
            int calendarYear = sample.day().getMonthValue() >= 8 ? year : year + 1;
            LocalDate day = sample.day().atYear(calendarYear);
            if (!day.isAfter(today)) {
                return LocalDateTime.of(day, java.time.LocalTime.of(8, 0)).atZone(Formats.VIETNAM);
            }
        }
    }

    static final List<Sample> SCHOOL = List.of(
            new Sample("thong-bao", "Thông báo nghỉ lễ Quốc khánh 2/9",
                    "Học sinh được nghỉ học từ ngày 1/9 đến hết ngày 2/9, đi học lại bình thường từ ngày 3/9.",
                    "<p>Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, nhà trường thông báo lịch nghỉ lễ Quốc khánh: "
                    + "học sinh nghỉ học từ ngày 1/9 đến hết ngày 2/9.</p><p>Kính đề nghị quý cha mẹ học sinh nhắc nhở các em "
                    + "giữ gìn an toàn trong những ngày nghỉ.</p>", false, MonthDay.of(8, 28), null),
            new Sample("tin-tuc", "Lễ khai giảng năm học mới",
                    "Sáng 5/9, thầy và trò nhà trường long trọng tổ chức lễ khai giảng, chào đón học sinh khối đầu cấp.",
                    "<p>Sáng ngày 5 tháng 9, {{ten_truong}} long trọng tổ chức lễ khai giảng năm học mới với sự tham dự "
                    + "của đại diện chính quyền địa phương, Ban đại diện cha mẹ học sinh cùng toàn thể giáo viên và học sinh.</p>"
                    + "<p>Trong diễn văn khai giảng, Hiệu trưởng nhà trường điểm lại những kết quả nổi bật của năm học trước "
                    + "và nêu các nhiệm vụ trọng tâm: nâng cao chất lượng dạy học, đẩy mạnh chuyển đổi số và xây dựng "
                    + "trường học an toàn, thân thiện.</p><p>Tiếng trống khai trường vang lên trong niềm vui của các em học sinh "
                    + "và sự kỳ vọng của cha mẹ học sinh.</p>", true, MonthDay.of(9, 5), DemoPictures.Scene.CEREMONY),
            new Sample("thong-bao", "Thông báo lịch họp cha mẹ học sinh đầu năm",
                    "Nhà trường tổ chức họp cha mẹ học sinh các lớp vào sáng Chủ nhật tuần này.",
                    "<p>Nhà trường trân trọng kính mời quý cha mẹ học sinh đến dự buổi họp đầu năm học vào lúc "
                    + "7 giờ 30 sáng Chủ nhật tại các phòng học của lớp.</p><p>Nội dung: thông qua kế hoạch giáo dục, "
                    + "các khoản thu theo quy định, bầu Ban đại diện cha mẹ học sinh lớp.</p>"
                    + "<p>Lưu ý: nhà trường không thu bất kỳ khoản nào qua tin nhắn hoặc chuyển khoản cá nhân.</p>", false,
                    MonthDay.of(9, 10), null),
            new Sample("tin-tuc", "Tập huấn phòng cháy chữa cháy và thoát nạn",
                    "Cán bộ, giáo viên, nhân viên và học sinh được hướng dẫn kỹ năng phòng cháy và thoát nạn an toàn.",
                    "<p>Hưởng ứng Ngày toàn dân phòng cháy và chữa cháy 4/10, nhà trường phối hợp với Đội Cảnh sát phòng cháy"
                    + " chữa cháy khu vực tổ chức buổi tập huấn và diễn tập phương án chữa cháy, cứu nạn.</p>"
                    + "<ul><li>Nhận biết nguy cơ cháy nổ trong trường học;</li>"
                    + "<li>Sử dụng bình chữa cháy xách tay;</li><li>Thoát nạn theo lối thoát hiểm.</li></ul>", false,
                    MonthDay.of(10, 4), DemoPictures.Scene.FIRE_DRILL),
            new Sample("thong-bao", "Thông báo kế hoạch kiểm tra giữa học kỳ I",
                    "Lịch kiểm tra giữa học kỳ I được thực hiện trong tuần thứ 9 của năm học.",
                    "<p>Nhà trường thông báo kế hoạch kiểm tra, đánh giá giữa học kỳ I. Lịch kiểm tra chi tiết của từng khối "
                    + "lớp được giáo viên chủ nhiệm gửi đến cha mẹ học sinh qua sổ liên lạc điện tử.</p>", false,
                    MonthDay.of(10, 20), null),
            new Sample("tin-tuc", "Học sinh tham gia hoạt động trải nghiệm “Em yêu thành phố”",
                    "Chuyến tham quan bảo tàng và các công trình văn hóa giúp học sinh thêm hiểu và yêu quê hương.",
                    "<p>Trong khuôn khổ chương trình giáo dục địa phương, học sinh được tham quan Bảo tàng Thành phố, "
                    + "tìm hiểu lịch sử và các công trình văn hóa tiêu biểu.</p><p>Sau chuyến đi, các lớp tổ chức chia sẻ cảm nhận "
                    + "và làm sản phẩm giới thiệu quê hương.</p>", false, MonthDay.of(11, 8), DemoPictures.Scene.MUSEUM),
            new Sample("tin-tuc", "Hội thi giáo viên dạy giỏi cấp trường",
                    "Hai mươi giáo viên tham gia hội thi với nhiều tiết dạy sáng tạo, ứng dụng công nghệ thông tin.",
                    "<p>Chào mừng Ngày Nhà giáo Việt Nam 20/11, hội thi giáo viên dạy giỏi cấp trường năm nay thu hút 20 thầy"
                    + " cô tham gia ở các môn học.</p><p>Nhiều tiết dạy sử dụng bài giảng điện tử, học liệu số và hoạt động"
                    + " nhóm, giúp học sinh hứng thú, chủ động. Ban giám khảo đánh giá cao tinh thần đổi mới phương pháp của"
                    + " các thầy cô.</p>", false, MonthDay.of(11, 18), DemoPictures.Scene.CLASSROOM),
            new Sample("tin-tuc", "Ngày hội đọc sách tại thư viện trường",
                    "Học sinh các lớp hào hứng tham gia ngày hội đọc sách với nhiều hoạt động bổ ích.",
                    "<p>Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, thư viện trường tổ chức ngày hội đọc sách với các"
                    + " hoạt động: giới thiệu sách hay, vẽ tranh theo truyện, thi kể chuyện.</p><p>Hơn 300 đầu sách mới do cha"
                    + " mẹ học sinh và các nhà hảo tâm trao tặng đã được bổ sung vào tủ sách lớp học.</p>", true,
                    MonthDay.of(4, 21), DemoPictures.Scene.LIBRARY));

    static final List<Sample> PRESCHOOL = List.of(
            new Sample("thong-bao", "Thông báo nghỉ lễ Quốc khánh 2/9",
                    "Trẻ nghỉ từ ngày 1/9 đến hết ngày 2/9, đến trường bình thường từ ngày 3/9.",
                    "<p>Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, nhà trường thông báo lịch nghỉ lễ Quốc khánh: "
                    + "trẻ nghỉ từ ngày 1/9 đến hết ngày 2/9; bếp ăn bán trú hoạt động lại từ sáng 3/9.</p><p>Kính đề nghị"
                    + " cha mẹ giữ gìn sức khỏe, an toàn cho trẻ trong những ngày nghỉ.</p>", false, MonthDay.of(8, 28), null),
            new Sample("tin-tuc", "Ngày hội đến trường của bé",
                    "Sáng 5/9, cô và trẻ nhà trường tưng bừng đón năm học mới, chào đón các bé lần đầu đến lớp.",
                    "<p>Sáng ngày 5 tháng 9, {{ten_truong}} tổ chức ngày hội đến trường với sự tham dự của đại diện chính"
                    + " quyền địa phương, Ban đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên.</p><p>Các bé"
                    + " được xem múa rối, chơi trò chơi dân gian và nhận quà từ nhà trường. Các cô giáo nhóm trẻ, lớp mẫu giáo"
                    + " dành nhiều thời gian giúp các bé mới làm quen với lớp, với bạn.</p>", true, MonthDay.of(9, 5), DemoPictures.Scene.CEREMONY),
            new Sample("thong-bao", "Thông báo lịch họp cha mẹ trẻ đầu năm",
                    "Nhà trường tổ chức họp cha mẹ trẻ các nhóm, lớp vào sáng thứ Bảy tuần này.",
                    "<p>Nhà trường trân trọng kính mời cha mẹ trẻ đến dự buổi họp đầu năm học vào lúc 7 giờ 30 sáng thứ Bảy"
                    + " tại phòng sinh hoạt chung của nhóm, lớp.</p><p>Nội dung: chế độ sinh hoạt một ngày của trẻ, thực đơn"
                    + " bán trú, các khoản thu theo quy định, bầu Ban đại diện cha mẹ trẻ.</p><p>Lưu ý: nhà trường không thu"
                    + " bất kỳ khoản nào qua tin nhắn hoặc chuyển khoản cá nhân.</p>", false, MonthDay.of(9, 10), null),
            new Sample("nuoi-duong-cham-soc", "Cân đo, theo dõi biểu đồ tăng trưởng của trẻ",
                    "Trẻ được cân, đo và khám sức khỏe định kỳ; cha mẹ nhận kết quả qua giáo viên nhóm, lớp.",
                    "<p>Phối hợp với trạm y tế phường, nhà trường tổ chức cân, đo và khám sức khỏe định kỳ cho trẻ.</p>"
                    + "<p>Kết quả được ghi vào biểu đồ tăng trưởng; trẻ suy dinh dưỡng hoặc thừa cân được xây dựng chế độ ăn,"
                    + " vận động phù hợp và trao đổi thường xuyên với gia đình.</p>", false, MonthDay.of(9, 25), DemoPictures.Scene.GARDEN),
            new Sample("hoat-dong-cua-be", "Bé làm thiệp tặng mẹ ngày 20/10",
                    "Nhân Ngày Phụ nữ Việt Nam, các bé tự tay làm thiệp và hoa giấy tặng mẹ, tặng cô.",
                    "<p>Nhân Ngày Phụ nữ Việt Nam 20/10, các cô hướng dẫn trẻ cắt, dán, tô màu để làm thiệp và hoa giấy.</p>"
                    + "<p>Buổi chiều, các bé hát tặng mẹ và cô những bài hát về mẹ, về cô giáo.</p>", true,
                    MonthDay.of(10, 20), DemoPictures.Scene.CLASSROOM),
            new Sample("tin-tuc", "Tập huấn phòng cháy chữa cháy và thoát nạn",
                    "Cán bộ, giáo viên, nhân viên được hướng dẫn kỹ năng phòng cháy và đưa trẻ thoát nạn an toàn.",
                    "<p>Hưởng ứng Ngày toàn dân phòng cháy và chữa cháy 4/10, nhà trường tổ chức tập huấn và diễn tập phương"
                    + " án chữa cháy, cứu nạn.</p><ul><li>Nhận biết nguy cơ cháy nổ ở bếp ăn và phòng nhóm;</li>"
                    + "<li>Sử dụng bình chữa cháy xách tay;</li><li>Đưa trẻ thoát nạn theo lối thoát hiểm.</li></ul>", false,
                    MonthDay.of(10, 4), DemoPictures.Scene.FIRE_DRILL),
            new Sample("tin-tuc", "Hội thi giáo viên dạy giỏi cấp trường",
                    "Các cô giáo nhóm trẻ, lớp mẫu giáo tham gia hội thi với nhiều hoạt động sáng tạo, lấy trẻ làm trung tâm.",
                    "<p>Chào mừng Ngày Nhà giáo Việt Nam 20/11, hội thi giáo viên dạy giỏi cấp trường năm nay có 12 cô giáo"
                    + " tham gia với các hoạt động làm quen với toán, âm nhạc, tạo hình.</p><p>Trẻ hào hứng khám phá, trải"
                    + " nghiệm; ban giám khảo đánh giá cao cách tổ chức hoạt động linh hoạt của các cô.</p>", false,
                    MonthDay.of(11, 18), DemoPictures.Scene.CLASSROOM),
            new Sample("goc-phu-huynh", "Cùng con đọc sách mỗi tối",
                    "Mười phút kể chuyện mỗi tối giúp trẻ phát triển ngôn ngữ và gắn bó với cha mẹ.",
                    "<p>Nhà trường gợi ý cha mẹ dành mười phút mỗi tối đọc hoặc kể chuyện cùng con, khuyến khích trẻ kể lại"
                    + " bằng lời của mình.</p><p>Tủ sách của các lớp cho cha mẹ mượn sách tranh về đọc cùng trẻ.</p>", false,
                    MonthDay.of(4, 21), DemoPictures.Scene.LIBRARY));
}
