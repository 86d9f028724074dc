package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.portal.disclosure.SchoolYear;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.forms.FieldType;
import vn.edu.portal.forms.FormDefinition;
import vn.edu.portal.forms.FormField;
import vn.edu.portal.forms.FormSection;
import vn.edu.portal.procedure.FormVersion;
import vn.edu.portal.procedure.Procedure;
import vn.edu.portal.procedure.ProcedureService;
import vn.edu.portal.procedure.ServiceLevel;
import vn.edu.portal.forms.FormDrafts;
import vn.edu.portal.forms.UploadPolicy;
import vn.edu.portal.procedure.SubmissionForm;
import vn.edu.portal.procedure.SubmissionQueue;
import vn.edu.portal.security.OneTimeCodes;
import vn.edu.portal.tenant.SchoolLevel;
import vn.edu.portal.tenant.SiteInfo;

/**
 * The department's catalogue of school procedures, level by level, with the legal basis in force
 * (see docs/procedures.md for the sources and their dates), their online forms, two procedures
 * shown as superseded with what replaced them, and a queue of submissions in every state at one
 * school, all made through the real services (a parent's path: steps, consent, e-mail code,
 * submit; then the staff's actions). Nothing here names a year: birth dates and classes follow
 * the school year in progress.
 */
@ApplicationScoped
class DemoProcedures {

    /** Where a legal text could not be read to the article: the department completes it. */
    static final String ARTICLE_TO_CHECK = "điều, khoản áp dụng: Sở đối chiếu và ghi rõ";
    static final String PRESCHOOL_CHARTER = "Điều lệ trường mầm non ban hành kèm theo Thông tư 52/2020/TT-BGDĐT";
    static final String PRIMARY_CHARTER = "Điều lệ trường tiểu học ban hành kèm theo Thông tư 28/2020/TT-BGDĐT";
    static final String SECONDARY_CHARTER = "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông"
            + " có nhiều cấp học ban hành kèm theo Thông tư 32/2020/TT-BGDĐT";
    static final String FEE_DECREE = "Nghị định 238/2025/NĐ-CP quy định về chính sách học phí, miễn, giảm, hỗ trợ học phí,"
            + " hỗ trợ chi phí học tập và giá dịch vụ trong lĩnh vực giáo dục, đào tạo (hiệu lực từ 03/09/2025)";
    static final String AMENDED_EDUCATION_LAW = "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục (Quốc hội thông qua"
            + " ngày 10/12/2025, hiệu lực từ 01/01/2026)";

    @Inject
    ProcedureService procedures;

    @Inject
    SubmissionForm submissions;

    @Inject
    SubmissionQueue queue;

    @Inject
    OneTimeCodes codes;

    private static FormField text(String key, String label, boolean required) {
        return new FormField(key, FieldType.TEXT, label, "", required, null, null, null, false, null, 0);
    }

    private static FormField field(String key, FieldType type, String label, String help, boolean required) {
        return new FormField(key, type, label, help, required, null, null, null, key.equals("ngay_sinh"), null, 0);
    }

    private static FormField choice(String key, String label, List<String> options) {
        return new FormField(key, FieldType.CHOICE, label, "", true, options, null, null, false, null, 0);
    }

    private static FormField attachment(String key, String label, boolean required) {
        return new FormField(key, FieldType.FILE, label, "PDF hoặc ảnh chụp (JPEG/PNG), tối đa 5 MB.", required, null,
                null, null, false, List.of("pdf", "image"), 0);
    }

    /** The child, on a preschool's forms: group or class, never a pupil's class. */
    private static FormSection child() {
        return new FormSection("Thông tin của trẻ", List.of(
                text("ho_ten_tre", "Họ và tên trẻ", true),
                text("nhom_lop", "Nhóm trẻ hoặc lớp mẫu giáo", true),
                field("ngay_sinh", FieldType.DATE, "Ngày sinh", "", true),
                field("ma_dinh_danh", FieldType.PERSONAL_ID, "Số định danh cá nhân của trẻ",
                        "12 chữ số, in trên giấy khai sinh hoặc ứng dụng VNeID.", false)));
    }

    /** A pupil in the school now. */
    private static FormSection pupil() {
        return new FormSection("Thông tin học sinh", List.of(
                text("ho_ten_hoc_sinh", "Họ và tên học sinh", true),
                text("lop", "Lớp", true),
                field("ngay_sinh", FieldType.DATE, "Ngày sinh", "", true),
                field("ma_dinh_danh", FieldType.PERSONAL_ID, "Số định danh cá nhân của học sinh",
                        "12 chữ số, in trên giấy khai sinh hoặc ứng dụng VNeID.", false)));
    }

    /** A former pupil: when he graduated, never a class. The year may not be after this one (no year in the form). */
    private static FormSection graduate() {
        return new FormSection("Người được cấp bằng", List.of(
                text("ho_ten", "Họ và tên người được cấp bằng", true),
                field("ngay_sinh", FieldType.DATE, "Ngày sinh", "", true),
                new FormField("nam_tot_nghiep", FieldType.NUMBER, "Năm tốt nghiệp", "Năm ghi trên bằng.", true, null,
                        1975L, null, true, null, 0),
                text("so_hieu_bang", "Số hiệu bằng (nếu còn biết)", false),
                new FormField("so_ban", FieldType.NUMBER, "Số bản sao cần cấp", "", true, null, 1L, 10L, false, null, 0)));
    }

    private static FormSection parent(String of) {
        return new FormSection("Người làm đơn", List.of(
                text("ho_ten_phu_huynh", "Họ và tên cha, mẹ hoặc người giám hộ", true),
                choice("quan_he", "Quan hệ với " + of, List.of("Cha", "Mẹ", "Người giám hộ")),
                field("dien_thoai", FieldType.PHONE, "Số điện thoại", "", true)));
    }

    private static FormSection applicant() {
        return new FormSection("Người làm đơn", List.of(
                text("ho_ten_nguoi_lam_don", "Họ và tên người làm đơn", true),
                choice("quan_he", "Người làm đơn là", List.of("Người được cấp bằng", "Cha, mẹ hoặc người giám hộ",
                        "Người được ủy quyền")),
                field("dien_thoai", FieldType.PHONE, "Số điện thoại", "", true),
                attachment("can_cuoc", "Ảnh chụp căn cước của người làm đơn", true)));
    }

    record Definition(String slug, String name, String legalBasis, String applicants, String steps, String documents,
                      int days, String fee, String result, ServiceLevel level, SchoolLevel schoolLevel,
                      List<FormSection> sections, String replacedBy) {
    }

    private static Definition leave(SchoolLevel level, String slug, String basis) {
        boolean preschool = level == SchoolLevel.PRESCHOOL;
        String who = preschool ? "trẻ" : "học sinh";
        return new Definition(slug, preschool ? "Xin cho trẻ nghỉ học" : "Đơn xin nghỉ học", basis + "; nội quy nhà trường",
                "Cha, mẹ hoặc người giám hộ của " + who,
                "Cha, mẹ điền đơn trực tuyến và xác nhận qua thư điện tử\n"
                        + (preschool ? "Giáo viên phụ trách nhóm, lớp xem xét" : "Giáo viên chủ nhiệm lớp xem xét")
                        + "\nNhà trường trả lời qua thư điện tử",
                "Đơn xin nghỉ học\nGiấy tờ chứng minh lý do (nếu có, ví dụ giấy khám bệnh)", 2, "Không thu phí",
                "Ý kiến chấp thuận của nhà trường", ServiceLevel.FULL, level,
                List.of(preschool ? child() : pupil(), new FormSection("Thời gian và lý do nghỉ", List.of(
                        field("tu_ngay", FieldType.DATE, "Nghỉ từ ngày", "", true),
                        new FormField("so_ngay", FieldType.NUMBER, "Số ngày nghỉ", "", true, null, 1L, 30L, false, null, 0),
                        field("ly_do", FieldType.LONG_TEXT, "Lý do", "", true),
                        attachment("giay_to", "Giấy tờ kèm theo (nếu có)", false))), parent(who)), null);
    }

    private static Definition certificate(SchoolLevel level, String slug, String basis) {
        boolean preschool = level == SchoolLevel.PRESCHOOL;
        String who = preschool ? "trẻ" : "học sinh";
        return new Definition(slug, preschool ? "Giấy xác nhận trẻ đang học tại trường"
                : "Giấy xác nhận học sinh đang học tại trường", basis,
                "Cha, mẹ hoặc người giám hộ của " + who,
                "Điền đơn trực tuyến\nVăn phòng lập giấy xác nhận\nNhận giấy xác nhận (bản điện tử hoặc tại trường)",
                "Đơn đề nghị xác nhận", 2, "Không thu phí", preschool ? "Giấy xác nhận trẻ đang học" : "Giấy xác nhận học sinh",
                ServiceLevel.FULL, level, List.of(preschool ? child() : pupil(), new FormSection("Mục đích", List.of(
                        choice("muc_dich", "Mục đích sử dụng", List.of("Bổ sung hồ sơ của cha mẹ", "Xin học bổng",
                                "Thủ tục cư trú", "Khác")),
                        new FormField("so_ban", FieldType.NUMBER, "Số bản", "", true, null, 1L, 5L, false, null, 0))),
                        parent(who)), null);
    }

    private static Definition studyCosts(SchoolLevel level, String slug) {
        boolean preschool = level == SchoolLevel.PRESCHOOL;
        String who = preschool ? "trẻ" : "học sinh";
        return new Definition(slug, "Đề nghị hỗ trợ chi phí học tập", FEE_DECREE + "; " + ARTICLE_TO_CHECK,
                "Cha, mẹ hoặc người giám hộ của " + who + " thuộc đối tượng được hỗ trợ chi phí học tập theo Nghị định"
                        + " 238/2025/NĐ-CP",
                "Nộp đơn kèm giấy tờ chứng minh\nNhà trường xét, lập danh sách đề nghị\nThông báo kết quả",
                "Đơn đề nghị hỗ trợ chi phí học tập\nGiấy tờ chứng minh thuộc đối tượng được hỗ trợ", 10, "Không thu phí",
                "Thông báo kết quả xét hỗ trợ", ServiceLevel.PARTIAL, level,
                List.of(preschool ? child() : pupil(), new FormSection("Đối tượng được hỗ trợ", List.of(
                        field("doi_tuong", FieldType.LONG_TEXT, "Thuộc đối tượng nào (ghi theo Nghị định 238/2025/NĐ-CP)",
                                "", true),
                        attachment("chung_minh", "Giấy tờ chứng minh", true))), parent(who)), null);
    }

    private static Definition secondaryTransfer(SchoolLevel level, String slug) {
        return new Definition(slug, "Đề nghị chuyển trường",
                "Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông"
                        + " ban hành kèm theo Quyết định 51/2002/QĐ-BGDĐT và các văn bản sửa đổi, bổ sung; " + ARTICLE_TO_CHECK,
                "Cha, mẹ hoặc người giám hộ của học sinh",
                "Nộp đơn đề nghị chuyển đi, có ý kiến đồng ý tiếp nhận của trường nơi chuyển đến\n"
                        + "Hiệu trưởng xem xét, đồng ý\nNhận hồ sơ chuyển trường",
                "Đơn xin chuyển trường\nHọc bạ\nGiấy giới thiệu chuyển trường", 3, "Không thu phí",
                "Giấy giới thiệu chuyển trường và hồ sơ học sinh", ServiceLevel.PARTIAL, level,
                List.of(pupil(), transferTo(), parent("học sinh")), null);
    }

    private static FormSection transferTo() {
        return new FormSection("Nơi chuyển đến", List.of(
                text("truong_den", "Trường chuyển đến", true),
                field("ly_do", FieldType.LONG_TEXT, "Lý do chuyển trường", "", true),
                attachment("don_tiep_nhan", "Đơn có ý kiến đồng ý tiếp nhận của trường nơi chuyển đến", true)));
    }

    private static Definition remarking(SchoolLevel level, String slug) {
        return new Definition(slug, "Đơn đề nghị phúc khảo bài kiểm tra",
                "Thông tư 22/2021/TT-BGDĐT quy định về đánh giá học sinh trung học cơ sở và trung học phổ thông;"
                        + " quy chế kiểm tra, đánh giá của nhà trường",
                "Học sinh hoặc cha, mẹ học sinh",
                "Nộp đơn trong thời hạn nhà trường thông báo\nTổ chuyên môn chấm lại\nThông báo kết quả phúc khảo",
                "Đơn đề nghị phúc khảo", 5, "Không thu phí", "Thông báo kết quả phúc khảo", ServiceLevel.PARTIAL, level,
                List.of(pupil(), new FormSection("Bài kiểm tra cần phúc khảo", List.of(
                        text("mon", "Môn học", true),
                        new FormField("diem", FieldType.NUMBER, "Điểm đã công bố", "", true, null, 0L, 10L, false, null, 0),
                        field("ly_do", FieldType.LONG_TEXT, "Lý do đề nghị", "", true))), parent("học sinh")), null);
    }

    static final List<Definition> DEFINITIONS = List.of(
            // Preschool: the preschool charter, the child and his group or class.
            leave(SchoolLevel.PRESCHOOL, "xin-cho-tre-nghi-hoc", PRESCHOOL_CHARTER),
            certificate(SchoolLevel.PRESCHOOL, "xac-nhan-tre-dang-hoc", PRESCHOOL_CHARTER),
            studyCosts(SchoolLevel.PRESCHOOL, "ho-tro-chi-phi-hoc-tap-mam-non"),
            // Primary: the primary charter; transfers between primary schools follow its article 36.
            leave(SchoolLevel.PRIMARY, "xin-nghi-hoc", PRIMARY_CHARTER),
            certificate(SchoolLevel.PRIMARY, "xac-nhan-hoc-sinh", PRIMARY_CHARTER),
            new Definition("chuyen-truong-tieu-hoc", "Chuyển trường đối với học sinh tiểu học",
                    PRIMARY_CHARTER + ", Điều 36",
                    "Cha, mẹ hoặc người giám hộ của học sinh",
                    "Gửi đơn xin chuyển trường cho trường nơi chuyển đến; trong 03 ngày làm việc, hiệu trưởng trường đó ghi ý"
                            + " kiến đồng ý tiếp nhận (hoặc lý do không tiếp nhận) vào đơn\n"
                            + "Gửi đơn đã có ý kiến đồng ý cho trường nơi chuyển đi (nộp trực tuyến tại đây)\n"
                            + "Trong 03 ngày làm việc, trường nơi chuyển đi trả hồ sơ học tập của học sinh\n"
                            + "Nộp hồ sơ cho trường nơi chuyển đến",
                    "Đơn xin chuyển trường có ý kiến đồng ý tiếp nhận của trường nơi chuyển đến", 3, "Không thu phí",
                    "Hồ sơ học tập của học sinh (học bạ) để nộp cho trường nơi chuyển đến", ServiceLevel.PARTIAL,
                    SchoolLevel.PRIMARY, List.of(pupil(), transferTo(), parent("học sinh")), null),
            studyCosts(SchoolLevel.PRIMARY, "ho-tro-chi-phi-hoc-tap-tieu-hoc"),
            // Lower secondary: the secondary charter and the transfer rules of Decision 51/2002.
            leave(SchoolLevel.LOWER_SECONDARY, "xin-nghi-hoc-thcs", SECONDARY_CHARTER),
            certificate(SchoolLevel.LOWER_SECONDARY, "xac-nhan-hoc-sinh-thcs", SECONDARY_CHARTER),
            secondaryTransfer(SchoolLevel.LOWER_SECONDARY, "chuyen-truong-thcs"),
            remarking(SchoolLevel.LOWER_SECONDARY, "phuc-khao-thcs"),
            studyCosts(SchoolLevel.LOWER_SECONDARY, "ho-tro-chi-phi-hoc-tap-thcs"),
            // Upper secondary: diplomas are issued by the principal since the amended Education Law.
            leave(SchoolLevel.UPPER_SECONDARY, "xin-nghi-hoc-thpt", SECONDARY_CHARTER),
            certificate(SchoolLevel.UPPER_SECONDARY, "xac-nhan-hoc-sinh-thpt", SECONDARY_CHARTER),
            secondaryTransfer(SchoolLevel.UPPER_SECONDARY, "chuyen-truong-thpt"),
            remarking(SchoolLevel.UPPER_SECONDARY, "phuc-khao-thpt"),
            studyCosts(SchoolLevel.UPPER_SECONDARY, "ho-tro-chi-phi-hoc-tap-thpt"),
            new Definition("ban-sao-bang-tot-nghiep-thpt", "Cấp bản sao bằng tốt nghiệp trung học phổ thông từ sổ gốc",
                    AMENDED_EDUCATION_LAW + ": hiệu trưởng cấp bằng tốt nghiệp trung học phổ thông; Nghị định 23/2015/NĐ-CP"
                            + " về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính; " + ARTICLE_TO_CHECK,
                    "Người được cấp bằng; cha, mẹ hoặc người giám hộ của người chưa thành niên; người được ủy quyền",
                    "Nộp đơn và ảnh chụp căn cước\nNhà trường đối chiếu sổ gốc\nCấp bản sao",
                    "Đơn đề nghị cấp bản sao\nẢnh chụp căn cước của người làm đơn", 3, "Theo quy định về phí chứng thực",
                    "Bản sao bằng tốt nghiệp từ sổ gốc (bằng do hiệu trưởng nhà trường cấp; bằng cấp trước đó: cơ quan"
                            + " đang quản lý sổ gốc cấp bản sao)", ServiceLevel.PARTIAL, SchoolLevel.UPPER_SECONDARY,
                    List.of(graduate(), applicant()), null),
            // Replaced: kept, marked superseded, with what replaced them (see replaceRepealed).
            new Definition("mien-giam-hoc-phi", "Đề nghị miễn, giảm học phí và hỗ trợ chi phí học tập",
                    "Nghị định 81/2021/NĐ-CP; Nghị định 97/2023/NĐ-CP",
                    "Cha, mẹ hoặc người giám hộ của người học thuộc đối tượng được miễn, giảm",
                    "Nộp đơn kèm giấy tờ chứng minh\nNhà trường xét duyệt\nThông báo kết quả",
                    "Đơn đề nghị miễn, giảm học phí\nGiấy tờ chứng minh thuộc đối tượng", 10, "Không thu phí",
                    "Quyết định miễn, giảm học phí", ServiceLevel.PARTIAL, null,
                    List.of(pupil(), new FormSection("Đối tượng", List.of(
                            choice("doi_tuong", "Đối tượng", List.of("Hộ nghèo", "Hộ cận nghèo", "Con thương binh, liệt sĩ",
                                    "Khuyết tật", "Khác")),
                            attachment("chung_minh", "Giấy tờ chứng minh", true))), parent("học sinh")),
                    FEE_DECREE + " thay thế Nghị định 81/2021/NĐ-CP và Nghị định 97/2023/NĐ-CP. Từ năm học 2025–2026,"
                            + " trẻ em mầm non và học sinh phổ thông học tại trường công lập được miễn học phí (Nghị quyết"
                            + " 217/2025/QH15), không cần làm đơn. Hỗ trợ chi phí học tập: xem thủ tục «Đề nghị hỗ trợ chi"
                            + " phí học tập» của trường."),
            new Definition("ban-sao-van-bang", "Cấp bản sao bằng tốt nghiệp trung học cơ sở từ sổ gốc",
                    "Nghị định 23/2015/NĐ-CP; Thông tư 21/2019/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp THCS, THPT",
                    "Người được cấp bằng hoặc người đại diện theo pháp luật",
                    "Nộp đơn và bản chụp giấy tờ tùy thân\nĐối chiếu sổ gốc\nCấp bản sao",
                    "Đơn đề nghị cấp bản sao\nBản chụp căn cước", 3, "Theo quy định về phí chứng thực",
                    "Bản sao văn bằng từ sổ gốc", ServiceLevel.PARTIAL, SchoolLevel.LOWER_SECONDARY,
                    List.of(graduate(), applicant()),
                    AMENDED_EDUCATION_LAW + " bỏ bằng tốt nghiệp trung học cơ sở: học sinh học hết chương trình được"
                            + " hiệu trưởng xác nhận hoàn thành chương trình trung học cơ sở trên học bạ. Bản sao bằng tốt"
                            + " nghiệp trung học cơ sở đã cấp trước đó: liên hệ cơ quan đang quản lý sổ gốc."));

    /** Defines the procedures on the department's site and publishes their forms. */
    void define(SiteInfo department) {
        for (Definition d : DEFINITIONS) {
            Procedure p = procedures.save(department.id(), null, new ProcedureService.ProcedureForm(d.slug(), d.name(),
                    d.legalBasis(), d.applicants(), d.steps(), d.documents(), String.valueOf(d.days()), d.fee(),
                    d.result(), d.level(), "365", true, d.schoolLevel() == null ? null : d.schoolLevel().name()),
                    "demo", null);
            procedures.saveDraft(department.id(), p.getId(), new FormDefinition(d.sections()), "demo", null);
            procedures.publishDraft(department.id(), p.getId(), "demo", null);
        }
    }

    /** The replaced procedures become superseded, saying what replaced them (after a request was sent under one). */
    void replaceRepealed(SiteInfo department) {
        for (Definition d : DEFINITIONS) {
            if (d.replacedBy() != null) {
                Procedure p = procedures.owned(department.id()).stream().filter(o -> o.getSlug().equals(d.slug()))
                        .findFirst().orElseThrow();
                procedures.supersede(department.id(), p.getId(), d.replacedBy(), "demo", null);
            }
        }
    }

    /** Families of a primary school: name, grade, class letter, birth day (month, day), parent, relation. */
    private static final String[][] FAMILIES = {
            {"Nguyễn Minh Anh", "3", "A", "03-14", "Nguyễn Văn Bình", "Cha"},
            {"Trần Gia Bảo", "4", "B", "07-02", "Phạm Thị Cúc", "Mẹ"},
            {"Lê Ngọc Châu", "2", "C", "11-20", "Lê Hoàng Dũng", "Cha"},
            {"Phạm Khánh Duy", "5", "A", "01-09", "Võ Thị Hạnh", "Mẹ"},
            {"Hoàng Thu Hà", "1", "B", "05-30", "Hoàng Văn Khôi", "Cha"},
            {"Vũ Đức Huy", "3", "C", "09-16", "Đỗ Thị Lan", "Mẹ"}};

    /**
     * The birth date of a pupil in {@code grade} in the school year starting in {@code startYear}:
     * grade 1 takes the children born six years before (born in 2020 for 2026–2027).
     */
    static LocalDate birthDate(int startYear, int grade, String monthDay) {
        return LocalDate.parse((startYear - 5 - grade) + "-" + monthDay);
    }

    /** Submissions of the school in every state, made the way a parent makes them. */
    void queue(SiteInfo school) {
        queue(school, "nguyenhue.admin");
    }

    /** The same queue at any primary school, the staff's actions made by {@code staff}. */
    void queue(SiteInfo school, String staff) {
        Procedure leave = procedures.offered(school, "xin-nghi-hoc").orElseThrow();
        Procedure certificate = procedures.offered(school, "xac-nhan-hoc-sinh").orElseThrow();
        // each school's families have addresses of their own (the codes mailed to one address are limited)
        String mailbox = staff.equals("nguyenhue.admin") ? "@demo.vn" : "." + school.slug() + "@demo.vn";
        int year = SchoolYear.current();
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < FAMILIES.length; i++) {
            String[] f = FAMILIES[i];
            boolean isLeave = i % 2 == 0;
            Procedure p = isLeave ? leave : certificate;
            Map<String, String> specific = isLeave
                    ? Map.of("tu_ngay", today.plusDays(i).toString(), "so_ngay", String.valueOf(1 + i % 3),
                            "ly_do", "Cháu bị sốt, cần nghỉ để khám bệnh.")
                    : Map.of("muc_dich", "Bổ sung hồ sơ của cha mẹ", "so_ban", "2");
            made.add(submit(school, p, Map.of("ho_ten_hoc_sinh", f[0], "lop", f[1] + f[2],
                            "ngay_sinh", birthDate(year, Integer.parseInt(f[1]), f[3]).toString()), specific, Map.of(),
                    Map.of("ho_ten_phu_huynh", f[4], "quan_he", f[5], "dien_thoai", "09" + (12345670 + i)),
                    "phuhuynh" + (i + 1) + mailbox));
        }
        long site = school.id();
        queue.assign(site, made.get(1), staff, null);
        queue.assign(site, made.get(2), staff, null);
        queue.askForInformation(site, made.get(2), "Vui lòng bổ sung giấy khám bệnh của cháu.", staff, null);
        queue.accept(site, made.get(3), "Đã cấp giấy xác nhận, mời phụ huynh nhận bản điện tử.",
                new UploadPolicy.Upload("giay-xac-nhan.pdf", DemoPdf.of("Giay xac nhan hoc sinh")), staff, null);
        queue.refuse(site, made.get(4), "Học sinh đã chuyển trường từ học kỳ trước.", staff, null);
        // Sent under the fee decrees before they were replaced: it finishes under that version.
        Procedure waiver = procedures.offered(school, "mien-giam-hoc-phi").orElseThrow();
        String[] f = FAMILIES[1];
        submit(school, waiver, Map.of("ho_ten_hoc_sinh", f[0], "lop", f[1] + f[2],
                        "ngay_sinh", birthDate(year, Integer.parseInt(f[1]), f[3]).toString()),
                Map.of("doi_tuong", "Hộ cận nghèo"), Map.of("chung_minh", new UploadPolicy.Upload(
                        "giay-chung-nhan-ho-can-ngheo.pdf", DemoPdf.of("Giay chung nhan ho can ngheo"))),
                Map.of("ho_ten_phu_huynh", f[4], "quan_he", f[5], "dien_thoai", "0912345699"), "phuhuynh7" + mailbox);
    }

    private long submit(SiteInfo school, Procedure p, Map<String, String> first, Map<String, String> second,
                        Map<String, UploadPolicy.Upload> files, Map<String, String> third, String email) {
        FormVersion form = procedures.activeForm(p.getId()).orElseThrow();
        FormDefinition definition = form.definition();
        var draft = submissions.open(school, p, form, FormDrafts.newToken());
        List<Map<String, String>> steps = List.of(first, second, third);
        for (int step = 0; step < steps.size(); step++) {
            var errors = submissions.saveStep(submissions.draft(school.id(), p.getId(), draft.getToken()).orElseThrow(),
                    definition, step, steps.get(step), step == 1 ? files : Map.of(), true);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("demo submission refused: " + errors.errors());
            }
        }
        var current = submissions.draft(school.id(), p.getId(), draft.getToken()).orElseThrow();
        submissions.consent(current, school.name(), p.getName(), email, true, "Đồng ý xử lý dữ liệu (demo)", steps.size(),
                null, vn.edu.portal.platform.PortalViewHandler.VIETNAMESE);
        String code = codes.issue(SubmissionForm.CODE_PURPOSE, draft.getToken(), email, null).orElseThrow().code();
        return submissions.confirm(school, draft.getToken(), code).getId();
    }
}
