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

    /** What a parent holds after submitting: the tracking code, and the draft token behind the receipt. */
    public record Submitted(String tracking, String token) {
    }

    /**
     * A parent submits a one-section online form: the answers ({@code f_<key>}), at most one PDF,
     * the contact step and the e-mailed code. Returns the tracking code and the draft token.
     */
    public static Submitted submit(PortalClient parent, String school, String slug, Map<String, String> answers,
                                   String fileField, byte[] pdf, String email) {
        PortalClient.Page step = parent.get("/s/" + school + "/thu-tuc/" + slug + "/nop");
        assertEquals(200, step.status(), step.text());
        PortalClient.Page contact = parent.submitPlain(step, "apply-form", answers, "next", fileField,
                fileField == null ? null : "giay-to.pdf", "application/pdf", pdf);
        PortalClient.Page code = parent.submitPlain(contact, "apply-form", Map.of("email", email, "consent", "on"),
                "next", null, null, null, null);
        Element token = code.doc().selectFirst("input[name=token]");
        assertTrue(token != null, "the code step: " + code.text());
        PortalClient.Page receipt = parent.submitPlain(code, "apply-form", Map.of("code", latestCode(email)), "next",
                null, null, null, null);
        Element tracking = receipt.doc().getElementById("tracking-code");
        assertTrue(tracking != null, "a receipt: " + receipt.text());
        return new Submitted(tracking.text(), token.attr("value"));
    }

    /** The id of the submission with this tracking code, from the school's queue. */
    public static String submissionId(PortalClient staff, String school, String tracking) {
        String href = staff.get("/admin/s/" + school + "/ho-so").doc().select("#queue a.code:containsOwn(" + tracking + ")")
                .attr("href");
        assertTrue(href.contains("id="), "in the queue: " + tracking);
        return href.replaceAll(".*id=", "");
    }

    private static final Pattern CODE = Pattern.compile("tại .* là: (\\d{6})");

    /** The latest one-time code e-mailed to {@code email}, read from the outbox as the department admin. */
    public static String latestCode(String email) {
        PortalClient admin = AdminActions.loginAsDepartmentAdmin();
        PortalClient.Page outbox = admin.get("/admin/hop-thu");
        for (Element mail : outbox.doc().select("article.mail")) {
            String to = mail.select(".mail-to").text();
            Matcher m = CODE.matcher(mail.select(".mail-body").text());
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
