package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.SiteCrawler;

/**
 * Admission parents can trust (issue 14), over HTTP with the portal's clock walked through a
 * round's phases: every action only in its phase; results sealed everywhere until published and
 * due; a lottery committed before registration and revealed after verification, which the
 * published verifier reproduces; a withdrawn-and-reapplied child keeps its lottery key; and an
 * attacker who collects everything public can neither rebuild an ID nor tie a name to a category.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class AdmissionTrustChecks {

    private static final int PHASES_YEAR = 2040;
    private static final int ATTACK_YEAR = 2043;
    private static final int SECOND_CHOICE_YEAR = 2047;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PortalClient admin;

    @BeforeAll
    void department() {
        admin = AdminActions.loginAsDepartmentAdmin();
    }

    private static String day(int plusDays) {
        return LocalDate.now(AdmissionSteps.ZONE).plusDays(plusDays).format(DAY);
    }

    private static String personalId(int year, String sexDigit, int serial) {
        return "079" + sexDigit + String.format("%02d", (year - 6) % 100) + String.format("%06d", serial);
    }

    private static String born(int year) {
        return (year - 6) + "-04-15";
    }

    /** Applies for a child; returns the receipt. */
    private PortalClient.Page apply(PortalClient parent, String school, Map<String, String> family) {
        return AdmissionSteps.confirmAndSubmit(parent, admin, AdmissionSteps.fillAll(parent, school, family),
                family.get("email"));
    }

    private static String lotteryKey(PortalClient.Page receipt) {
        return receipt.doc().getElementById("lottery-key").text();
    }

    @Test
    void everyActionOnlyInItsPhaseAndTheLotteryCannotBeSteered() throws Exception {
        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tph"), "Trường Tiểu học Giai Đoạn");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        PortalClient staff = AdminActions.loggedIn(school + ".admin", ItAccounts.STAFF_PASSWORD);

        // A round in preparation: registration opens in two days.
        Map<String, String> f = new HashMap<>(AdmissionSteps.dates(1, 1, 2, 2, 3, 5, 6));
        f.put("schoolYear", String.valueOf(PHASES_YEAR));
        f.put("name", "Tuyển sinh lớp 1 giai đoạn " + PHASES_YEAR);
        f.put("retentionUntil", AdmissionSteps.today(365));
        f.put("criteria", "CON_THUONG_BINH | Con thương binh\nCON_GIAO_VIEN | Con giáo viên của trường | trường");
        PortalClient.Page round = admin.submit(admin.get("/admin/tuyen-sinh?moi=1"), "campaign", f, "save");
        assertTrue(round.text().contains("Đã lưu đợt tuyển sinh"), round.text());
        round = AdmissionSteps.addSchool(admin, round, school, 1, 1, "Phường Giai Đoạn");
        assertEquals("Giai đoạn hiện nay: chuẩn bị", round.doc().getElementById("phase").text());

        PortalClient parent = new PortalClient();
        PortalClient.Page early = parent.submit(parent.get("/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        assertTrue(early.text().contains("Nộp hồ sơ: chỉ thực hiện trong thời gian đăng ký, từ " + day(2) + " đến hết "
                + day(2) + ". Hiện nay đợt tuyển sinh đang ở giai đoạn: chuẩn bị."), early.text());
        assertNull(early.doc().getElementById("childName"));

        // The commitment: a malformed one, a public value that would exist before the close, then the real one.
        String secret = AdmissionSteps.secret(PHASES_YEAR);
        PortalClient.Page bad = admin.submit(round, "lottery", Map.of("commitment", "abc", "source",
                "Giải đặc biệt Xổ số kiến thiết kiểm thử", "valueDate", AdmissionSteps.today(4)), "commit");
        assertEquals("Cam kết gồm đúng 64 chữ số hex (mã SHA-256 của bí mật).", bad.fieldError("lottery:commitment"));
        PortalClient.Page before = admin.submit(bad, "lottery", Map.of("commitment", AdmissionSteps.sha256(secret), "source",
                "Giải đặc biệt Xổ số kiến thiết kiểm thử", "valueDate", AdmissionSteps.today(2)), "commit");
        assertTrue(before.fieldError("lottery:valueDate").startsWith("Ngày có giá trị công khai phải sau ngày kết thúc xác minh hồ sơ ("
                + day(3) + ")"), before.text());
        assertNotNull(before.doc().getElementById("no-commitment"), "nothing was saved");
        PortalClient.Page committed = admin.submit(before, "lottery", Map.of("commitment", AdmissionSteps.sha256(secret),
                "source", "Giải đặc biệt Xổ số kiến thiết kiểm thử", "valueDate", AdmissionSteps.today(4)), "commit");
        assertTrue(committed.text().contains("Đã công bố cam kết bốc thăm."), committed.text());
        // The public sees the commitment before registration opens.
        assertTrue(parent.get("/tuyen-sinh/boc-tham").text().contains(AdmissionSteps.sha256(secret)));
        // Which schools serve an address: the department's page answers by ward and street.
        PortalClient.Page serving = parent.get("/tuyen-sinh?phuong=giai+doan&duong=Le+Loi");
        assertTrue(serving.doc().select("#serving-result li.group1").text().contains("Trường Tiểu học Giai Đoạn"), serving.text());
        // Each school's line names its round: with two rounds of a level announced, a school was listed twice alike.
        assertTrue(serving.doc().select("#serving-result li.group1 .serving-round").text().contains(String.valueOf(PHASES_YEAR)),
                serving.text());

        // A round whose registration opened without a commitment can never get one (nor be allocated).
        Map<String, String> g = new HashMap<>(f);
        g.putAll(AdmissionSteps.dates(-2, -1, 0, 0, 1, 5, 6));
        g.put("schoolYear", String.valueOf(PHASES_YEAR + 2));
        g.put("name", "Tuyển sinh lớp 1 không cam kết " + (PHASES_YEAR + 2));
        PortalClient.Page uncommitted = admin.submit(admin.get("/admin/tuyen-sinh?moi=1"), "campaign", g, "save");
        PortalClient.Page tooLateToCommit = admin.submit(uncommitted, "lottery", Map.of("commitment",
                AdmissionSteps.sha256("muon"), "source", "Giải đặc biệt Xổ số kiến thiết kiểm thử", "valueDate",
                AdmissionSteps.today(4)), "commit");
        assertTrue(tooLateToCommit.fieldError("lottery:commitment").startsWith("Công bố cam kết bốc thăm: chỉ thực hiện trước khi"
                + " mở đăng ký (" + day(0) + ")"), tooLateToCommit.text());

        // Registration opens today; it cannot be moved to close after the public value's day.
        PortalClient.Page opened = admin.submit(committed, "campaign", AdmissionSteps.dates(-1, 0, 0, 0, 1, 5, 6), "save");
        assertTrue(opened.text().contains("Đã lưu đợt tuyển sinh"), opened.text());
        // The audit says what changed, not only that the round was saved.
        String changes = admin.get("/admin/nhat-ky?q=admission.campaign.save").text();
        assertTrue(changes.contains("registrationFrom " + day(2) + " → " + day(0)), changes);
        PortalClient.Page tooLate = admin.submit(opened, "campaign", AdmissionSteps.dates(-1, 0, 0, 4, 4, 5, 6), "save");
        assertEquals("Giá trị công khai của bốc thăm có từ ngày " + day(4) + ": thời gian đăng ký phải kết thúc trước ngày đó.",
                tooLate.fieldError("campaign:reviewFrom"), tooLate.text());
        PortalClient.Page revealEarly = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "lottery",
                Map.of("secret", secret, "publicValue", "123456"), "reveal");
        assertTrue(revealEarly.fieldError("lottery:secret").startsWith("Công bố bí mật bốc thăm: chỉ thực hiện sau khi hết "
                + "thời gian xác minh (" + day(1) + ")"), revealEarly.text());
        PortalClient.Page allocateEarly = admin.submit(revealEarly, "run", Map.of(), "allocate");
        assertTrue(allocateEarly.fieldError("run:allocation").startsWith("Chạy xét tuyển: chỉ thực hiện sau khi hết thời gian"
                + " xác minh"), allocateEarly.text());
        assertTrue(allocateEarly.fieldError("run:allocation").endsWith("Hiện nay đợt tuyển sinh đang ở giai đoạn: đăng ký trực tuyến."));

        // A family applies, withdraws and applies again: the child keeps its lottery key.
        Map<String, String> first = AdmissionSteps.family(personalId(PHASES_YEAR, "2", 1), born(PHASES_YEAR), "MALE",
                "Phường Giai Đoạn", "giai-doan-1@example.com");
        PortalClient.Page receipt = apply(parent, school, first);
        String key = lotteryKey(receipt);
        assertTrue(key.matches("[0-9A-F]{4}(-[0-9A-F]{4}){3}"), key);
        String withdrawnCode = AdmissionSteps.applicationCode(receipt);
        PortalClient.Page found = parent.submit(parent.get("/s/" + school + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", withdrawnCode, "email", "giai-doan-1@example.com"), "lookup:find");
        // Withdrawing cannot be undone: the first press asks (it withdrew at once, a slip of the thumb on a phone).
        PortalClient.Page asked = parent.submit(found, "lookup", Map.of(), "lookup:withdraw");
        assertTrue(asked.doc().getElementById("withdraw-confirm").text().startsWith("Rút hồ sơ " + withdrawnCode + "?"), asked.text());
        PortalClient.Page kept = parent.submit(asked, "lookup", Map.of(), "lookup:keep");
        assertEquals("Đã nộp, chờ xác minh", kept.doc().getElementById("status").text(), "not withdrawn");
        // Whoever holds the receipt has the code and the address: the withdrawal also needs a code mailed to that address.
        PortalClient.Page askedAgain = parent.submit(kept, "lookup", Map.of(), "lookup:withdraw");
        PortalClient.Page noCode = parent.submit(askedAgain, "lookup", Map.of("withdrawCode", "000000"), "lookup:withdrawConfirmed");
        assertEquals("Mã xác nhận không đúng.", noCode.fieldError("lookup:withdrawCode"), noCode.text());
        assertEquals("Đã nộp, chờ xác minh", noCode.doc().getElementById("status").text(), "not withdrawn without the mailed code");
        String mailed = AdmissionSteps.mailBodies(admin, "giai-doan-1@example.com", "Mã xác nhận rút hồ sơ tuyển sinh " + withdrawnCode)
                .get(0).replaceAll("(?s).*Mã xác nhận: (\\d{6}).*", "$1");
        // The code typed, Enter: the form's first submit button withdraws ("Không rút" came first and threw the code away).
        assertEquals("lookup:enter", noCode.doc().selectFirst("form#lookup button[type=submit]").id());
        // Meanwhile the school asked for a paper, its reason naming the child: the status mail in the outbox held it, and
        // stayed there, read by staff, after the withdrawal erased the application's own copy.
        String reason = "Giấy khai sinh của cháu Nguyễn Văn Thử bị mờ";
        PortalClient.Page askedForPaper = staff.submit(AdmissionSteps.openApplication(staff, school, withdrawnCode), "decide",
                Map.of("reason", reason), "ask");
        assertTrue(askedForPaper.text().contains(reason), askedForPaper.text());
        String statusMail = "Hồ sơ tuyển sinh " + withdrawnCode + ": có cập nhật";
        assertTrue(AdmissionSteps.mailBodies(admin, "giai-doan-1@example.com", statusMail).get(0).contains(reason));
        PortalClient.Page withdrawn = parent.submit(noCode, "lookup", Map.of("withdrawCode", mailed), "lookup:enter");
        assertTrue(withdrawn.text().contains("Đã rút hồ sơ " + withdrawnCode), withdrawn.text());
        // Withdrawing is the family withdrawing its consent: the child's and family's data and the papers go at once
        // (the school's screens showed them until the round's retention date, 13 months on); the code, the address
        // and the history stay for the family's look-up.
        PortalClient.Page forgotten = AdmissionSteps.openApplication(staff, school, withdrawnCode);
        for (String value : List.of(first.get("personalId"), "Nguyễn Văn Thử", "77 Đường Riêng Tư", "Trần Thị Mẹ", "0901234567",
                "Bệnh viện Từ Dũ")) {
            assertFalse(forgotten.text().contains(value), value + " is gone: " + forgotten.text());
        }
        assertNull(forgotten.doc().getElementById("papers"), "no papers to open");
        List<String> mails = AdmissionSteps.mailBodies(admin, "giai-doan-1@example.com", statusMail);
        assertFalse(mails.isEmpty() || mails.stream().anyMatch(body -> body.contains("Nguyễn Văn Thử")), "erased from the outbox: " + mails);
        // Said once, not as rows of empty values ("Nơi ở hiện tại , ,", "Người khai hồ sơ () · ·", a birth date of 1 January).
        assertTrue(forgotten.doc().getElementById("personal-erased").text().startsWith("Đã xóa khi gia đình rút hồ sơ"),
                forgotten.text());
        assertFalse(forgotten.doc().select("#application dl.summary").text().matches(".*(, ,|\\(\\)|01/01/).*"), forgotten.text());
        PortalClient.Page lookedUp = parent.submit(parent.get("/s/" + school + "/tuyen-sinh/tra-cuu"), "lookup",
                Map.of("ma", withdrawnCode, "email", "giai-doan-1@example.com"), "lookup:find");
        assertEquals("Đã rút", lookedUp.doc().getElementById("status").text(), lookedUp.text());
        PortalClient again = new PortalClient();
        PortalClient.Page second = apply(again, school, first);
        String code = AdmissionSteps.applicationCode(second);
        assertNotEquals(withdrawnCode, code, "a new application");
        assertEquals(key, lotteryKey(second), "the same child, the same lottery key: applying again changes nothing");
        Map<String, String> other = AdmissionSteps.family(personalId(PHASES_YEAR, "3", 2), born(PHASES_YEAR), "FEMALE",
                "Phường Giai Đoạn", "giai-doan-2@example.com");
        String otherCode = AdmissionSteps.applicationCode(apply(new PortalClient(), school, other));
        AdmissionSteps.accept(school, code);
        AdmissionSteps.accept(school, otherCode);
        // A third family is still waiting for the school's verification when registration closes.
        Map<String, String> third = AdmissionSteps.family(personalId(PHASES_YEAR, "2", 3), born(PHASES_YEAR), "MALE",
                "Phường Giai Đoạn", "giai-doan-3@example.com");
        String thirdCode = AdmissionSteps.applicationCode(apply(new PortalClient(), school, third));

        try (var allocationPhase = AdmissionSteps.travel(2)) {
            PortalClient.Page late = new PortalClient().submit(new PortalClient().get("/s/" + school + "/tuyen-sinh/dang-ky"),
                    "apply", Map.of(), "start");
            assertTrue(late.text().contains("Hiện nay đợt tuyển sinh đang ở giai đoạn: xét tuyển, chờ công bố kết quả."), late.text());
            PortalClient.Page noWithdrawal = again.submit(again.submit(again.get("/s/" + school + "/tuyen-sinh/tra-cuu"),
                    "lookup", Map.of("ma", thirdCode, "email", "giai-doan-3@example.com"), "lookup:find"), "lookup", Map.of(), "lookup:withdraw");
            assertTrue(noWithdrawal.fieldError("lookup:code").startsWith("Rút hồ sơ: chỉ thực hiện từ khi mở đăng ký"),
                    noWithdrawal.text());
            PortalClient.Page noVerification = staff.submit(AdmissionSteps.openApplication(staff, school, thirdCode), "decide",
                    Map.of(), "accept");
            assertTrue(noVerification.fieldError("decide:reason").startsWith("Xác minh hồ sơ: chỉ thực hiện từ khi mở đăng ký"),
                    noVerification.text());
            PortalClient.Page noCorrection = again.submit(again.submit(again.get("/s/" + school + "/tuyen-sinh/tra-cuu"),
                    "lookup", Map.of("ma", thirdCode, "email", "giai-doan-3@example.com"), "lookup:find"), "lookup",
                    Map.of("phone", "0911111111"), "lookup:correct");
            assertTrue(noCorrection.fieldError("lookup:code").startsWith("Sửa hồ sơ: chỉ thực hiện trong thời gian đăng ký"),
                    noCorrection.text());
            PortalClient.Page notRevealed = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "run", Map.of(), "allocate");
            assertEquals("Phải công bố bí mật và giá trị công khai trước khi xét tuyển.", notRevealed.fieldError("run:allocation"));
            PortalClient.Page noPublication = admin.submit(notRevealed, "run", Map.of(), "publish");
            assertEquals("Phải chạy xét tuyển trước khi công bố kết quả.", noPublication.fieldError("run:allocation"));
            PortalClient.Page noValue = admin.submit(noPublication, "lottery", Map.of("secret", secret, "publicValue", "123456"),
                    "reveal");
            assertTrue(noValue.fieldError("lottery:publicValue").startsWith("Giá trị công khai chỉ có từ ngày " + day(4)), noValue.text());
            // Verification cannot be moved to end on the public value's day (schools would decide knowing the draw).
            PortalClient.Page verifyLate = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "campaign",
                    AdmissionSteps.dates(-1, 0, 0, 0, 4, 5, 6), "save");
            assertEquals("Giá trị công khai của bốc thăm có từ ngày " + day(4) + ": việc xác minh hồ sơ phải kết thúc trước ngày đó.",
                    verifyLate.fieldError("campaign:verificationTo"), verifyLate.text());
            // Before that day the quotas may still change, and the log says what changed, the zone included.
            PortalClient.Page quota = AdmissionSteps.submitSchool(admin, AdmissionSteps.campaignPage(admin, PHASES_YEAR),
                    school, 1, 2, "Phường Giai Đoạn");
            assertTrue(quota.text().contains("Đã lưu trường " + school), quota.text());
            String saved = admin.get("/admin/nhat-ky?q=admission.school.save").text();
            assertTrue(saved.contains(school + " (1x1, Phường Giai Đoạn) → 1x2, Phường Giai Đoạn"), saved);
            AdmissionSteps.submitSchool(admin, quota, school, 1, 1, "Phường Giai Đoạn");
        }

        String seed = AdmissionSteps.sha256(secret + "\n" + "654321");
        try (var valueKnown = AdmissionSteps.travel(4)) {
            // From the public value's day the department, which holds the secret, can compute the draw: nothing
            // the draw reads may change (trying quotas, zones or criteria against it would steer a chosen child).
            String knowable = "Từ ngày bốc thăm (" + day(4) + ") không đổi được ";
            PortalClient.Page steered = AdmissionSteps.submitSchool(admin, AdmissionSteps.campaignPage(admin, PHASES_YEAR),
                    school, 1, 2, "Phường Giai Đoạn");
            assertEquals(knowable + "trường, chỉ tiêu và tuyến: khi đó đã biết được kết quả bốc thăm.",
                    steered.fieldError("school:school"), steered.text());
            PortalClient.Page zone = AdmissionSteps.submitSchool(admin, steered, school, 1, 1, "Phường Giai Đoạn\nPhường Bên Cạnh");
            assertEquals(knowable + "trường, chỉ tiêu và tuyến: khi đó đã biết được kết quả bốc thăm.",
                    zone.fieldError("school:school"), zone.text());
            PortalClient.Page criteria = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "campaign",
                    Map.of("criteria", "CON_GIAO_VIEN | Con giáo viên của trường | trường\nCON_THUONG_BINH | Con thương binh"), "save");
            assertEquals(knowable + "tiêu chí ưu tiên hay nhóm tuổi: khi đó đã biết được kết quả bốc thăm.",
                    criteria.fieldError("campaign:criteria"), criteria.text());
            PortalClient.Page wrong = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "lottery",
                    Map.of("secret", secret + "-doi", "publicValue", "654321"), "reveal");
            assertEquals("Bí mật này không khớp với cam kết đã công bố. Không có gì được lưu; lần thử này đã được ghi nhật ký.",
                    wrong.fieldError("lottery:secret"));
            assertNull(wrong.doc().getElementById("seed"), "nothing revealed");
            PortalClient.Page revealed = admin.submit(wrong, "lottery", Map.of("secret", secret, "publicValue", "654321"), "reveal");
            assertEquals(seed, revealed.doc().getElementById("seed").text(), revealed.text());
            PortalClient.Page twice = admin.submit(revealed, "lottery", Map.of("secret", secret, "publicValue", "999999"), "reveal");
            assertTrue(twice.fieldError("lottery:secret").startsWith("Đã công bố bí mật ngày"), twice.text());
            assertEquals(seed, twice.doc().getElementById("seed").text(), "the seed did not change");
            // The draw is known now: verification cannot open again (a school deciding then would know whom it favours).
            PortalClient.Page reopened = admin.submit(twice, "campaign", AdmissionSteps.dates(-1, 0, 0, 0, 5, 5, 6), "save");
            assertEquals("Đã công bố bí mật bốc thăm: không mở lại được thời gian đăng ký hay xác minh.",
                    reopened.fieldError("campaign:reviewFrom"), reopened.text());
            String digest = AdmissionSteps.allocate(admin, PHASES_YEAR);
            assertEquals(digest, AdmissionSteps.allocate(admin, PHASES_YEAR));
            // Allocated: nothing the allocation read may change (the published files would disagree with the result).
            PortalClient.Page preferences = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "campaign",
                    Map.of("preferencesAllowed", "true", "maxPreferences", "3"), "save");
            assertEquals(knowable + "nguyện vọng hay ngoại lệ: khi đó đã biết được kết quả bốc thăm.",
                    preferences.fieldError("campaign:preferencesAllowed"), preferences.text());
            PortalClient.Page notANumber = admin.submit(preferences, "campaign", Map.of("maxPreferences", "abc"), "save");
            assertEquals("Nhập một số.", notANumber.fieldError("campaign:maxPreferences"), notANumber.text());
            assertEquals(digest, AdmissionSteps.allocate(admin, PHASES_YEAR), "the same result");

            // Allocated, not published: sealed everywhere, the school's own console included.
            sealedEverywhere(school, List.of(code, otherCode));
            String queue = staff.get("/admin/s/" + school + "/tuyen-sinh").doc().select("#queue").text();
            assertFalse(queue.contains("Trúng tuyển") || queue.contains("Danh sách chờ"), queue);
            AdmissionSteps.publish(admin, PHASES_YEAR);
            // Published, but the results day has not come: still sealed.
            sealedEverywhere(school, List.of(code, otherCode));
            PortalClient.Page lookup = again.submit(again.get("/s/" + school + "/tuyen-sinh/tra-cuu"), "lookup",
                    Map.of("ma", code, "email", "giai-doan-1@example.com"), "lookup:find");
            assertEquals("Hồ sơ hợp lệ", lookup.doc().getElementById("status").text());
            assertNull(lookup.doc().getElementById("lookup:enrol"), "no enrolment before the results");
            assertTrue(AdmissionSteps.mailBodies(admin, "giai-doan-1@example.com", "").stream()
                    .noneMatch(b -> b.contains("Trúng tuyển") || b.contains("Danh sách chờ")), "no result is mailed before its day");
        }

        try (var resultsDay = AdmissionSteps.travel(5)) {
            // One seat, two children: one admitted, one waiting, each family sees its own.
            List<String> statuses = new ArrayList<>();
            for (var who : List.of(Map.of("ma", code, "email", "giai-doan-1@example.com"),
                    Map.of("ma", otherCode, "email", "giai-doan-2@example.com"))) {
                PortalClient p = new PortalClient();
                statuses.add(p.submit(p.get("/s/" + school + "/tuyen-sinh/tra-cuu"), "lookup", who, "lookup:find")
                        .doc().getElementById("status").text());
            }
            assertEquals(Set.of("Trúng tuyển", "Danh sách chờ"), Set.copyOf(statuses));
            // Published dates are promises: the results' day cannot move (it hid the results again), the
            // enrolment deadline can only move later (families were refused before the day they were given).
            PortalClient.Page resultsLater = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "campaign",
                    AdmissionSteps.dates(-1, 0, 0, 0, 1, 6, 6), "save");
            assertEquals("Kết quả đã công bố từ ngày " + day(5) + ": không đổi được ngày công bố.",
                    resultsLater.fieldError("campaign:resultsAt"), resultsLater.text());
            PortalClient.Page shorter = admin.submit(resultsLater, "campaign", AdmissionSteps.dates(-1, 0, 0, 0, 1, 5, 5), "save");
            assertEquals("Hạn xác nhận nhập học đã công bố là " + day(6) + ": chỉ lùi về sau được.",
                    shorter.fieldError("campaign:enrolmentTo"), shorter.text());
            PortalClient.Page releaseEarly = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "run", Map.of(), "release");
            assertTrue(releaseEarly.fieldError("run:allocation").startsWith("Thu hồi chỗ chưa xác nhận nhập học: chỉ thực hiện sau"
                    + " hạn xác nhận nhập học (" + day(6) + ")"), releaseEarly.text());
            verifierReproduces(String.valueOf(PHASES_YEAR));
        }
        try (var closed = AdmissionSteps.travel(7)) {
            String publishedCode = new PortalClient().get("/tuyen-sinh/boc-tham").doc().getElementById("digest-" + PHASES_YEAR).text();
            PortalClient.Page released = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "run", Map.of(), "release");
            assertTrue(released.text().contains("Đã thu hồi 1 chỗ"), released.text());
            // The waiting child moved up; the result files and the verifier follow the release.
            verifierReproduces(String.valueOf(PHASES_YEAR));
            // Not again while the children moved up have their week: run after run would walk a list down to a chosen child.
            // The code families saw on the results day stays on the lottery page beside the new one, and says why it changed.
            PortalClient.Page lottery = new PortalClient().get("/tuyen-sinh/boc-tham");
            assertEquals(publishedCode, lottery.doc().getElementById("published-digest-" + PHASES_YEAR).text(), lottery.text());
            assertNotEquals(publishedCode, lottery.doc().getElementById("digest-" + PHASES_YEAR).text());
            PortalClient.Page releasedAgain = admin.submit(AdmissionSteps.campaignPage(admin, PHASES_YEAR), "run", Map.of(), "release");
            assertTrue(releasedAgain.fieldError("run:allocation").startsWith("Đã thu hồi chỗ ngày " + day(7)), releasedAgain.text());
            assertFalse(releasedAgain.text().contains("Đã thu hồi 0 chỗ"), releasedAgain.text());
        }
    }

    /**
     * Before the results are shown, no public page, list, export, JSON or CSV, look-up or count
     * shows an admitted or waiting status, and the allocation files are not out.
     */
    private void sealedEverywhere(String school, List<String> codes) {
        String base = "/s/" + school + "/";
        List<String> seeds = new ArrayList<>(List.of(base, base + "tuyen-sinh", base + "tuyen-sinh/danh-sach",
                base + "tuyen-sinh/ket-qua", base + "tuyen-sinh/tra-cuu", "/", "/tuyen-sinh", "/tuyen-sinh/boc-tham",
                "/tuyen-sinh/so-lieu.csv", "/tuyen-sinh/so-lieu.json", "/rss.xml", "/sitemap.xml"));
        Map<String, PortalClient.Page> pages = new SiteCrawler().crawl(seeds, 100);
        List<String> leaks = new ArrayList<>();
        for (var entry : pages.entrySet()) {
            String body = entry.getValue().body();
            if (entry.getKey().endsWith("so-lieu.json")) {
                for (var line : jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray()) {
                    var counts = line.asJsonObject();
                    if (counts.getInt("schoolYear") == PHASES_YEAR && (counts.containsKey("admitted")
                            || counts.containsKey("waiting") || counts.getBoolean("resultsPublished"))) {
                        leaks.add(entry.getKey() + ": a result count in the JSON: " + counts);
                    }
                }
            }
            Document doc = entry.getValue().doc();
            doc.select("th").remove();
            String text = doc.text();
            if (text.contains("Trúng tuyển") || text.contains("Danh sách chờ") || text.contains("Thứ tự chờ")) {
                leaks.add(entry.getKey() + ": a result status in «" + text.substring(0, Math.min(200, text.length())) + "»");
            }
        }
        for (String line : pages.get("/tuyen-sinh/so-lieu.csv").body().split("\n")) {
            if (line.startsWith(PHASES_YEAR + ",")) {
                assertTrue(line.strip().replace("\"", "").endsWith(",,,"), "the result counts are empty while sealed: " + line);
            }
        }
        for (String file : List.of("xet-tuyen-" + PHASES_YEAR + ".csv", "ket-qua-xet-tuyen-" + PHASES_YEAR + ".csv")) {
            assertEquals(404, new PortalClient().get("/tuyen-sinh/" + file).status(), file + " before the results");
        }
        for (String code : codes) {
            PortalClient p = new PortalClient();
            PortalClient.Page result = p.submitPlain(p.get(base + "tuyen-sinh/ket-qua"), "result", Map.of("code", code,
                    "personalId", "000000000000"), null, null, null, null, null);
            assertNull(result.doc().getElementById("result-found"));
        }
        assertTrue(leaks.isEmpty(), "results shown before their day:\n" + String.join("\n", leaks));
        assertTrue(pages.size() >= 20, "a real crawl: " + pages.keySet());
    }

    /** Downloads a round's published files ({@code 2040}, {@code 2081-mam-non}) and the verifier, runs it, then changes one input line. */
    static void verifierReproduces(String round) throws IOException, InterruptedException {
        PortalClient anyone = new PortalClient();
        Path dir = Files.createTempDirectory("kiem-chung");
        Path json = Files.writeString(dir.resolve("round.json"), anyone.get("/tuyen-sinh/xet-tuyen-" + round + ".json").body());
        String inputs = anyone.get("/tuyen-sinh/xet-tuyen-" + round + ".csv").body();
        Path csv = Files.writeString(dir.resolve("inputs.csv"), inputs);
        Path result = Files.writeString(dir.resolve("result.csv"), anyone.get("/tuyen-sinh/ket-qua-xet-tuyen-" + round + ".csv").body());
        Path script = Files.writeString(dir.resolve("kiem-chung.py"), anyone.get("/tuyen-sinh/kiem-chung.py").body());
        String digest = jakarta.json.Json.createReader(new java.io.StringReader(Files.readString(json))).readObject()
                .getString("resultDigest");
        String out = run(script, json, csv, result);
        assertTrue(out.startsWith("0\n"), out);
        assertTrue(out.contains(digest) && out.contains("KHỚP với mã kiểm tra đã công bố"), out);
        assertTrue(out.contains("Tệp kết quả đã công bố: trùng khớp từng dòng."), out);
        // One input line changed: a released seat claimed back, or a group changed.
        String[] lines = inputs.split("\n");
        String last = lines[lines.length - 1];
        lines[lines.length - 1] = last.endsWith(",0") ? last.substring(0, last.length() - 1) + "1"
                : last.substring(0, last.length() - 1) + "0";
        Files.writeString(csv, String.join("\n", lines) + "\n");
        String changed = run(script, json, csv, null);
        assertTrue(changed.startsWith("1\n"), changed);
        assertTrue(changed.contains("KHÁC mã kiểm tra đã công bố"), changed);
    }

    /**
     * A round by assignment: the published file checks out with the verifier, and one address group sent
     * to another school than its zone's is named. Returns the file.
     */
    static String assignmentVerifierReproduces(String file) throws IOException, InterruptedException {
        PortalClient anyone = new PortalClient();
        Path dir = Files.createTempDirectory("kiem-chung");
        String body = anyone.get("/tuyen-sinh/" + file).body();
        Path json = Files.writeString(dir.resolve(file), body);
        Path script = Files.writeString(dir.resolve("kiem-chung.py"), anyone.get("/tuyen-sinh/kiem-chung.py").body());
        String out = run(script, json, null, null);
        assertTrue(out.startsWith("0\n") && out.contains("Phân tuyến: KHỚP với quy tắc tuyến cho mọi nhóm địa chỉ."), out);
        var parsed = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        var row = parsed.getJsonArray("rows").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> !r.isNull("zoneSchool")).findFirst().orElseThrow();
        String moved = body.replace(row.toString(), jakarta.json.Json.createObjectBuilder(row).add("zoneSchool", "truong-khac")
                .build().toString());
        Files.writeString(json, moved);
        String changed = run(script, json, null, null);
        assertTrue(changed.startsWith("1\n") && changed.contains("đã phân truong-khac, theo tuyến đã công bố là "
                + row.getString("zoneSchool")), changed);
        return body;
    }

    /** Runs the verifier; returns its exit code, a new line and what it printed. */
    static String run(Path script, Path json, Path csv, Path result) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), json.toString()));
        if (csv != null) {
            command.add(csv.toString());
        }
        if (result != null) {
            command.add(result.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue() + "\n" + output;
    }

    /** The demo is loaded on the embedded database only: this runs in the H2 pass. */
    /**
     * Department staff setting a round up from the screen alone (a probe of teachers without training): every
     * mistake is said at its own field (a missing date was said at the first date, which was filled in), required
     * dates are marked, "several preferences, at most 0" is refused, a timetable with no day for the lottery's
     * public value is saved with a warning, Enter in the commitment field commits (it pressed "new secret", which
     * replaced the commitment typed), the results day cannot move before a committed value's day, the school field
     * suggests schools by name, and a zone names wards and communes: no district (none since 1 July 2025), no street
     * without its ward, no made-up name, no ward twice.
     */
    @Test
    void aRoundsSetUpSaysEachMistakeAtItsFieldAndKeepsATypedCommitment() {
        int year = 2044;
        PortalClient.Page form = admin.get("/admin/tuyen-sinh?moi=1");
        for (String field : List.of("reviewFrom", "reviewTo", "registrationFrom", "registrationTo", "verificationTo",
                "resultsAt", "enrolmentTo", "retentionUntil")) {
            assertTrue(form.doc().selectFirst("label[for=campaign:" + field + "]").text().endsWith("*"), field + " marked required");
        }
        Map<String, String> f = new HashMap<>(AdmissionSteps.dates(1, 1, 2, 2, 3, 5, 6));
        f.remove("enrolmentTo");
        f.putAll(Map.of("schoolYear", String.valueOf(year), "name", "Tuyển sinh lớp 1 thử " + year, "preferencesAllowed", "true",
                "maxPreferences", "0", "criteria", ""));
        PortalClient.Page refused = admin.submit(form, "campaign", f, "save");
        assertEquals("Vui lòng nhập ngày này.", refused.fieldError("campaign:enrolmentTo"), refused.text());
        assertEquals("", refused.fieldError("campaign:reviewFrom"), "not at a date that was filled in");
        assertTrue(refused.fieldError("campaign:retentionUntil").startsWith("Vui lòng nhập ngày hết hạn lưu dữ liệu"), refused.text());
        assertEquals("Khi cho phép nhiều nguyện vọng, số nguyện vọng tối đa từ 2 đến 5.", refused.fieldError("campaign:maxPreferences"));
        f.putAll(AdmissionSteps.dates(1, 1, 2, 2, 3, 3, 6));
        f.putAll(Map.of("retentionUntil", AdmissionSteps.today(365), "maxPreferences", "2"));
        PortalClient.Page sameDay = admin.submit(refused, "campaign", f, "save");
        assertTrue(sameDay.text().contains("Đã lưu đợt tuyển sinh. Lưu ý: với các mốc này chưa thể công bố cam kết bốc thăm"),
                sameDay.text());
        f.putAll(AdmissionSteps.dates(1, 1, 2, 2, 3, 5, 6));
        PortalClient.Page saved = admin.submit(sameDay, "campaign", f, "save");
        assertTrue(saved.text().contains("Đã lưu đợt tuyển sinh.") && !saved.text().contains("Lưu ý: với các mốc"), saved.text());
        // Without a school, a round is the department's draft: not announced to parents (each try was public at once).
        assertFalse(new PortalClient().get("/tuyen-sinh").text().contains("Tuyển sinh lớp 1 thử " + year), "not announced yet");
        assertEquals("lottery:commit", saved.doc().selectFirst("form#lottery [type=submit]").id(),
                "Enter in a field of the lottery's form commits");
        PortalClient.Page committed = admin.submit(saved, "lottery", Map.of("commitment", AdmissionSteps.sha256(AdmissionSteps.secret(year)),
                "source", "Giải đặc biệt Xổ số kiến thiết ngày " + AdmissionSteps.today(4), "valueDate", AdmissionSteps.today(4)), "commit");
        assertTrue(committed.text().contains("Đã công bố cam kết bốc thăm"), committed.text());
        f.putAll(AdmissionSteps.dates(1, 1, 2, 2, 3, 3, 6));
        PortalClient.Page early = admin.submit(committed, "campaign", f, "save");
        assertEquals("Giá trị công khai của bốc thăm có từ ngày " + day(4) + ": ngày công bố kết quả không được trước ngày đó"
                + " (trước đó chưa xét tuyển được).", early.fieldError("campaign:resultsAt"), early.text());

        String school = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tuy"), "Trường Tiểu học Gợi Ý Tên");
        PortalClient.Page round = AdmissionSteps.campaignPage(admin, year);
        assertFalse(round.doc().select("datalist#school-codes option[value=" + school + "]").isEmpty(),
                "the school field suggests the school by its name");
        Map<String, String> zones = Map.of(
                "Quận 1", "Dòng 1: “Quận 1” có tên cấp huyện; từ ngày 01/07/2025 không còn quận, huyện",
                // A district after the ward put the ward out of every match (a re-check): refused too.
                "Phường Một\nPhường Bến Thành, Quận 1", "Dòng 2: “Phường Bến Thành, Quận 1” có tên cấp huyện",
                "Thị trấn Cần Thạnh", "Dòng 1: “Thị trấn Cần Thạnh” là thị trấn",
                "Phường Bến Thành [Quận 1]", "Dòng 1: “Phường Bến Thành [Quận 1]” có tên cấp huyện",
                // "Quán Thánh" is a ward (Hà Nội): accepted, so only its second line is refused.
                "Phường Một\nPhường Quán Thánh\nPhường Quán Thánh", "Dòng 3: “Phường Quán Thánh” đã có ở dòng trên",
                "Phường Một\n: Lê Lợi, Pasteur", "Dòng 2: thiếu tên phường, xã trước dấu hai chấm.",
                "asdf qwer", "Dòng 1: “asdf qwer” không phải tên phường, xã",
                "Phường Một\nphuong\u00a0mot: Lê Lợi", "Dòng 2: “phuong mot” đã có ở dòng trên");
        // The school named as the teacher reads it (the suggestion's name typed out): found, so only the zone is refused.
        String named = "trường tiểu học GỢI Ý TÊN";
        for (Map.Entry<String, String> zone : zones.entrySet()) {
            PortalClient.Page z = AdmissionSteps.submitSchool(admin, round, named, 1, 30, zone.getKey());
            assertEquals("", z.fieldError("school:school"), z.text());
            assertTrue(z.fieldError("school:zone").startsWith(zone.getValue()), zone.getKey() + ": " + z.fieldError("school:zone"));
            assertEquals(zone.getKey().replace('\u00a0', ' '), z.doc().getElementById("school:zone").text().replace("\r", "")
                    .replace('\u00a0', ' '), "what was typed is kept");
        }
        // A school added by mistake is taken out again, before the commitment and the first draft; once the lottery is
        // committed to, the round's schools stay (the button is not offered, a forged press is refused).
        PortalClient.Page draft = AdmissionSteps.createCampaign(admin, year + 2, false);
        PortalClient.Page added = AdmissionSteps.addSchool(admin, draft, school, 1, 30, "Phường Một");
        PortalClient.Page removed = admin.submit(added, "school", Map.of("school", school), "removeSchool");
        assertTrue(removed.text().contains("Đã bỏ trường " + school + " khỏi đợt tuyển sinh."), removed.text());
        assertTrue(removed.doc().select("table td:containsOwn(" + school + ")").isEmpty(), "no longer listed: " + removed.text());
        PortalClient.Page sealed = AdmissionSteps.campaignPage(admin, year);
        assertNull(sealed.doc().getElementById("school:removeSchool"), "not offered once committed");
    }

    @Test
    void aChildAdmittedAtItsSecondChoiceIsFoundByItsCodeAtThatSchool() {
        String a = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("nva"), "Trường Tiểu học Nguyện Vọng Một");
        String b = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("nvb"), "Trường Tiểu học Nguyện Vọng Hai");
        AdminActions.createAccount(admin, a, a + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, SECOND_CHOICE_YEAR, true);
        round = AdmissionSteps.addSchool(admin, round, a, 1, 1, "Phường Nguyện Vọng");
        AdmissionSteps.addSchool(admin, round, b, 1, 5, "Phường Nguyện Vọng");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // Two children for A's one seat, both with B second: the draw sends one of them to B.
            String email = "nguyen-vong-" + i + "@example.com";
            Map<String, String> v = AdmissionSteps.family(personalId(SECOND_CHOICE_YEAR, "2", 7100 + i * 7),
                    born(SECOND_CHOICE_YEAR), "MALE", "Phường Nguyện Vọng", email);
            PortalClient parent = new PortalClient();
            PortalClient.Page p = AdmissionSteps.fillAll(parent, a, v);
            p = parent.submit(parent.submit(p, "apply", Map.of(), "back"), "apply", Map.of(), "back");
            p = AdmissionSteps.step(parent, p, Map.of("consent", "true",
                    "preference2", p.doc().select("#preference2 option:contains(Nguyện Vọng Hai)").attr("value")));
            p = parent.submit(p, "apply", Map.of(), "next");
            assertTrue(p.text().contains("Bước 6 / 6"), p.text());
            codes.add(AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin, p, email)));
            AdmissionSteps.accept(a, codes.get(i));
        }
        try (var allocation = AdmissionSteps.travel(4)) {
            AdmissionSteps.allocate(admin, SECOND_CHOICE_YEAR);
            AdmissionSteps.publish(admin, SECOND_CHOICE_YEAR);
        }
        try (var results = AdmissionSteps.travel(5)) {
            int atA = 0;
            int atB = 0;
            for (int i = 0; i < 2; i++) {
                Map<String, String> find = Map.of("ma", codes.get(i), "email", "nguyen-vong-" + i + "@example.com", "action", "find");
                PortalClient family = new PortalClient();
                atA += family.exchange("POST", "/s/" + a + "/tuyen-sinh/tra-cuu", Map.of(), find).doc().getElementById("found") != null ? 1 : 0;
                // Before: "Không tìm thấy hồ sơ" at the school that admitted the child, and the miss counted against the code.
                atB += family.exchange("POST", "/s/" + b + "/tuyen-sinh/tra-cuu", Map.of(), find).doc().getElementById("found") != null ? 1 : 0;
            }
            assertEquals(2, atA, "both found at their first choice");
            assertEquals(1, atB, "the one admitted at its second choice is found there too");
        }
        // The child at its second choice confirms there; the one at the first choice does not and gives the seat back.
        int second = -1;
        try (var results = AdmissionSteps.travel(5)) {
            for (int i = 0; i < 2; i++) {
                PortalClient family = new PortalClient();
                PortalClient.Page found = family.exchange("POST", "/s/" + b + "/tuyen-sinh/tra-cuu", Map.of(),
                        Map.of("ma", codes.get(i), "email", "nguyen-vong-" + i + "@example.com", "action", "find"));
                if (found.doc().getElementById("lookup:enrol") != null) {
                    second = i;
                    PortalClient.Page enrolled = AdmissionSteps.enrol(admin, family, found, "nguyen-vong-" + i + "@example.com");
                    assertEquals("Đã xác nhận nhập học", enrolled.doc().getElementById("status").text(), enrolled.text());
                }
            }
        }
        assertTrue(second >= 0, "one child was admitted at its second choice");
        try (var closed = AdmissionSteps.travel(7)) {
            PortalClient.Page released = admin.submit(AdmissionSteps.campaignPage(admin, SECOND_CHOICE_YEAR), "run", Map.of(), "release");
            assertTrue(released.text().contains("Đã thu hồi 1 chỗ"), released.text());
            // The release moves it up to its first choice: its confirmation goes with it (it was asked to confirm
            // again, and a second release a week later would have taken both seats from a family that had confirmed).
            PortalClient family = new PortalClient();
            PortalClient.Page moved = family.exchange("POST", "/s/" + a + "/tuyen-sinh/tra-cuu", Map.of(), Map.of("ma",
                    codes.get(second), "email", "nguyen-vong-" + second + "@example.com", "action", "find"));
            assertEquals("Đã xác nhận nhập học", moved.doc().getElementById("status").text(), moved.text());
            assertEquals("Trường Tiểu học Nguyện Vọng Một", moved.doc().getElementById("result-school").text(), moved.text());
        }
    }

    @Test
    @Tag("single-database")
    void theDemosFinishedRoundChecksOutWithTheVerifier() throws Exception {
        LocalDate today = LocalDate.now(AdmissionSteps.ZONE);
        int year = (today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear()) - 1;
        verifierReproduces(String.valueOf(year));
    }

    /**
     * Everything public about a round, collected by someone who wants a child's ID or to know
     * which family holds a priority: the registrant lists kept during registration, the results
     * lists, the allocation files, every page and export, the look-ups. None of it gives an ID or
     * a digit of one, an application code, or a name tied to a criterion; a flood of look-ups is
     * stopped with 429.
     */
    @Test
    @Tag("single-database")
    void anAttackerWithEverythingPublicCanNeitherRebuildAnIdNorTieANameToACategory() throws Exception {
        String s = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tcs"), "Trường Tiểu học Công Khai");
        String t = AdminActions.createSchool(admin, ItAccounts.uniqueSlug("tct"), "Trường Tiểu học Bên Cạnh");
        AdminActions.createAccount(admin, s, s + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, t, t + ".admin", "SCHOOL_ADMIN");
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, ATTACK_YEAR, true);
        round = AdmissionSteps.addSchool(admin, round, s, 1, 5, "Phường Công Khai");
        AdmissionSteps.addSchool(admin, round, t, 1, 6, "Phường Bên Cạnh");
        String[] given = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Minh", "Nga", "Oanh", "Phúc", "Quân"};
        String[] family = {"Trần", "Lê", "Phạm", "Võ", "Đỗ", "Ngô", "Hồ", "Đinh", "Mai", "Lý", "Tô", "Hà", "Kiều"};
        List<String> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Map<String, String> nameOfCode = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            // Seven register at S (five in its zone, for its five seats; one lives in T's zone, lists T
            // second and is a war invalid's child; one outside both zones), five at T in its zone.
            // Two children with a sibling at their school claim that criterion there.
            boolean atS = i < 7;
            String ward = i < 5 ? "Phường Công Khai" : i == 5 ? "Phường Bên Cạnh" : i == 6 ? "Phường Xa" : "Phường Bên Cạnh";
            String id = personalId(ATTACK_YEAR, i % 2 == 0 ? "2" : "3", 5000 + i * 7);
            Map<String, String> v = AdmissionSteps.family(id, born(ATTACK_YEAR), i % 2 == 0 ? "MALE" : "FEMALE", ward,
                    "tan-cong-" + i + "@example.com");
            v.put("childName", family[i] + " Văn " + given[i]);
            PortalClient parent = new PortalClient();
            PortalClient.Page p = AdmissionSteps.fillAll(parent, atS ? s : t, v);
            if (i == 5 || i == 1 || i == 9) {
                // Step 4 again with a second choice and the criteria claimed.
                p = parent.submit(p, "apply", Map.of(), "back");
                for (int back = 0; back < 1; back++) {
                    p = parent.submit(p, "apply", Map.of(), "back");
                }
                Map<String, String> step4 = new HashMap<>(Map.of("consent", "true"));
                if (i == 5) {
                    step4.put("preference2", p.doc().select("#preference2 option:contains(Bên Cạnh)").attr("value"));
                    step4.put("criteria", "CON_THUONG_BINH");
                } else {
                    step4.put("criteria", "ANH_CHI_EM@1");
                }
                p = AdmissionSteps.step(parent, p, step4);
                assertTrue(p.text().contains("Bước 5 / 6"), p.text());
                p = parent.submit(p, "apply", Map.of(), "next");
                assertTrue(p.text().contains("Bước 6 / 6"), p.text());
            }
            String code = AdmissionSteps.applicationCode(AdmissionSteps.confirmAndSubmit(parent, admin, p, v.get("email")));
            ids.add(id);
            codes.add(code);
            nameOfCode.put(code, v.get("childName"));
        }
        // The school reads a claimed criterion by its label and the school it is claimed at (it read "ANH_CHI_EM@<id>").
        assertEquals("Có anh chị em học tại trường (Trường Tiểu học Công Khai)", AdmissionSteps.openApplication(
                AdminActions.loggedIn(s + ".admin", ItAccounts.STAFF_PASSWORD), s, codes.get(1))
                .doc().getElementById("criteria-claimed").text());
        // The attacker keeps the registrant lists of both schools, as they were during registration.
        List<String> registeredAtS = maskedNames(new PortalClient().get("/s/" + s + "/tuyen-sinh/danh-sach"));
        List<String> registeredAtT = maskedNames(new PortalClient().get("/s/" + t + "/tuyen-sinh/danh-sach"));
        assertEquals(7, registeredAtS.size(), "seven registrants are enough to be named");
        assertEquals(5, registeredAtT.size());
        for (int i = 0; i < 12; i++) {
            AdmissionSteps.accept(i < 7 ? s : t, codes.get(i));
        }
        try (var allocation = AdmissionSteps.travel(4)) {
            AdmissionSteps.allocate(admin, ATTACK_YEAR);
            AdmissionSteps.publish(admin, ATTACK_YEAR);
        }
        try (var results = AdmissionSteps.travel(5)) {
            List<String> admittedAtS = maskedNames(new PortalClient().get("/s/" + s + "/tuyen-sinh/ket-qua"));
            List<String> admittedAtT = maskedNames(new PortalClient().get("/s/" + t + "/tuyen-sinh/ket-qua"));
            String inputs = new PortalClient().get("/tuyen-sinh/xet-tuyen-" + ATTACK_YEAR + ".csv").body();
            String outcome = new PortalClient().get("/tuyen-sinh/ket-qua-xet-tuyen-" + ATTACK_YEAR + ".csv").body();
            Map<String, PortalClient.Page> everything = new SiteCrawler().crawl(List.of("/s/" + s + "/", "/s/" + t + "/",
                    "/s/" + s + "/tuyen-sinh/ket-qua", "/s/" + t + "/tuyen-sinh/ket-qua", "/tuyen-sinh", "/tuyen-sinh/boc-tham",
                    "/tuyen-sinh/so-lieu.csv", "/tuyen-sinh/so-lieu.json", "/tuyen-sinh/xet-tuyen-" + ATTACK_YEAR + ".json",
                    "/tuyen-sinh/xet-tuyen-" + ATTACK_YEAR + ".csv", "/tuyen-sinh/ket-qua-xet-tuyen-" + ATTACK_YEAR + ".csv"), 150);

            // 1. No ID, no digit run of one, no application code anywhere public (digits inside the
            // hex of a lottery key or a hash are not a piece of an ID, nor a group of the random UUID
            // that names an uploaded picture: "-5035-" in a cover's address once made this fail).
            List<String> found = new ArrayList<>();
            java.util.regex.Pattern uuid = java.util.regex.Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
            for (var page : everything.entrySet()) {
                String body = uuid.matcher(page.getValue().body()).replaceAll("(uuid)");
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    for (String piece : List.of(id, id.substring(8), id.substring(6), codes.get(i))) {
                        if (java.util.regex.Pattern.compile("(?<![0-9a-fA-F])" + piece + "(?![0-9a-fA-F])").matcher(body).find()) {
                            found.add(page.getKey() + ": " + piece);
                        }
                    }
                }
            }
            assertTrue(found.isEmpty(), "pieces of IDs or codes in public: " + found);

            // 2. The join: cells (registered at X, admitted at Y) of public names against the rows
            // of the data with the same first choice and placement.
            Map<String, List<Set<String>>> rows = new HashMap<>();
            Map<String, String> placedByKey = new HashMap<>();
            for (String line : outcome.split("\n")) {
                String[] r = line.split(",", -1);
                if (!r[0].equals("lottery_key")) {
                    placedByKey.put(r[0], r[2]);
                }
            }
            for (String line : inputs.split("\n")) {
                String[] r = line.split(",", -1);
                if (r[0].equals("lottery_key")) {
                    continue;
                }
                String firstChoice = r[1].split(" ")[0];
                Set<String> criteria = r[3].isBlank() ? Set.of() : Set.of(r[3].split(" "));
                rows.computeIfAbsent(firstChoice + ">" + placedByKey.get(r[0]), k -> new ArrayList<>()).add(criteria);
            }
            assertEquals(List.of(Set.of("CON_THUONG_BINH")), rows.get(s + ">" + t),
                    "the data has the war invalid's child registered at S and placed at T: " + rows);
            List<String> ties = new ArrayList<>();
            Map<String, List<String>> registered = Map.of(s, registeredAtS, t, registeredAtT);
            Map<String, List<String>> admitted = Map.of(s, admittedAtS, t, admittedAtT);
            for (var x : registered.entrySet()) {
                for (var y : admitted.entrySet()) {
                    List<String> names = new ArrayList<>(x.getValue());
                    names.retainAll(y.getValue());
                    List<Set<String>> cell = rows.getOrDefault(x.getKey() + ">" + y.getKey(), List.of());
                    if (names.isEmpty() || cell.isEmpty()) {
                        continue;
                    }
                    Set<String> common = new HashSet<>(cell.get(0));
                    cell.forEach(common::retainAll);
                    if (!common.isEmpty() || (cell.size() == 1 && !cell.get(0).isEmpty())) {
                        ties.add(names + " ↔ " + cell);
                    }
                }
            }
            assertTrue(ties.isEmpty(), "names tied to criteria: " + ties);
            assertFalse(admittedAtT.contains(vn.edu.portal.admission.NameMask.mask(nameOfCode.get(codes.get(5)))),
                    "the child registered at S and placed at T is not named at T");
            assertTrue(admittedAtT.size() >= 5, "the lists still name children: " + admittedAtT);

            // 3. A look-up flood: ID guesses for one code, ten tries, then 429 with Retry-After; audited.
            PortalClient guesser = new PortalClient();
            PortalClient.Page form = guesser.get("/s/" + s + "/tuyen-sinh/ket-qua");
            String target = codes.get(0);
            // A post without the number is said to be incomplete, not "not found", and not counted.
            PortalClient.Page incomplete = guesser.submitPlain(form, "result", Map.of("code", target, "personalId", ""),
                    null, null, null, null, null);
            assertEquals("Vui lòng nhập cả mã hồ sơ và số định danh của trẻ.", incomplete.fieldError("result:code"), incomplete.text());
            for (int guess = 0; guess < 10; guess++) {
                PortalClient.Page answer = guesser.submitPlain(form, "result", Map.of("code", target,
                        "personalId", "07920" + (ATTACK_YEAR - 2006) + String.format("%05d", guess)), null, null, null, null, null);
                assertEquals(200, answer.status());
                assertEquals("Không tìm thấy hồ sơ với mã và thông tin đã nhập.", answer.fieldError("result:code"));
            }
            PortalClient.Page refused = guesser.submitPlain(form, "result", Map.of("code", target, "personalId", ids.get(0)), null, null, null, null, null);
            assertEquals(429, refused.status(), refused.text());
            assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0);
            assertTrue(refused.text().contains("Đã tra cứu quá nhiều lần. Vui lòng thử lại sau"), refused.text());
            assertNull(refused.doc().getElementById("result-found"), "even the right number is not checked once over the limit");
            // A wrong code and a wrong secret answer alike.
            PortalClient other = new PortalClient();
            PortalClient.Page wrongCode = other.submit(other.get("/s/" + s + "/tuyen-sinh/tra-cuu"), "lookup",
                    Map.of("ma", "ZZZZ-ZZZZ", "email", "tan-cong-1@example.com"), "lookup:find");
            PortalClient.Page wrongMail = other.submit(other.get("/s/" + s + "/tuyen-sinh/tra-cuu"), "lookup",
                    Map.of("ma", codes.get(1), "email", "ke-gian@example.com"), "lookup:find");
            assertEquals(wrongCode.fieldError("lookup:code"), wrongMail.fieldError("lookup:code"));
            String log = admin.get("/admin/nhat-ky").text();
            assertTrue(log.contains("admission.result.throttled") && log.contains("admission.result"), "look-ups are audited");
        }
    }

    /** The masked names of a public list (its table rows). */
    private static List<String> maskedNames(PortalClient.Page page) {
        return page.doc().select("table.admission-list td.name").eachText();
    }
}
