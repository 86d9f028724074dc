package vn.edu.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What procedure tests do through the console: a procedure with an online form, codes from the outbox. */
public final class ProcedureActions {

    /** One row of the form builder: section, key, type, label, required, file types. */
    public record Row(String section, String key, String type, String label, boolean required, String fileTypes,
                      boolean pastOnly) {
    }

    public static final List<Row> LEAVE_FORM = List.of(
            new Row("Học sinh", "ho_ten_hoc_sinh", "TEXT", "Họ và tên học sinh", true, "", false),
            new Row("Học sinh", "ngay_sinh", "DATE", "Ngày sinh", true, "", true),
            new Row("Học sinh", "ma_dinh_danh", "PERSONAL_ID", "Số định danh cá nhân", false, "", false),
            new Row("Nghỉ học", "ly_do", "LONG_TEXT", "Lý do nghỉ", true, "", false),
            new Row("Nghỉ học", "giay_to", "FILE", "Giấy tờ kèm theo", true, "pdf, image", false));

    private ProcedureActions() {
    }

    /** Creates a published, fully online procedure with the given form; returns its id. */
    public static String createProcedure(PortalClient schoolAdmin, String school, String slug, String name, List<Row> rows) {
        return createProcedure(schoolAdmin, school, slug, name, rows, "365");
    }

    /** The same with a retention period in days. */
    public static String createProcedure(PortalClient schoolAdmin, String school, String slug, String name, List<Row> rows,
                                         String retentionDays) {
        PortalClient.Page form = schoolAdmin.get("/admin/s/" + school + "/thu-tuc");
        assertEquals(200, form.status(), form.text());
        Map<String, String> fields = new HashMap<>(Map.of("name", name, "slug", slug,
                "legalBasis", "Thông tư 28/2020/TT-BGDĐT", "applicants", "Cha, mẹ học sinh",
                "steps", "Nộp đơn\nNhà trường xem xét", "documents", "Đơn", "timeLimitDays", "2",
                "fee", "Không thu phí", "result", "Ý kiến của nhà trường", "retentionDays", retentionDays));
        fields.put("serviceLevel", "FULL");
        fields.put("published", "on");
        PortalClient.Page saved = schoolAdmin.submit(form, "proc", fields, "save");
        Element link = saved.doc().getElementById("edit-form");
        assertTrue(link != null, "procedure saved: " + saved.text());
        String id = link.attr("href").replaceAll(".*id=", "");
        publishForm(schoolAdmin, school, id, rows);
        return id;
    }

    /** Replaces the procedure's form by these rows and publishes it as a new version. */
    public static void publishForm(PortalClient schoolAdmin, String school, String id, List<Row> rows) {
        PortalClient.Page builder = schoolAdmin.get("/admin/s/" + school + "/thu-tuc/mau-don?id=" + id);
        int existing = builder.doc().select("input[name$=:key]").size();
        for (int i = existing; i < rows.size(); i++) {
            builder = schoolAdmin.submit(builder, "builder", Map.of(), "addRow");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String p = "builder:rows:" + i + ":";
            values.put(p + "section", r.section());
            values.put(p + "key", r.key());
            values.put(p + "type", r.type());
            values.put(p + "label", r.label());
            values.put(p + "fileTypes", r.fileTypes());
            if (r.required()) {
                values.put(p + "required", "on");
            } else {
                values.remove(p + "required");
            }
            if (r.pastOnly()) {
                values.put(p + "pastOnly", "on");
            }
        }
        PortalClient.Page saved = schoolAdmin.submit(builder, "builder", values, "save");
        assertTrue(saved.text().contains("Đã lưu bản nháp"), saved.text());
        PortalClient.Page published = schoolAdmin.submit(saved, "builder", Map.of(), "publish");
        assertTrue(published.text().contains("Đã xuất bản phiên bản"), published.text());
    }

    private static final Pattern CODE = Pattern.compile("Mã xác nhận hồ sơ: (\\d{6})");

    /** The latest one-time code e-mailed to {@code email}, read from the outbox as the department admin. */
    public static String latestCode(String email) {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page outbox = admin.get("/admin/hop-thu");
        for (Element mail : outbox.doc().select("article.mail")) {
            String to = mail.select(".mail-to").text();
            Matcher m = CODE.matcher(mail.select(".mail-subject").text());
            if (to.equals(email) && m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no code for " + email + " in the outbox");
    }

    /** Subjects of the messages sent to {@code email}, newest first. */
    public static List<String> subjectsTo(String email) {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        return admin.get("/admin/hop-thu").doc().select("article.mail").stream()
                .filter(m -> m.select(".mail-to").text().equals(email))
                .map(m -> m.select(".mail-subject").text()).toList();
    }
}
