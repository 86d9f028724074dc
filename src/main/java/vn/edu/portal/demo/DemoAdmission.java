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
import vn.edu.portal.admission.AdmissionReview;
import vn.edu.portal.admission.AdmissionService;
import vn.edu.portal.admission.ReviewImport;
import vn.edu.portal.admission.ReviewRecord;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.tenant.SiteDirectory;
import vn.edu.portal.tenant.SiteInfo;

/**
 * An open grade 1 round for the two demo primary schools: zones, quotas, and a few hundred
 * generated applications in every state (the allocation has been run on the verified ones, so
 * dashboards and lists look real), two age exceptions, and the data review that came before:
 * imported records and parents' correction requests. Names and ID numbers are invented.
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
    private static final String[] WARDS = {"Phường Bến Thành", "Phường Sài Gòn", "Phường Cầu Ông Lãnh", "Phường Tân Định",
        "Phường Đa Kao", "Phường Bàn Cờ", "Phường Xuân Hòa"};
    private static final String[] STREETS = {"Lê Lợi", "Calmette", "Nguyễn Thái Học", "Hai Bà Trưng", "Pasteur",
        "Trần Quang Khải", "Cao Thắng", "Lý Tự Trọng"};

    @Inject
    AdmissionService admission;

    @Inject
    SiteDirectory directory;

    @Inject
    AdmissionReview review;

    /** Loads the round; a refusal names its message keys, so a broken demo says why. */
    public void load(long departmentSiteId) {
        try {
            round(departmentSiteId);
        } catch (vn.edu.portal.platform.FieldErrors e) {
            throw new IllegalStateException("demo admission refused: " + e.errors().entrySet().stream()
                    .map(x -> x.getKey() + "=" + x.getValue().key()).toList(), e);
        }
    }

    private void round(long departmentSiteId) {
        LocalDate today = LocalDate.now(AdmissionService.ZONE);
        int year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        AdmissionCampaign c = admission.saveCampaign(departmentSiteId, null, new AdmissionService.CampaignForm(year,
                "Tuyển sinh lớp 1 năm học " + year + "–" + (year + 1), today.minusDays(10), today.minusDays(4),
                today.minusDays(3), today.plusDays(7), today.plusDays(14), today.plusDays(20), today.plusDays(30),
                true, 2, true, "CON_THUONG_BINH | Con thương binh, liệt sĩ\nCON_GIAO_VIEN | Con giáo viên, nhân viên của trường\n"
                        + "ANH_CHI_EM | Có anh, chị, em ruột đang học tại trường", today.plusYears(1)), "demo", null);
        SiteInfo nguyenHue = directory.bySlug("thnguyenhue").orElseThrow();
        SiteInfo kimDong = directory.bySlug("thkimdong").orElseThrow();
        admission.saveSchool(departmentSiteId, c.getId(), nguyenHue.slug(), 4, 35, NGUYEN_HUE_ZONE, "demo", null);
        admission.saveSchool(departmentSiteId, c.getId(), kimDong.slug(), 3, 35, KIM_DONG_ZONE, "demo", null);
        Random random = new Random(2026);
        List<SiteInfo> schools = List.of(nguyenHue, kimDong);
        StringBuilder reviewed = new StringBuilder(ReviewImport.header()).append('\n');
        int n = 0;
        for (int i = 0; i < 320; i++) {
            SiteInfo school = schools.get(i % 5 < 3 ? 0 : 1);
            SiteInfo other = school == nguyenHue ? kimDong : nguyenHue;
            Map<String, String> v = child(random, year - 6, ++n);
            if (i < 60) {
                reviewed.append(reviewLine(v));
            }
            if (random.nextInt(3) == 0) {
                v.put("preference2", String.valueOf(other.id()));
            }
            AdmissionApplication a = admission.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), v, null, "demo");
            int roll = random.nextInt(100);
            if (roll < 8) {
                continue;
            } else if (roll < 14) {
                admission.verify(school.id(), a.getId(), ApplicationStatus.NEEDS_DOCUMENTS, "Bổ sung giấy xác nhận cư trú", "demo", null);
            } else if (roll < 18) {
                admission.verify(school.id(), a.getId(), ApplicationStatus.REFUSED, "Không đúng độ tuổi theo giấy khai sinh", "demo", null);
            } else if (roll < 21) {
                admission.withdraw(school.id(), a.getCode(), a.getEmail(), null);
            } else {
                admission.verify(school.id(), a.getId(), ApplicationStatus.ACCEPTED, null, "demo", null);
            }
        }
        exceptions(c, nguyenHue, random, year);
        review(departmentSiteId, c, reviewed, random, year);
        admission.publishSeed(departmentSiteId, c.getId(), "so-gddt-" + year + "-" + Long.toHexString(random.nextLong()), "demo", null);
        admission.allocate(departmentSiteId, c.getId(), "demo", null);
        int confirmed = 0;
        for (SiteInfo school : schools) {
            for (AdmissionApplication a : admission.admittedOf(school.id())) {
                if (confirmed++ % 3 == 0) {
                    admission.confirmEnrolment(school.id(), a.getCode(), a.getEmail());
                }
            }
        }
    }

    /** Two older children (the round allows exceptions): one decided with its reason, one waiting. */
    private void exceptions(AdmissionCampaign c, SiteInfo school, Random random, int year) {
        Map<String, String> decided = child(random, year - 7, 950);
        AdmissionApplication a = admission.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), decided, null, "demo");
        admission.verify(school.id(), a.getId(), ApplicationStatus.ACCEPTED,
                "Trẻ khuyết tật vận động, có giấy xác nhận của bệnh viện; học hòa nhập", "demo", null);
        admission.create(c, school.id(), UUID.randomUUID().toString().replace("-", ""), child(random, year - 8, 951), null, "demo");
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
        int p = random.nextInt(20);
        v.put("criteria", p == 0 ? "CON_THUONG_BINH" : p < 3 ? "CON_GIAO_VIEN" : p < 6 ? "ANH_CHI_EM" : "");
        return v;
    }
}
