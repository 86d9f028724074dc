package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.disclosure.DisclosureService;
import vn.edu.portal.disclosure.Figures;
import vn.edu.portal.disclosure.ItemKind;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.disclosure.TableKind;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Disclosures that make the department's dashboard tell a story: Nguyễn Huệ has published
 * everything for the current school year (one item edited once, so its first version shows as
 * superseded), Kim Đồng only its general information and staff, Hoa Sen (a preschool) its general
 * information and the preschool tables, Lê Quý Đôn nothing at all. Every text reads like what a
 * school writes, in its level's words (children and groups at a preschool, pupils and grades
 * elsewhere), and names no year that is not the school year in progress or one counted from it.
 */
@ApplicationScoped
public class DemoDisclosures {

    @Inject
    DisclosureService disclosures;

    @Inject
    SiteDirectory directory;

    @Inject
    MediaService media;

    void load() {
        int year = SchoolYear.current();
        SiteInfo complete = directory.bySlug("thnguyenhue").orElseThrow();
        disclosures.openYear(complete.id(), SchoolYear.label(year), "nguyenhue.admin", null);
        for (DisclosureService.ItemView view : disclosures.items(complete.id(), year)) {
            publish(complete, year, view);
        }
        disclosures.save(complete.id(), year, "2.2", new DisclosureService.ItemInput(fees(complete, year)
                + "<p>Cập nhật: điều chỉnh mức thu tiền ăn bán trú theo nghị quyết mới của Hội đồng nhân dân Thành phố.</p>",
                Map.of()), null, "nguyenhue.admin", null);
        disclosures.publish(complete.id(), year, "2.2", false, true, "nguyenhue.admin", null);

        SiteInfo partial = directory.bySlug("thkimdong").orElseThrow();
        disclosures.openYear(partial.id(), SchoolYear.label(year), "kimdong.admin", null);
        for (DisclosureService.ItemView view : disclosures.items(partial.id(), year)) {
            if (view.item().getGroupNo() == 1 || view.item().getCode().equals("3.1")) {
                publish(partial, year, view);
            }
        }

        SiteInfo preschool = directory.bySlug("mnhoasen").orElseThrow();
        disclosures.openYear(preschool.id(), SchoolYear.label(year), "hoasen.admin", null);
        for (DisclosureService.ItemView view : disclosures.items(preschool.id(), year)) {
            if (view.item().getGroupNo() == 1 || view.item().getKind() == ItemKind.TABLE || view.item().getCode().equals("3.5")) {
                publish(preschool, year, view);
            }
        }
        // Lê Quý Đôn (thcslequydon) has not opened the year: nothing published.
    }

    void publish(SiteInfo site, int year, DisclosureService.ItemView view) {
        String code = view.item().getCode();
        Long mediaId = null;
        if (view.item().getKind() == ItemKind.FILE) {
            mediaId = media.upload(site.id(), "file", "bao-cao-thuong-nien-" + SchoolYear.slug(year) + ".pdf",
                    DemoPdf.of("Bao cao thuong nien nam hoc " + SchoolYear.slug(year) + " - " + site.slug()), "demo").getId();
        }
        Map<String, String> cells = view.item().getKind() == ItemKind.TABLE
                ? figures(view.item().getTableKind().shape(site.level())) : Map.of();
        disclosures.save(site.id(), year, code, new DisclosureService.ItemInput(body(site, year, code,
                view.item().getTitle(), view.item().getKind()), cells), mediaId, "demo", null);
        disclosures.publish(site.id(), year, code, true, true, "demo", null);
    }

    /** Plausible figures for every cell of a shape: parts never larger than their totals. */
    static Map<String, String> figures(TableKind.Shape shape) {
        Map<String, String> cells = new HashMap<>();
        boolean preschool = shape.rows().contains("kg5") || shape.rows().contains("groupRooms")
                || shape.columns().stream().anyMatch(c -> c.key().equals("children"));
        int r = 0;
        for (String row : shape.rows()) {
            long[] values = switch (shape.kind()) {
                case STAFF_QUALITY -> preschool
                        ? List.of(new long[] {3, 0, 3, 0, 0, 3, 3}, new long[] {28, 0, 20, 8, 0, 26, 28},
                                new long[] {12, 0, 2, 3, 7, 10, 12}).get(r)
                        : List.of(new long[] {3, 1, 2, 0, 0, 3, 3}, new long[] {42, 3, 35, 4, 0, 40, 42},
                                new long[] {9, 0, 3, 2, 4, 6, 8}).get(r);
                case FACILITIES -> preschool
                        ? List.of(new long[] {10, 10}, new long[] {10, 10}, new long[] {10, 10}, new long[] {1, 1},
                                new long[] {1, 2}, new long[] {10, 10}).get(r)
                        : List.of(new long[] {30, 30}, new long[] {6, 8}, new long[] {1, 1}, new long[] {40, 35},
                                new long[] {30, 30}).get(r);
                case AREAS -> preschool
                        ? List.of(new long[] {3200, 320, 12}, new long[] {1650, 320, 5}, new long[] {900, 320, 3}).get(r)
                        : List.of(new long[] {6500, 1050, 6}, new long[] {5200, 1050, 4}, new long[] {1800, 1050, 1}).get(r);
                case OUTCOMES -> outcomes(preschool, shape, r);
                default -> new long[shape.columns().size()];
            };
            for (int c = 0; c < shape.columns().size(); c++) {
                String column = shape.columns().get(c).key();
                if (shape.applies(row, column)) {
                    cells.put(Figures.key(row, column), String.valueOf(values[c]));
                }
            }
            r++;
        }
        return cells;
    }

    private static long[] outcomes(boolean preschool, TableKind.Shape shape, int r) {
        if (preschool) {
            long children = List.of(40L, 80L, 95L, 105L).get(r);
            // children, two sessions, boarding, health checked, growth charted, underweight, stunted, overweight, completed
            return new long[] {children, children, children - 2, children, children, 1 + r, r, 2 + r, children - 1};
        }
        long pupils = 200 + 7L * r;
        long notCompleted = r % 2 == 0 ? 2 : 1;
        long excellent = pupils * 3 / 10;
        long good = pupils * 4 / 10;
        long completed = pupils - excellent - good - notCompleted;
        return new long[] {pupils, excellent, good, completed, notCompleted, pupils - notCompleted, pupils - notCompleted};
    }

    private static String fees(SiteInfo site, int year) {
        return "<p>Trường công lập: từ năm học 2025–2026, " + (site.level() == SchoolLevel.PRESCHOOL ? "trẻ em" : "học sinh")
                + " được miễn học phí (Nghị quyết 217/2025/QH15; Nghị định 238/2025/NĐ-CP).</p>"
                + "<p>Các khoản thu thỏa thuận năm học " + SchoolYear.label(year) + ": tiền ăn bán trú 35.000 đồng/ngày;"
                + " câu lạc bộ năng khiếu 150.000 đồng/tháng (tự nguyện).</p>"
                + "<p>Dự kiến năm học " + SchoolYear.label(year + 1) + ": giữ nguyên các mức thu trên; mọi thay đổi được"
                + " thông báo và công khai trước khi áp dụng.</p>";
    }

    /** What a school writes for each text item, in its level's words. */
    private static String body(SiteInfo site, int year, String code, String title, ItemKind kind) {
        boolean preschool = site.level() == SchoolLevel.PRESCHOOL;
        String learners = preschool ? "trẻ" : "học sinh";
        return switch (code) {
            case "1.1" -> "<p>" + site.name() + ". Trụ sở: " + site.address() + ". Điện thoại: " + site.phone()
                    + ". Thư điện tử: " + site.email() + ".</p>";
            case "1.2" -> "<p>Trường công lập, trực thuộc Ủy ban nhân dân " + site.district().substring(0, 1)
                    .toLowerCase(java.util.Locale.ROOT) + site.district().substring(1) + "; chịu sự quản lý chuyên môn của Sở Giáo dục và"
                    + " Đào tạo. Thành lập theo quyết định của Ủy ban nhân dân cấp có thẩm quyền (bản chụp đính kèm tại văn"
                    + " phòng nhà trường).</p>";
            case "1.3" -> preschool
                    ? "<p>Xây dựng môi trường an toàn, thân thiện, lấy trẻ làm trung tâm; mỗi trẻ được chăm sóc, giáo dục"
                            + " phát triển hài hòa, sẵn sàng vào lớp Một.</p>"
                    : "<p>Xây dựng môi trường học tập thân thiện, an toàn; mỗi học sinh phát triển toàn diện phẩm chất và"
                            + " năng lực.</p>";
            case "1.4" -> "<p>Hiệu trưởng: " + site.principal() + ", phụ trách chung; hai phó hiệu trưởng phụ trách "
                    + (preschool ? "chuyên môn và nuôi dưỡng" : "chuyên môn và cơ sở vật chất") + ". Điện thoại văn phòng: "
                    + site.phone() + "; thư điện tử: " + site.email() + ". "
                    + (preschool ? "Tổ Nhà trẻ, tổ Mẫu giáo và tổ văn phòng." : "Năm tổ chuyên môn theo khối lớp và tổ văn phòng.")
                    + "</p>";
            case "1.5" -> "<p>Quy chế tổ chức và hoạt động, quy chế thực hiện dân chủ, quy chế chi tiêu nội bộ và nội quy "
                    + (preschool ? "của nhà trường" : "học sinh") + " được niêm yết tại văn phòng và gửi Ban đại diện cha mẹ "
                    + learners + ".</p>";
            case "1.6" -> "<p>" + site.name() + " được thành lập năm 1985 trên cơ sở tách từ một trường trong phường. Qua các"
                    + " giai đoạn, nhà trường được xây mới khu phòng học, công nhận đạt chuẩn quốc gia và trở thành địa chỉ"
                    + " tin cậy của cha mẹ " + learners + " trên địa bàn.</p>";
            case "1.7" -> "<p>Người đại diện theo pháp luật và người phát ngôn: " + site.principal() + ", Hiệu trưởng."
                    + " Điện thoại: " + site.phone() + ". Thư điện tử công vụ: " + site.email() + ".</p>";
            case "1.8" -> "<p>Hội đồng trường gồm 9 thành viên, được thành lập theo quyết định của cơ quan quản lý. Nghị quyết"
                    + " năm học " + SchoolYear.label(year) + ": thông qua kế hoạch giáo dục, kế hoạch tài chính và kế hoạch"
                    + " phát triển đội ngũ.</p>";
            case "1.9" -> "<p>Nhà đầu tư, tổng vốn đầu tư và cam kết của nhà đầu tư theo hồ sơ cho phép thành lập.</p>";
            case "2.1" -> "<p>Nguồn thu năm " + (year - 1) + ": ngân sách nhà nước cấp chi thường xuyên; các khoản thu thỏa"
                    + " thuận phục vụ " + learners + " (tiền ăn bán trú, câu lạc bộ). Chi tiết tại bảng công khai tài chính"
                    + " niêm yết ở văn phòng.</p>";
            case "2.2" -> fees(site, year);
            case "2.3" -> "<p>Dự toán năm " + year + " đã được giao và quyết toán năm " + (year - 1) + " đã được duyệt; các"
                    + " khoản chi theo quy chế chi tiêu nội bộ.</p>";
            case "2.4" -> "<p>Hỗ trợ chi phí học tập theo Nghị định 238/2025/NĐ-CP cho " + learners + " thuộc đối tượng được"
                    + " hỗ trợ; danh sách được xét theo hồ sơ cha mẹ nộp. Tài trợ đã nhận: sách, đồ dùng học tập do cha mẹ "
                    + learners + " và các nhà hảo tâm trao tặng.</p>";
            case "2.5" -> "<p>Số dư các quỹ đến ngày 30 tháng 6: quỹ khen thưởng, quỹ phúc lợi và quỹ phát triển hoạt động"
                    + " sự nghiệp theo báo cáo tài chính của nhà trường.</p>";
            case "3.3" -> "<p>Danh mục sách giáo khoa sử dụng trong năm học " + SchoolYear.label(year) + " do nhà trường lựa"
                    + " chọn theo quy định, được niêm yết tại thư viện và gửi cha mẹ học sinh từng lớp.</p>";
            case "3.4" -> "<p>Nhà trường đạt kiểm định chất lượng giáo dục cấp độ 2 và được công nhận đạt chuẩn quốc gia mức độ"
                    + " 1; kế hoạch cải tiến chất lượng được thực hiện hằng năm.</p>";
            case "3.5" -> "<p>Trẻ được ăn bán trú hai bữa chính và một bữa phụ mỗi ngày; thực đơn theo mùa, thay đổi hằng tuần,"
                    + " bảo đảm nhu cầu năng lượng theo độ tuổi; bếp ăn một chiều, lưu mẫu thức ăn hằng ngày.</p>";
            case "4.1" -> preschool
                    ? "<p>Tuyển trẻ nhà trẻ từ 18 tháng tuổi và trẻ mẫu giáo 3–5 tuổi trên địa bàn được giao; ưu tiên trẻ 5"
                            + " tuổi. Chỉ tiêu, thời gian nhận hồ sơ theo kế hoạch được phê duyệt.</p>"
                    : "<p>Tuyển sinh lớp Một trẻ trong độ tuổi trên địa bàn được giao; chỉ tiêu và thời gian theo kế hoạch"
                            + " tuyển sinh được phê duyệt, đăng ký trực tuyến trên cổng tuyển sinh.</p>";
            case "4.2" -> "<p>Kế hoạch giáo dục năm học " + SchoolYear.label(year) + " được Hội đồng trường thông qua: "
                    + (preschool ? "chăm sóc, nuôi dưỡng và giáo dục trẻ theo chương trình giáo dục mầm non."
                            : "dạy học theo Chương trình giáo dục phổ thông 2018, học 2 buổi/ngày.") + "</p>";
            case "4.4" -> "<p>Kết quả kỳ thi tốt nghiệp trung học phổ thông năm " + year + " theo thông báo của Sở Giáo dục"
                    + " và Đào tạo.</p>";
            case "5.1" -> "<p>Báo cáo thường niên theo mẫu phụ lục của Thông tư 09/2024/TT-BGDĐT.</p>";
            default -> kind == ItemKind.TEXT ? "<p>" + title + ".</p>" : null;
        };
    }
}
