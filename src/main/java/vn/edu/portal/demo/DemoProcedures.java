package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.portal.procedure.FieldType;
import vn.edu.portal.procedure.FormDefinition;
import vn.edu.portal.procedure.FormField;
import vn.edu.portal.procedure.FormSection;
import vn.edu.portal.procedure.FormVersion;
import vn.edu.portal.procedure.Procedure;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.ServiceLevel;
import vn.edu.portal.procedure.SubmissionService;
import vn.edu.portal.security.OneTimeCodes;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The six typical school procedures, defined by the department with their online forms, and
 * a queue of submissions in every state at one school, all made through the real services
 * (a parent's path: steps, consent, e-mail code, submit; then the staff's actions).
 */
@ApplicationScoped
class DemoProcedures {

    @Inject
    ProcedureService procedures;

    @Inject
    SubmissionService submissions;

    @Inject
    OneTimeCodes codes;

    private static FormField text(String key, String label, boolean required) {
        return new FormField(key, FieldType.TEXT, label, "", required, null, null, null, false, null, 0);
    }

    private static FormField field(String key, FieldType type, String label, String help, boolean required) {
        return new FormField(key, type, label, help, required, null, null, null, key.equals("ngay_sinh"), null, 0);
    }

    private static FormSection pupil() {
        return new FormSection("Thông tin học sinh", List.of(
                text("ho_ten_hoc_sinh", "Họ và tên học sinh", true),
                text("lop", "Lớp", true),
                field("ngay_sinh", FieldType.DATE, "Ngày sinh", "", true),
                field("ma_dinh_danh", FieldType.PERSONAL_ID, "Số định danh cá nhân của học sinh",
                        "12 chữ số, in trên giấy khai sinh hoặc ứng dụng VNeID.", false)));
    }

    private static FormSection parent() {
        return new FormSection("Người làm đơn", List.of(
                text("ho_ten_phu_huynh", "Họ và tên cha, mẹ hoặc người giám hộ", true),
                new FormField("quan_he", FieldType.CHOICE, "Quan hệ với học sinh", "", true,
                        List.of("Cha", "Mẹ", "Người giám hộ"), null, null, false, null, 0),
                field("dien_thoai", FieldType.PHONE, "Số điện thoại", "", true)));
    }

    private static FormField attachment(String key, String label, boolean required) {
        return new FormField(key, FieldType.FILE, label, "PDF hoặc ảnh chụp (JPEG/PNG), tối đa 5 MB.", required, null,
                null, null, false, List.of("pdf", "image"), 0);
    }

    record Definition(String slug, String name, String legalBasis, String applicants, String steps, String documents,
                      int days, String fee, String result, ServiceLevel level, String schoolLevel, FormSection specific) {
    }

    static final List<Definition> DEFINITIONS = List.of(
            new Definition("xin-nghi-hoc", "Đơn xin nghỉ học",
                    "Thông tư 32/2020/TT-BGDĐT ban hành Điều lệ trường THCS, THPT và trường phổ thông có nhiều cấp học; Thông tư 28/2020/TT-BGDĐT ban hành Điều lệ trường tiểu học",
                    "Cha, mẹ hoặc người giám hộ của học sinh",
                    "Phụ huynh điền đơn trực tuyến và xác nhận qua thư điện tử\nGiáo viên chủ nhiệm xem xét\nNhà trường trả lời qua thư điện tử",
                    "Đơn xin nghỉ học\nGiấy tờ chứng minh lý do (nếu có, ví dụ giấy khám bệnh)", 2, "Không thu phí",
                    "Ý kiến chấp thuận của nhà trường", ServiceLevel.FULL, null,
                    new FormSection("Thời gian và lý do nghỉ", List.of(
                            field("tu_ngay", FieldType.DATE, "Nghỉ từ ngày", "", true),
                            new FormField("so_ngay", FieldType.NUMBER, "Số ngày nghỉ", "", true, null, 1L, 30L, false, null, 0),
                            field("ly_do", FieldType.LONG_TEXT, "Lý do", "", true),
                            attachment("giay_to", "Giấy tờ kèm theo (nếu có)", false)))),
            new Definition("phuc-khao", "Đơn đề nghị phúc khảo bài thi",
                    "Thông tư 22/2021/TT-BGDĐT quy định về đánh giá học sinh trung học cơ sở và trung học phổ thông",
                    "Học sinh hoặc cha, mẹ học sinh",
                    "Nộp đơn trong thời hạn nhà trường thông báo\nHội đồng phúc khảo chấm lại\nThông báo kết quả phúc khảo",
                    "Đơn đề nghị phúc khảo", 5, "Không thu phí", "Thông báo kết quả phúc khảo", ServiceLevel.PARTIAL,
                    "LOWER_SECONDARY",
                    new FormSection("Bài thi cần phúc khảo", List.of(
                            text("mon_thi", "Môn thi", true),
                            new FormField("diem", FieldType.NUMBER, "Điểm đã công bố", "", true, null, 0L, 10L, false, null, 0),
                            field("ly_do", FieldType.LONG_TEXT, "Lý do đề nghị", "", true)))),
            new Definition("chuyen-truong", "Đề nghị chuyển trường",
                    "Quyết định 51/2002/QĐ-BGDĐT ban hành Quy định chuyển trường và tiếp nhận học sinh",
                    "Cha, mẹ hoặc người giám hộ của học sinh",
                    "Nộp đơn đề nghị chuyển đi\nHiệu trưởng xem xét, đồng ý\nNhận hồ sơ chuyển trường",
                    "Đơn xin chuyển trường\nHọc bạ\nGiấy giới thiệu chuyển trường", 3, "Không thu phí",
                    "Giấy giới thiệu chuyển trường và hồ sơ học sinh", ServiceLevel.PARTIAL, null,
                    new FormSection("Nơi chuyển đến", List.of(
                            text("truong_den", "Trường chuyển đến", true),
                            field("ly_do", FieldType.LONG_TEXT, "Lý do chuyển trường", "", true),
                            attachment("don_tiep_nhan", "Giấy đồng ý tiếp nhận của trường đến (nếu có)", false)))),
            new Definition("xac-nhan-hoc-sinh", "Giấy xác nhận học sinh đang học tại trường",
                    "Điều lệ trường (Thông tư 28/2020/TT-BGDĐT, 32/2020/TT-BGDĐT)",
                    "Cha, mẹ hoặc người giám hộ của học sinh",
                    "Điền đơn trực tuyến\nVăn phòng lập giấy xác nhận\nNhận giấy xác nhận (bản điện tử hoặc tại trường)",
                    "Đơn đề nghị xác nhận", 2, "Không thu phí", "Giấy xác nhận học sinh", ServiceLevel.FULL, null,
                    new FormSection("Mục đích", List.of(
                            new FormField("muc_dich", FieldType.CHOICE, "Mục đích sử dụng", "", true,
                                    List.of("Bổ sung hồ sơ của cha mẹ", "Xin học bổng", "Thủ tục cư trú", "Khác"),
                                    null, null, false, null, 0),
                            new FormField("so_ban", FieldType.NUMBER, "Số bản", "", true, null, 1L, 5L, false, null, 0)))),
            new Definition("ban-sao-van-bang", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
                    "Nghị định 23/2015/NĐ-CP; Thông tư 21/2019/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp THCS, THPT",
                    "Người được cấp bằng hoặc người đại diện theo pháp luật",
                    "Nộp đơn và bản chụp giấy tờ tùy thân\nTrường đối chiếu sổ gốc\nCấp bản sao",
                    "Đơn đề nghị cấp bản sao\nBản chụp căn cước", 3, "Theo quy định về phí chứng thực",
                    "Bản sao văn bằng từ sổ gốc", ServiceLevel.PARTIAL, "LOWER_SECONDARY",
                    new FormSection("Văn bằng", List.of(
                            text("ten_van_bang", "Tên văn bằng", true),
                            new FormField("nam_tot_nghiep", FieldType.NUMBER, "Năm tốt nghiệp", "", true, null, 1975L, 2026L,
                                    false, null, 0),
                            attachment("can_cuoc", "Ảnh chụp căn cước", true)))),
            new Definition("mien-giam-hoc-phi", "Đề nghị miễn, giảm học phí và hỗ trợ chi phí học tập",
                    "Nghị định 81/2021/NĐ-CP; Nghị định 97/2023/NĐ-CP",
                    "Cha, mẹ hoặc người giám hộ của học sinh thuộc đối tượng được miễn, giảm",
                    "Nộp đơn kèm giấy tờ chứng minh\nNhà trường xét duyệt\nThông báo kết quả",
                    "Đơn đề nghị miễn, giảm học phí\nGiấy tờ chứng minh thuộc đối tượng", 10, "Không thu phí",
                    "Quyết định miễn, giảm học phí", ServiceLevel.PARTIAL, null,
                    new FormSection("Đối tượng", List.of(
                            new FormField("doi_tuong", FieldType.CHOICE, "Đối tượng", "", true,
                                    List.of("Hộ nghèo", "Hộ cận nghèo", "Con thương binh, liệt sĩ", "Khuyết tật", "Khác"),
                                    null, null, false, null, 0),
                            attachment("chung_minh", "Giấy tờ chứng minh", true)))));

    /** Defines the procedures on the department's site and publishes their forms. */
    void define(SiteInfo department) {
        for (Definition d : DEFINITIONS) {
            Procedure p = procedures.save(department.id(), null, new ProcedureService.ProcedureForm(d.slug(), d.name(),
                    d.legalBasis(), d.applicants(), d.steps(), d.documents(), String.valueOf(d.days()), d.fee(),
                    d.result(), d.level(), "365", true, d.schoolLevel()), "demo", null);
            procedures.saveDraft(department.id(), p.getId(),
                    new FormDefinition(List.of(pupil(), d.specific(), parent())), "demo", null);
            procedures.publishDraft(department.id(), p.getId(), "demo", null);
        }
    }

    private static final String[][] FAMILIES = {
            {"Nguyễn Minh Anh", "3A", "2017-03-14", "Nguyễn Văn Bình", "Cha"},
            {"Trần Gia Bảo", "4B", "2016-07-02", "Phạm Thị Cúc", "Mẹ"},
            {"Lê Ngọc Châu", "2C", "2018-11-20", "Lê Hoàng Dũng", "Cha"},
            {"Phạm Khánh Duy", "5A", "2015-01-09", "Võ Thị Hạnh", "Mẹ"},
            {"Hoàng Thu Hà", "1B", "2019-05-30", "Hoàng Văn Khôi", "Cha"},
            {"Vũ Đức Huy", "3C", "2017-09-16", "Đỗ Thị Lan", "Mẹ"}};

    /** Submissions of the school in every state, made the way a parent makes them. */
    void queue(SiteInfo school) {
        Procedure leave = procedures.offered(school, "xin-nghi-hoc").orElseThrow();
        Procedure certificate = procedures.offered(school, "xac-nhan-hoc-sinh").orElseThrow();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < FAMILIES.length; i++) {
            String[] f = FAMILIES[i];
            boolean isLeave = i % 2 == 0;
            Procedure p = isLeave ? leave : certificate;
            Map<String, String> specific = isLeave
                    ? Map.of("tu_ngay", java.time.LocalDate.now(vn.edu.portal.platform.Formats.VIETNAM).plusDays(i).toString(), "so_ngay", String.valueOf(1 + i % 3), "ly_do", "Cháu bị sốt, cần nghỉ để khám bệnh.")
                    : Map.of("muc_dich", "Bổ sung hồ sơ của cha mẹ", "so_ban", "2");
            made.add(submit(school, p, Map.of("ho_ten_hoc_sinh", f[0], "lop", f[1], "ngay_sinh", f[2]), specific,
                    Map.of("ho_ten_phu_huynh", f[3], "quan_he", f[4], "dien_thoai", "09" + (12345670 + i)),
                    "phuhuynh" + (i + 1) + "@demo.vn"));
        }
        long site = school.id();
        submissions.assign(site, made.get(1), "nguyenhue.admin", null);
        submissions.assign(site, made.get(2), "nguyenhue.admin", null);
        submissions.askForInformation(site, made.get(2), "Vui lòng bổ sung giấy khám bệnh của cháu.", "nguyenhue.admin", null);
        submissions.accept(site, made.get(3), "Đã cấp giấy xác nhận, mời phụ huynh nhận bản điện tử.",
                new SubmissionService.Upload("giay-xac-nhan.pdf", DemoPdf.of("Giay xac nhan hoc sinh")), "nguyenhue.admin", null);
        submissions.refuse(site, made.get(4), "Học sinh đã chuyển trường từ học kỳ trước.", "nguyenhue.admin", null);
    }

    private long submit(SiteInfo school, Procedure p, Map<String, String> first, Map<String, String> second,
                        Map<String, String> third, String email) {
        FormVersion form = procedures.activeForm(p.getId()).orElseThrow();
        FormDefinition definition = form.definition();
        var draft = submissions.open(school, p, form, SubmissionService.newToken());
        List<Map<String, String>> steps = List.of(first, second, third);
        for (int step = 0; step < steps.size(); step++) {
            var errors = submissions.saveStep(submissions.draft(school.id(), p.getId(), draft.getToken()).orElseThrow(),
                    definition, step, steps.get(step), Map.of(), true);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("demo submission refused: " + errors.errors());
            }
        }
        var current = submissions.draft(school.id(), p.getId(), draft.getToken()).orElseThrow();
        submissions.consent(current, school.name(), p.getName(), email, true, "Đồng ý xử lý dữ liệu (demo)", steps.size(),
                null);
        String code = codes.issue(SubmissionService.CODE_PURPOSE, draft.getToken(), email, null).orElseThrow().code();
        return submissions.confirm(school, draft.getToken(), code).submission().getId();
    }
}
