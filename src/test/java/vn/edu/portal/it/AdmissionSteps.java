package vn.edu.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the admission tests do over HTTP: set up a round, and walk a family through the form. */
public final class AdmissionSteps {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private AdmissionSteps() {
    }

    public static String today(int plusDays) {
        return LocalDate.now(ZONE).plusDays(plusDays).toString();
    }

    /**
     * The portal's clock moved {@code days} ahead of today (0: back to today) for the admission
     * phases, until {@link Travel#close()} brings it back: the test run gives the servers an
     * offset file ({@code PORTAL_CLOCK_OFFSET_FILE}, see {@code PortalClock}).
     */
    public static Travel travel(int days) {
        writeOffset((long) days * 24 * 3600);
        return new Travel();
    }

    /** Brings the clock back to today when closed. */
    public static final class Travel implements AutoCloseable {
        @Override
        public void close() {
            writeOffset(0);
        }
    }

    private static void writeOffset(long seconds) {
        String file = System.getenv("PORTAL_CLOCK_OFFSET_FILE");
        if (file == null) {
            throw new IllegalStateException("PORTAL_CLOCK_OFFSET_FILE is not set (see the failsafe executions in the pom)");
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), String.valueOf(seconds));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The lottery secret the tests commit to for a round. */
    public static String secret(int year) {
        return "bi-mat-kiem-thu-" + year;
    }

    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new round for {@code year}, registration open today (or closed: it ended yesterday). */
    public static PortalClient.Page createCampaign(PortalClient admin, int year, boolean open) {
        return createCampaign(admin, year, open, false);
    }

    /**
     * The same, where older children may apply and the school decides ({@code exceptions}). An
     * open round is made as a department makes it: with dates to come, its lottery commitment
     * published (the public value on day +4), then registration opened today. Its phases from
     * today: registration (day 0, the data review ends then too), verification (until day 1),
     * allocation (days 2 to 4; the public value exists from day 4), results (day 5), enrolment
     * (until day 6).
     */
    public static PortalClient.Page createCampaign(PortalClient admin, int year, boolean open, boolean exceptions) {
        return createCampaign(admin, year, open, exceptions ? Map.of("exceptionsAllowed", "true") : Map.of());
    }

    /** A round as above with fields of the set-up form changed or added ({@code entryGrade}, {@code ageGroups}…). */
    public static PortalClient.Page createCampaign(PortalClient admin, int year, boolean open, Map<String, String> extra) {
        PortalClient.Page form = admin.get("/admin/tuyen-sinh?moi=1");
        assertEquals(200, form.status(), form.text());
        Map<String, String> f = new HashMap<>();
        f.put("schoolYear", String.valueOf(year));
        f.put("name", "Tuyển sinh lớp 1 kiểm thử " + year);
        f.putAll(open ? dates(1, 1, 2, 2, 3, 5, 6) : dates(-5, -4, -3, -1, 0, 0, 0));
        f.put("retentionUntil", today(365));
        f.put("preferencesAllowed", "true");
        f.put("maxPreferences", "2");
        f.put("criteria", "CON_THUONG_BINH | Con thương binh\nANH_CHI_EM | Có anh chị em học tại trường | trường");
        f.putAll(extra);
        PortalClient.Page saved = admin.submit(form, "campaign", f, "save");
        assertTrue(saved.text().contains("Đã lưu đợt tuyển sinh"), saved.text());
        if (!open) {
            return saved;
        }
        PortalClient.Page committed = admin.submit(saved, "lottery", Map.of("commitment", sha256(secret(year)),
                "source", "Giải đặc biệt Xổ số kiến thiết kiểm thử ngày " + today(4), "valueDate", today(4)), "commit");
        assertTrue(committed.text().contains("Đã công bố cam kết bốc thăm"), committed.text());
        f.putAll(dates(-1, 0, 0, 0, 1, 5, 6));
        PortalClient.Page opened = admin.submit(committed, "campaign", f, "save");
        assertTrue(opened.text().contains("Đã lưu đợt tuyển sinh"), opened.text());
        return opened;
    }

    /** The phase dates of the set-up form, in days from today. */
    public static Map<String, String> dates(int reviewFrom, int reviewTo, int registrationFrom, int registrationTo,
            int verificationTo, int resultsAt, int enrolmentTo) {
        Map<String, String> f = new HashMap<>();
        f.put("reviewFrom", today(reviewFrom));
        f.put("reviewTo", today(reviewTo));
        f.put("registrationFrom", today(registrationFrom));
        f.put("registrationTo", today(registrationTo));
        f.put("verificationTo", today(verificationTo));
        f.put("resultsAt", today(resultsAt));
        f.put("enrolmentTo", today(enrolmentTo));
        return f;
    }

    /** Posts the round's school form and returns the answer, saved or refused. */
    public static PortalClient.Page submitSchool(PortalClient admin, PortalClient.Page page, String slug, int classes,
            int seats, String zone) {
        return admin.submit(page, "school", Map.of("school", slug, "classes", String.valueOf(classes),
                "seats", String.valueOf(seats), "zone", zone), "saveSchool");
    }

    public static PortalClient.Page addSchool(PortalClient admin, PortalClient.Page page, String slug, int classes,
            int seats, String zone) {
        Map<String, String> fields = Map.of("school", slug, "classes", String.valueOf(classes),
                "seats", String.valueOf(seats), "zone", zone);
        PortalClient.Page saved = submitSchool(admin, page, slug, classes, seats, zone);
        if (!saved.text().contains("Đã lưu trường " + slug)) {
            // Seen once in about ten MariaDB runs: the post came back with neither the message nor
            // an error. Not understood yet (see the closing note); the page is reopened for this
            // campaign and the post made again, and the first answer is kept in the log.
            System.err.println("addSchool: no confirmation on the first post; answer was:\n" + saved.body());
            String campaign = page.doc().select("#school input[name=campaign]").val();
            saved = admin.submit(admin.get("/admin/tuyen-sinh?campaign=" + campaign), "school", fields, "saveSchool");
        }
        assertTrue(saved.text().contains("Đã lưu trường " + slug), saved.text());
        return saved;
    }

    /** The family's data, step by step; tests change what they need. */
    public static Map<String, String> family(String id, String birthDate, String sex, String ward, String email) {
        Map<String, String> v = new HashMap<>();
        v.put("childName", "Nguyễn Văn Thử");
        v.put("personalId", id);
        v.put("birthDate", birthDate);
        v.put("sex", sex);
        v.put("birthPlace", "Bệnh viện Từ Dũ");
        v.put("ethnicity", "Kinh");
        v.put("curProvince", "TP Hồ Chí Minh");
        v.put("curWard", ward);
        v.put("curStreet", "77 Đường Riêng Tư");
        v.put("permProvince", "TP Hồ Chí Minh");
        v.put("permWard", ward);
        v.put("permStreet", "77 Đường Riêng Tư");
        v.put("motherName", "Trần Thị Mẹ");
        v.put("motherBirthYear", "1990");
        v.put("declarantName", "Trần Thị Mẹ");
        v.put("declarantRelation", "Mẹ");
        v.put("phone", "0901234567");
        v.put("email", email);
        return v;
    }

    public static PortalClient.Page step(PortalClient parent, PortalClient.Page page, Map<String, String> values) {
        return parent.submit(page, "apply", values, "next");
    }

    /**
     * Fills steps 1 to 5 (no preference), returns the page of step 6; in English when {@code v} has
     * {@code lang=en} (the family chose the language before starting).
     */
    public static PortalClient.Page fillAll(PortalClient parent, String school, Map<String, String> v) {
        String step = "Bước";
        if ("en".equals(v.get("lang"))) {
            parent.get("/s/" + school + "/?lang=en");
            step = "Step";
        }
        PortalClient.Page start = parent.get("/s/" + school + "/tuyen-sinh/dang-ky");
        assertEquals(200, start.status(), start.text());
        PortalClient.Page p = parent.submit(start, "apply", Map.of(), "start");
        assertTrue(p.text().contains(step + " 1 / 6"), p.text());
        // A grade's own fields of the first step go along when the family has them (preschool: the age group and the
        // midday meals; grade 6: why a child is not on the grade-5 list).
        java.util.List<String> first = new java.util.ArrayList<>(java.util.List.of("childName", "personalId", "birthDate", "sex",
                "birthPlace", "ethnicity"));
        java.util.List.of("ageGroup", "boardingMeals", "notListedReason").stream().filter(v::containsKey).forEach(first::add);
        p = step(parent, p, pick(v, first.toArray(String[]::new)));
        assertTrue(p.text().contains(step + " 2 / 6"), p.text());
        p = step(parent, p, pick(v, "curProvince", "curWard", "curStreet", "permProvince", "permWard", "permStreet"));
        assertTrue(p.text().contains(step + " 3 / 6"), p.text());
        p = step(parent, p, pick(v, "motherName", "motherBirthYear", "declarantName", "declarantRelation", "phone", "email"));
        assertTrue(p.text().contains(step + " 4 / 6"), p.text());
        p = step(parent, p, Map.of("consent", "true"));
        assertTrue(p.text().contains(step + " 5 / 6"), p.text());
        p = parent.submitFile(p, "apply", "birthCert", "khai-sinh.pdf", "application/pdf", Samples.pdf(), "next");
        p = parent.submitFile(p, "apply", "residence", "cu-tru.png", "image/png", Samples.png(40, 30), "next");
        assertTrue(p.text().contains(step + " 6 / 6"), p.text());
        return p;
    }

    public static Map<String, String> pick(Map<String, String> v, String... keys) {
        Map<String, String> out = new HashMap<>();
        for (String k : keys) {
            out.put(k, v.getOrDefault(k, ""));
        }
        return out;
    }

    /**
     * A plain look-up's answer over its limit: 429 with Retry-After, the page itself saying when to try again
     * (the notice {@code noticeId}), what was typed kept in {@code fieldId}, and no session.
     */
    public static void throttled(PortalClient.Page tooMany, String noticeId, String fieldId, String typed) {
        org.junit.jupiter.api.Assertions.assertEquals(429, tooMany.status(), tooMany.text());
        org.junit.jupiter.api.Assertions.assertTrue(Long.parseLong(tooMany.headers().firstValue("Retry-After").orElse("0")) > 0);
        org.junit.jupiter.api.Assertions.assertTrue(tooMany.doc().getElementById(noticeId).text()
                .startsWith("Đã tra cứu quá nhiều lần. Vui lòng thử lại sau"), tooMany.text());
        org.junit.jupiter.api.Assertions.assertEquals(typed, tooMany.doc().getElementById(fieldId).val());
        org.junit.jupiter.api.Assertions.assertTrue(tooMany.headers().allValues("Set-Cookie").isEmpty());
    }

    /** On a {@code tuyen-sinh/kiem-tra} page: asks for a code, reads it from the outbox, opens the record (stage 3). */
    public static PortalClient.Page openRecord(PortalClient parent, PortalClient admin, String kiemTra, String personalId,
            String email) {
        PortalClient.Page sent = parent.submit(parent.get(kiemTra), "review", Map.of("personalId", personalId), "review:send");
        org.junit.jupiter.api.Assertions.assertNotNull(sent.doc().getElementById("review:code"), sent.text());
        String code = codeFromOutbox(admin, email);
        PortalClient.Page record = parent.submit(sent, "review", Map.of("code", code), "review:open");
        org.junit.jupiter.api.Assertions.assertNotNull(record.doc().getElementById("record"), record.text());
        return record;
    }

    /** The newest one-time code mailed to {@code email}, read from the department's outbox. */
    public static String codeFromOutbox(PortalClient admin, String email) {
        PortalClient.Page outbox = admin.get("/admin/hop-thu");
        for (var mail : outbox.doc().select("article.mail")) {
            if (mail.select(".mail-to").text().equals(email) && mail.select(".mail-body").text().contains("Mã xác nhận")) {
                Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(mail.select(".mail-body").text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no code mailed to " + email);
    }

    /** Sends the code, reads it, submits; returns the receipt page. */
    public static PortalClient.Page confirmAndSubmit(PortalClient parent, PortalClient admin, PortalClient.Page step6, String email) {
        PortalClient.Page sent = parent.submit(step6, "apply", Map.of(), "sendCode");
        assertTrue(sent.text().contains("Đã gửi mã xác nhận"), sent.text());
        String code = codeFromOutbox(admin, email);
        // The code typed, Enter: the form's first submit button (HTML's implicit submission) submits; "send the code" came first.
        assertEquals("enter", sent.doc().selectFirst("form#apply button[type=submit]").id());
        PortalClient.Page receipt = parent.submit(sent, "apply", Map.of("code", code), "enter");
        assertTrue(receipt.text().contains("Đã nhận hồ sơ"), receipt.text());
        return receipt;
    }

    public static String applicationCode(PortalClient.Page receipt) {
        return receipt.doc().getElementById("application-code").text();
    }

    /** Whether a message with this subject start went to {@code email}. */
    public static boolean codeFromOutboxSubject(PortalClient admin, String email, String subjectStart) {
        PortalClient.Page outbox = admin.get("/admin/hop-thu");
        return outbox.doc().select("article.mail").stream().anyMatch(m -> m.select(".mail-to").text().equals(email)
                && m.select(".mail-subject").text().startsWith(subjectStart));
    }

    /**
     * The family confirms enrolment from its look-up page: the first press mails a code to the
     * application's address (the code and the address alone are on a receipt that may have been shared),
     * the second, with the code read from the outbox, confirms.
     */
    public static PortalClient.Page enrol(PortalClient admin, PortalClient family, PortalClient.Page found, String email) {
        String code = found.doc().getElementById("found").selectFirst(".application-code").text();
        PortalClient.Page asked = family.submit(found, "lookup", Map.of(), "lookup:enrol");
        org.junit.jupiter.api.Assertions.assertNotNull(asked.doc().getElementById("lookup:enrolCode"), asked.text());
        String mailed = mailBodies(admin, email, "Mã xác nhận nhập học " + code).get(0)
                .replaceAll("(?s).*Mã xác nhận: (\\d{6}).*", "$1");
        return family.submit(asked, "lookup", Map.of("enrolCode", mailed), "lookup:enrolConfirmed");
    }

    /** The bodies of the messages to {@code email} whose subject starts so, newest first. */
    public static java.util.List<String> mailBodies(PortalClient admin, String email, String subjectStart) {
        return admin.get("/admin/hop-thu").doc().select("article.mail").stream()
                .filter(m -> m.select(".mail-to").text().equals(email) && m.select(".mail-subject").text().startsWith(subjectStart))
                .map(m -> m.select(".mail-body").text()).toList();
    }

    /** The school's admin opens one application of the queue by its code. */
    public static PortalClient.Page openApplication(PortalClient staff, String school, String code) {
        PortalClient.Page queue = staff.get("/admin/s/" + school + "/tuyen-sinh");
        var link = queue.doc().select("#queue a:containsOwn(" + code + ")").first();
        org.junit.jupiter.api.Assertions.assertNotNull(link, queue.text());
        return staff.get("/admin/s/" + school + "/tuyen-sinh" + link.attr("href"));
    }

    public static PortalClient.Page campaignPage(PortalClient admin, int year) {
        return campaignPage(admin, year, "");
    }

    /** The set-up page of the round of {@code year} whose link names {@code grade} ("Mầm non", "Lớp 1"; "" for any). */
    public static PortalClient.Page campaignPage(PortalClient admin, int year, String grade) {
        PortalClient.Page page = admin.get("/admin/tuyen-sinh");
        for (var link : page.doc().select("nav.filters a")) {
            if (link.text().startsWith(year + "–") && link.text().endsWith(grade)) {
                return admin.get("/admin/tuyen-sinh" + link.attr("href"));
            }
        }
        throw new AssertionError("no round " + year + ": " + page.text());
    }

    /**
     * Reveals the round's secret (once) and runs the allocation; returns the result digest. The
     * clock must be on day 4 of an open round ({@link #travel}): allocation phase, public value out.
     */
    public static String allocate(PortalClient admin, int year) {
        return allocate(admin, year, "");
    }

    /** The same for the round of {@code year} and {@code grade} ("Mầm non", "Lớp 1"…; see {@link #campaignPage(PortalClient, int, String)}). */
    public static String allocate(PortalClient admin, int year, String grade) {
        PortalClient.Page page = campaignPage(admin, year, grade);
        if (page.doc().getElementById("seed") == null) {
            page = admin.submit(page, "lottery", Map.of("secret", secret(year), "publicValue", "123456"), "reveal");
            assertTrue(page.text().contains("Đã công bố. Hạt giống bốc thăm"), page.text());
        }
        PortalClient.Page done = admin.submit(page, "run", Map.of(), "allocate");
        assertTrue(done.text().contains("Đã xét tuyển"), done.text());
        return done.doc().getElementById("digest").text();
    }

    /** Publishes the round's allocation (results show from the results day on). */
    public static void publish(PortalClient admin, int year) {
        publish(admin, year, "");
    }

    public static void publish(PortalClient admin, int year, String grade) {
        PortalClient.Page done = admin.submit(campaignPage(admin, year, grade), "run", Map.of(), "publish");
        assertTrue(done.text().contains("Đã công bố. Kết quả hiện với phụ huynh"), done.text());
    }

    /** The school's admin marks the application verified. */
    public static void accept(String school, String code) {
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page queue = staff.get("/admin/s/" + school + "/tuyen-sinh");
        var link = queue.doc().select("#queue a:containsOwn(" + code + ")").first();
        org.junit.jupiter.api.Assertions.assertNotNull(link, queue.text());
        PortalClient.Page one = staff.get("/admin/s/" + school + "/tuyen-sinh" + link.attr("href"));
        PortalClient.Page accepted = staff.submit(one, "decide", Map.of(), "accept");
        assertTrue(accepted.text().contains("Đã cập nhật hồ sơ " + code), accepted.text());
        assertEquals("Hồ sơ hợp lệ", accepted.doc().getElementById("status").text());
        // The application's own address after the decision (it was left on the form's, without "?id=").
        assertTrue(accepted.uri().getQuery() != null && accepted.uri().getQuery().startsWith("id="), accepted.uri().toString());
    }
}
