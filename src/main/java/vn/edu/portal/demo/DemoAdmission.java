package vn.edu.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.admission.AdmissionCampaign;
import vn.edu.portal.admission.AdmissionForm;
import vn.edu.portal.admission.AdmissionReview;
import vn.edu.portal.admission.AdmissionRounds;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.AdmissionDraw;
import vn.edu.portal.admission.AdmissionVerification;
import vn.edu.portal.admission.AgeGroups;
import vn.edu.portal.admission.EntryGrade;
import vn.edu.portal.admission.Lottery;
import java.time.Instant;
import vn.edu.portal.admission.ReviewImport;
import vn.edu.portal.admission.ReviewRecord;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * Two grade 1 rounds for the two demo primary schools, this year's preschool round (results out, families
 * confirming) and this year's grade 6 round by assignment (families answering). Last year's is finished: the commitment
 * was published before registration, the secret revealed with the public value after
 * verification, the allocation run and published, enrolments confirmed and unconfirmed seats
 * released, so its results and files can be checked with the verifier. This year's is open for
 * registration: its commitment is published, a few hundred applications wait in every state of
 * verification (nothing allocated), two age exceptions (one for the school, one for the
 * education authority), and the data review that came before. Names and ID numbers are invented.
 * The demo prints this year's secret (demo only) so that a tester can finish the round.
 */
@ApplicationScoped
public class DemoAdmission {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_M = {"Văn", "Minh", "Gia", "Đức", "Quốc", "Hoàng", "Anh"};
    private static final String[] MIDDLE_F = {"Thị", "Ngọc", "Bảo", "Khánh", "Thu", "Minh", "Gia"};
    private static final String[] GIVEN_M = {"An", "Bảo", "Khang", "Huy", "Phúc", "Nam", "Long", "Khôi", "Đăng", "Minh"};
    private static final String[] GIVEN_F = {"Anh", "Vy", "Linh", "Ngân", "Hân", "Thư", "Như", "Trang", "My", "Châu"};
    static final String NGUYEN_HUE_ZONE = "Phường Bến Thành\nPhường Sài Gòn\nPhường Cầu Ông Lãnh: Calmette, Nguyễn Thái Học";
    static final String KIM_DONG_ZONE = "Phường Tân Định\nPhường Đa Kao\nPhường Cầu Ông Lãnh";
    static final String CRITERIA = "CON_THUONG_BINH | Con thương binh, liệt sĩ\n"
            + "CON_GIAO_VIEN | Con giáo viên, nhân viên của trường | trường\n"
            + "ANH_CHI_EM | Có anh, chị, em ruột đang học tại trường | trường";
    static final String PRESCHOOL_CRITERIA = "CON_THUONG_BINH | Con thương binh, liệt sĩ\n"
            + "CON_NHAN_VIEN | Con cán bộ, giáo viên, nhân viên của trường | trường\n"
            + "ANH_CHI_EM | Có anh, chị, em ruột đang học tại trường | trường";
    /** The preschool round's criteria: the private Việt Úc adds one of its own, after the round's. */
    static final String PRESCHOOL_CRITERIA_ALL = PRESCHOOL_CRITERIA
            + "\nANH_CHI_DA_HOC | Có anh, chị ruột đã học tại trường | trường: mnvietuc";
    private static final String[] WARDS = {"Phường Bến Thành", "Phường Sài Gòn", "Phường Cầu Ông Lãnh", "Phường Tân Định",
        "Phường Đa Kao", "Phường Bàn Cờ", "Phường Xuân Hòa"};
    private static final String[] STREETS = {"Lê Lợi", "Calmette", "Nguyễn Thái Học", "Hai Bà Trưng", "Pasteur",
        "Trần Quang Khải", "Cao Thắng", "Lý Tự Trọng"};

    @Inject
    AdmissionService admission;

    @Inject
    AdmissionForm form;

    @Inject
    AdmissionRounds rounds;

    @Inject
    AdmissionVerification verification;

    @Inject
    AdmissionDraw draw;

    @Inject
    SiteDirectory directory;

    @Inject
    AdmissionReview review;

    @Inject
    vn.edu.portal.admission.AdmissionAssignment assignment;

    @Inject
    vn.edu.portal.admission.SpecialClasses specialClasses;

    private String openRoundSecret;
    private int openRoundYear;

    /** Loads both rounds; a refusal names its message keys, so a broken demo says why. */
    public void load(long departmentSiteId) {
        try {
            LocalDate today = LocalDate.now(AdmissionRounds.ZONE);
            int year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
            finishedRound(departmentSiteId, year - 1, today);
            openRound(departmentSiteId, year, today);
            preschoolRound(departmentSiteId, year, today);
            gradeSixRound(departmentSiteId, year, today);
        } catch (vn.edu.portal.platform.FieldErrors e) {
            throw new IllegalStateException("demo admission refused: " + e.errors().entrySet().stream()
                    .map(x -> x.getKey() + "=" + x.getValue().key()).toList(), e);
        }
    }

    /** What the banner says of admission: this year's secret, which a real department keeps to itself. */
    public String bannerLines() {
        return openRoundSecret == null ? "" : " Admission " + openRoundYear + "–" + (openRoundYear + 1)
                + ": the lottery's secret (demo only; a department keeps it offline until the reveal):\n   "
                + openRoundSecret + "\n";
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(AdmissionRounds.ZONE).toInstant();
    }

    private AdmissionCampaign round(long departmentSiteId, int year, LocalDate reviewFrom, int[] offsets) {
        return rounds.saveCampaign(departmentSiteId, null, new AdmissionRounds.CampaignForm(year,
                "Tuyển sinh lớp 1 năm học " + year + "–" + (year + 1), reviewFrom.plusDays(offsets[0]),
                reviewFrom.plusDays(offsets[1]), reviewFrom.plusDays(offsets[2]), reviewFrom.plusDays(offsets[3]),
                reviewFrom.plusDays(offsets[4]), reviewFrom.plusDays(offsets[5]), reviewFrom.plusDays(offsets[6]),
                true, 2, true, CRITERIA, reviewFrom.plusDays(offsets[6]).plusYears(1)), "demo", null);
    }

    /**
     * Last year's round, over: each step done on its day, as the department and the schools did
     * it, so the published files check out with {@code kiem-chung.py}.
     */
    private void finishedRound(long departmentSiteId, int year, LocalDate today) {
        LocalDate start = today.minusDays(190);
        int[] days = {0, 10, 15, 25, 32, 40, 50};
        AdmissionCampaign c = round(departmentSiteId, year, start, days);
        SiteInfo nguyenHue = directory.bySlug("thnguyenhue").orElseThrow();
        SiteInfo kimDong = directory.bySlug("thkimdong").orElseThrow();
        rounds.saveSchool(departmentSiteId, c.getId(), nguyenHue.slug(), 3, 35, NGUYEN_HUE_ZONE, "demo", null);
        rounds.saveSchool(departmentSiteId, c.getId(), kimDong.slug(), 2, 35, KIM_DONG_ZONE, "demo", null);
        Random random = new Random(2025);
        String secret = Lottery.newSecret();
        LocalDate drawDay = start.plusDays(days[4] + 1);
        rounds.commit(departmentSiteId, c.getId(), Lottery.commitment(secret), "Giải đặc biệt Xổ số kiến thiết Thành phố "
                + "Hồ Chí Minh mở thưởng ngày " + AdmissionRounds.day(drawDay), drawDay, "admin", null, at(start.plusDays(days[2] - 1), 9));
        Instant registration = at(start.plusDays(days[2] + 2), 10);
        List<SiteInfo> schools = List.of(nguyenHue, kimDong);
        for (int i = 0; i < 230; i++) {
            SiteInfo school = schools.get(i % 5 < 3 ? 0 : 1);
            Map<String, String> v = child(random, year - 6, 2000 + i, school == nguyenHue ? kimDong : nguyenHue);
            AdmissionApplication a = form.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), v, null, "demo");
            int roll = random.nextInt(100);
            if (roll < 5) {
                verification.verify(school.id(), a.getId(), ApplicationStatus.REFUSED, "Không đúng độ tuổi theo giấy khai sinh",
                        "demo", null, registration);
            } else if (roll < 8) {
                admission.withdraw(school.id(), a.getCode(), a.getEmail(), admission.askToWithdraw(a, registration, null), null,
                        registration);
            } else {
                verification.verify(school.id(), a.getId(), ApplicationStatus.ACCEPTED, null, "demo", null, registration);
            }
        }
        Instant allocation = at(drawDay, 17);
        draw.reveal(departmentSiteId, c.getId(), secret, String.format("%06d", random.nextInt(1_000_000)), "admin", null,
                allocation);
        draw.allocate(departmentSiteId, c.getId(), "admin", null, allocation);
        draw.publish(departmentSiteId, c.getId(), "admin", null, allocation.plusSeconds(3600));
        Instant enrolment = at(start.plusDays(days[5] + 2), 11);
        int n = 0;
        for (SiteInfo school : schools) {
            for (AdmissionApplication a : admitted(c, school)) {
                if (n++ % 5 != 0) {
                    enrol(school, a, enrolment);
                }
            }
        }
        draw.releaseUnconfirmed(departmentSiteId, c.getId(), "admin", null, at(start.plusDays(days[6] + 1), 9));
    }

    private List<AdmissionApplication> admitted(AdmissionCampaign c, SiteInfo school) {
        return verification.queue(school.id(), List.of(ApplicationStatus.ADMITTED), 10_000).stream()
                .filter(a -> a.getCampaignId().equals(c.getId())).toList();
    }

    /** This year's round, open for registration, its commitment published before it opened. */
    private void openRound(long departmentSiteId, int year, LocalDate today) {
        LocalDate start = today.minusDays(10);
        int[] days = {0, 6, 7, 17, 24, 30, 40};
        AdmissionCampaign c = round(departmentSiteId, year, start, days);
        SiteInfo nguyenHue = directory.bySlug("thnguyenhue").orElseThrow();
        SiteInfo kimDong = directory.bySlug("thkimdong").orElseThrow();
        rounds.saveSchool(departmentSiteId, c.getId(), nguyenHue.slug(), 4, 35, NGUYEN_HUE_ZONE, "demo", null);
        rounds.saveSchool(departmentSiteId, c.getId(), kimDong.slug(), 3, 35, KIM_DONG_ZONE, "demo", null);
        openRoundSecret = Lottery.newSecret();
        openRoundYear = year;
        LocalDate drawDay = start.plusDays(days[4] + 1);
        rounds.commit(departmentSiteId, c.getId(), Lottery.commitment(openRoundSecret), "Giải đặc biệt Xổ số kiến thiết "
                + "Thành phố Hồ Chí Minh mở thưởng ngày " + AdmissionRounds.day(drawDay), drawDay, "admin", null,
                at(start.minusDays(1), 9));
        Random random = new Random(2026);
        List<SiteInfo> schools = List.of(nguyenHue, kimDong);
        StringBuilder reviewed = new StringBuilder(ReviewImport.header()).append('\n');
        Instant now = Instant.now();
        int n = 0;
        for (int i = 0; i < 320; i++) {
            SiteInfo school = schools.get(i % 5 < 3 ? 0 : 1);
            Map<String, String> v = child(random, year - 6, ++n, school == nguyenHue ? kimDong : nguyenHue);
            if (i < 60) {
                reviewed.append(reviewLine(v));
            }
            AdmissionApplication a = form.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), v, null, "demo");
            int roll = random.nextInt(100);
            if (roll < 30) {
                continue;
            } else if (roll < 36) {
                verification.verify(school.id(), a.getId(), ApplicationStatus.NEEDS_DOCUMENTS, "Bổ sung giấy xác nhận cư trú",
                        "demo", null, now);
            } else if (roll < 40) {
                verification.verify(school.id(), a.getId(), ApplicationStatus.REFUSED, "Không đúng độ tuổi theo giấy khai sinh",
                        "demo", null, now);
            } else if (roll < 43) {
                admission.withdraw(school.id(), a.getCode(), a.getEmail(), admission.askToWithdraw(a, now, null), null, now);
            } else {
                verification.verify(school.id(), a.getId(), ApplicationStatus.ACCEPTED, null, "demo", null, now);
            }
        }
        exceptions(c, nguyenHue, random, year, now);
        review(departmentSiteId, c, reviewed, random, year);
    }

    /**
     * This year's preschool round at the two preschools (the public Hoa Sen, the private Việt Úc with a
     * criterion of its own), a few weeks ahead of grade 1 so that its pages show the later phases:
     * registration and verification are over, the lottery revealed, the allocation published, and
     * families are confirming their places (five-year-olds admitted first).
     */
    private void preschoolRound(long departmentSiteId, int year, LocalDate today) {
        LocalDate start = today.minusDays(36);
        int[] days = {0, 4, 5, 19, 26, 32, 42};
        AdmissionCampaign c = rounds.saveCampaign(departmentSiteId, null, new AdmissionRounds.CampaignForm(year,
                "Tuyển sinh mầm non năm học " + year + "–" + (year + 1), start, start.plusDays(days[1]),
                start.plusDays(days[2]), start.plusDays(days[3]), start.plusDays(days[4]), start.plusDays(days[5]),
                start.plusDays(days[6]), true, 2, false, PRESCHOOL_CRITERIA_ALL, start.plusDays(days[6]).plusYears(1),
                EntryGrade.PRESCHOOL, null, null, vn.edu.portal.admission.Placement.APPLICATION), "demo", null);
        SiteInfo hoaSen = directory.bySlug("mnhoasen").orElseThrow();
        SiteInfo vietUc = directory.bySlug("mnvietuc").orElseThrow();
        rounds.saveSchool(departmentSiteId, c.getId(), hoaSen.slug(), 3, 30, "Phường Bến Thành\nPhường Sài Gòn", "demo", null);
        rounds.saveSchool(departmentSiteId, c.getId(), vietUc.slug(), 1, 25, "Phường Tân Định\nPhường Đa Kao", "demo", null);
        LocalDate drawDay = start.plusDays(days[4] + 1);
        String secret = Lottery.newSecret();
        rounds.commit(departmentSiteId, c.getId(), Lottery.commitment(secret), "Giải đặc biệt Xổ số kiến thiết "
                + "Thành phố Hồ Chí Minh mở thưởng ngày " + AdmissionRounds.day(drawDay), drawDay, "admin", null,
                at(start.minusDays(1), 9));
        Random random = new Random(2027);
        AgeGroups groups = AgeGroups.of(c);
        Instant registration = at(start.plusDays(days[2] + 3), 10);
        for (int i = 0; i < 160; i++) {
            SiteInfo school = i % 3 < 2 ? hoaSen : vietUc;
            Map<String, String> v = child(random, year - 5 + random.nextInt(4), 5000 + i, school == hoaSen ? vietUc : hoaSen);
            v.put("ageGroup", groups.groupOf(LocalDate.parse(v.get("birthDate")), AgeGroups.reference(c)).orElseThrow().code());
            v.put("boardingMeals", String.valueOf(random.nextInt(4) > 0));
            v.put("criteria", v.get("criteria").replace("CON_GIAO_VIEN", "CON_NHAN_VIEN"));
            if (school == vietUc && random.nextInt(5) == 0) {
                v.put("criteria", String.join(",", java.util.stream.Stream.of(v.get("criteria"), "ANH_CHI_DA_HOC@1")
                        .filter(x -> !x.isEmpty()).toList()));
            }
            AdmissionApplication a = form.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), v, null, "demo");
            if (random.nextInt(100) < 6) {
                verification.verify(school.id(), a.getId(), ApplicationStatus.REFUSED, "Không đúng nhóm tuổi theo giấy khai sinh",
                        "demo", null, registration);
            } else {
                verification.verify(school.id(), a.getId(), ApplicationStatus.ACCEPTED, null, "demo", null, registration);
            }
        }
        Instant allocation = at(drawDay, 17);
        draw.reveal(departmentSiteId, c.getId(), secret, String.format("%06d", random.nextInt(1_000_000)), "admin", null,
                allocation);
        draw.allocate(departmentSiteId, c.getId(), "admin", null, allocation);
        draw.publish(departmentSiteId, c.getId(), "admin", null, allocation.plusSeconds(3600));
        Instant enrolment = Instant.now();
        int n = 0;
        for (SiteInfo school : List.of(hoaSen, vietUc)) {
            for (AdmissionApplication a : admitted(c, school)) {
                if (n++ % 3 == 0) {
                    enrol(school, a, enrolment);
                }
            }
        }
    }

    /**
     * This year's grade 6 round by assignment at Lê Quý Đôn: the grade-5 list of three hundred pupils
     * imported, the assignment run from the zone (pupils living elsewhere wait for the department),
     * and the families answering while the confirmation window is open: some confirmed.
     */
    private void gradeSixRound(long departmentSiteId, int year, LocalDate today) {
        LocalDate start = today.minusDays(12);
        AdmissionCampaign c = rounds.saveCampaign(departmentSiteId, null, new AdmissionRounds.CampaignForm(year,
                "Tuyển sinh lớp 6 năm học " + year + "–" + (year + 1), start, start.plusDays(5), start.plusDays(6),
                start.plusDays(20), start.plusDays(27), start.plusDays(33), start.plusDays(43), false, 1, false, "",
                start.plusDays(43).plusYears(1), EntryGrade.GRADE_6, null, null, vn.edu.portal.admission.Placement.ASSIGNMENT),
                "demo", null);
        SiteInfo leQuyDon = directory.bySlug("thcslequydon").orElseThrow();
        rounds.saveSchool(departmentSiteId, c.getId(), leQuyDon.slug(), 8, 40,
                "Phường Xuân Hòa\nPhường Bàn Cờ\nPhường Bến Thành\nPhường Sài Gòn\nPhường Tân Định", "demo", null);
        Random random = new Random(2028);
        String[] primaries = {"Trường Tiểu học Nguyễn Huệ", "Trường Tiểu học Kim Đồng", "Trường Tiểu học Lê Ngọc Hân"};
        StringBuilder csv = new StringBuilder(ReviewImport.gradeFiveHeader()).append('\n');
        for (int i = 0; i < 300; i++) {
            Map<String, String> v = child(random, year - 11, 7000 + i);
            csv.append(reviewLine(v).strip()).append(',').append(primaries[random.nextInt(primaries.length)])
                    .append(",Hoàn thành chương trình tiểu học\n");
        }
        review.importRecords(departmentSiteId, c.getId(), csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "demo", null);
        assignment.run(departmentSiteId, c.getId(), "admin", null);
        for (int serial = 7000; serial < 7300; serial += 3) {
            for (String sex : List.of("2", "3")) {
                review.record(c, personalId(sex, year - 11, serial)).filter(r -> r.getAssignment().getSiteId() != null)
                        .ifPresent(r -> assignment.confirm(c, review.tokenFor(c, r)));
            }
        }
        // The integrated English programme's class: families register while the window is open; the assessment
        // comes after registration closes, then the department imports its scores and ranks the class.
        long integrated = specialClasses.save(departmentSiteId, c.getId(), String.valueOf(leQuyDon.id()), "Lớp tiếng Anh tích hợp",
                35, "admin", null).getId();
        for (int serial = 7001; serial < 7300; serial += 5) {
            for (String sex : List.of("2", "3")) {
                review.record(c, personalId(sex, year - 11, serial))
                        .ifPresent(r -> specialClasses.register(c, review.tokenFor(c, r), String.valueOf(integrated)));
            }
        }
    }

    /**
     * Older children (the round allows exceptions): one two years older decided by the school with
     * its reason, one waiting for the school, one five years older for the education authority.
     */
    private void exceptions(AdmissionCampaign c, SiteInfo school, Random random, int year, Instant now) {
        Map<String, String> decided = child(random, year - 7, 950, null);
        AdmissionApplication a = form.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), decided, null, "demo");
        verification.verify(school.id(), a.getId(), ApplicationStatus.ACCEPTED,
                "Trẻ khuyết tật vận động, có giấy xác nhận của bệnh viện; học hòa nhập", "demo", null, now);
        form.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), child(random, year - 8, 951, null), null, "demo");
        form.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), child(random, year - 11, 952, null), null, "demo");
    }

    /**
     * The data review: records of the first children who applied and of some who have not yet,
     * one refused line (a mistyped number), and two correction requests, one of them decided.
     */
    private void review(long departmentSiteId, AdmissionCampaign c, StringBuilder csv, Random random, int year) {
        for (int serial = 900; serial < 930; serial++) {
            csv.append(reviewLine(child(random, year - 6, serial)));
        }
        csv.append("07922000012,Sai Số Định Danh,01/01/").append(year - 6).append(",Nam,Phường Bến Thành,1 Lê Lợi,,,sai@example.com\n");
        review.importRecords(departmentSiteId, c.getId(), csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "demo", null);
        ReviewRecord first = recordOf(c, year, 900);
        ReviewRecord second = recordOf(c, year, 901);
        review.addCorrection(first, Map.of("childName", first.getChildName() + " Ngọc"),
                "Tên trên giấy khai sinh có thêm chữ đệm “Ngọc”", DemoPdf.of("Giấy khai sinh (bản sao)"));
        var moved = review.addCorrection(second, Map.of("curWard", "Phường Cầu Ông Lãnh", "curStreet", "15 Calmette"),
                "Gia đình đã chuyển nơi ở, có giấy xác nhận cư trú", DemoPdf.of("Xác nhận thông tin về cư trú"));
        review.decide(departmentSiteId, moved.getId(), true, "Đã đối chiếu giấy xác nhận cư trú", "admin", null);
    }

    private ReviewRecord recordOf(AdmissionCampaign c, int year, int serial) {
        return java.util.stream.Stream.of("2", "3").map(sex -> review.record(c, personalId(sex, year - 6, serial)))
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow();
    }

    private static String personalId(String sexDigit, int birthYear, int serial) {
        return "079" + sexDigit + String.format("%02d", birthYear % 100) + String.format("%06d", 100000 + serial);
    }

    private static String reviewLine(Map<String, String> v) {
        return String.join(",", v.get("personalId"), v.get("childName"), v.get("birthDate"),
                "MALE".equals(v.get("sex")) ? "Nam" : "Nữ", v.get("curWard"), v.get("curStreet"), v.get("permWard"),
                v.get("permStreet"), v.get("email")) + "\n";
    }

    private static Map<String, String> child(Random random, int birthYear, int serial) {
        return child(random, birthYear, serial, null);
    }

    /** A child; with {@code other}, one in three also lists that school as a second choice. */
    private static Map<String, String> child(Random random, int birthYear, int serial, SiteInfo other) {
        boolean girl = random.nextBoolean();
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + (girl ? MIDDLE_F : MIDDLE_M)[random.nextInt(7)] + " "
                + (girl ? GIVEN_F : GIVEN_M)[random.nextInt(10)];
        Map<String, String> v = new HashMap<>();
        v.put("childName", name);
        v.put("personalId", personalId(girl ? "3" : "2", birthYear, serial));
        v.put("birthDate", LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
        v.put("sex", girl ? "FEMALE" : "MALE");
        v.put("birthPlace", "Thành phố Hồ Chí Minh");
        v.put("ethnicity", "Kinh");
        String ward = WARDS[random.nextInt(WARDS.length)];
        String street = (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)];
        v.put("curProvince", "Thành phố Hồ Chí Minh");
        v.put("curWard", ward);
        v.put("curStreet", street);
        v.put("permProvince", "Thành phố Hồ Chí Minh");
        v.put("permWard", ward);
        v.put("permStreet", street);
        v.put("motherName", FAMILY[random.nextInt(FAMILY.length)] + " Thị " + GIVEN_F[random.nextInt(10)]);
        v.put("motherBirthYear", String.valueOf(1985 + random.nextInt(10)));
        v.put("declarantName", v.get("motherName"));
        v.put("declarantRelation", "Mẹ");
        v.put("phone", "09" + String.format("%08d", random.nextInt(100_000_000)));
        v.put("email", "phuhuynh" + serial + "@example.com");
        if (other != null && random.nextInt(3) == 0) {
            v.put("preference2", String.valueOf(other.id()));
        }
        int p = random.nextInt(20);
        String atSchool = v.containsKey("preference2") && random.nextBoolean() ? "@2" : "@1";
        v.put("criteria", p == 0 ? "CON_THUONG_BINH" : p < 3 ? "CON_GIAO_VIEN" + atSchool : p < 6 ? "ANH_CHI_EM" + atSchool : "");
        return v;
    }

    /** A demo family confirms enrolment as a family does: a code to its address, then the code. */
    private void enrol(SiteInfo school, AdmissionApplication a, Instant when) {
        admission.confirmEnrolment(school.id(), a.getCode(), a.getEmail(), admission.askToEnrol(a, when, null), when);
    }
}
