package vn.edu.portal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.edu.portal.content.DocumentType;
import vn.edu.portal.tenant.Ownership;
import vn.edu.portal.tenant.SchoolLevel;

/**
 * What the generated city is made of, decided by numbers alone so that a run stopped halfway and
 * started again writes exactly what the first would have: school {@code i} always has the same
 * level, ownership, ward, name and slug; its article {@code k} the same text and publication time
 * (spread over the three years before the run's day); application {@code n} the same child.
 * Levels follow the proportions of a large city (about 45 % preschools, a quarter primary schools,
 * 15 % lower and 15 % upper secondary schools); 40 % of preschools and 10 % of the other schools
 * are private; schools are spread over the wards and communes of the city (no districts since
 * 1 July 2025). Continuing-education centres have no portal template and are not generated.
 */
public final class CityPlan {

    /** One generated school. */
    public record School(int index, String slug, String name, SchoolLevel level, Ownership ownership, String ward,
                  String address, String phone, String principal, String template) {
    }

    /** One generated official document. */
    record Document(String number, DocumentType type, String summary, LocalDate issuedOn) {
    }

    /** Wards and communes of Ho Chi Minh City after the 2025 reorganisation (101 of them: a prime number). */
    static final List<String> WARDS = List.of(
            "Phường Sài Gòn", "Phường Tân Định", "Phường Bến Thành", "Phường Cầu Ông Lãnh", "Phường Bàn Cờ",
            "Phường Xuân Hòa", "Phường Nhiêu Lộc", "Phường Xóm Chiếu", "Phường Khánh Hội", "Phường Vĩnh Hội",
            "Phường Chợ Quán", "Phường An Đông", "Phường Chợ Lớn", "Phường Bình Tây", "Phường Bình Tiên",
            "Phường Bình Phú", "Phường Phú Lâm", "Phường Tân Thuận", "Phường Phú Thuận", "Phường Tân Mỹ",
            "Phường Tân Hưng", "Phường Chánh Hưng", "Phường Phú Định", "Phường Bình Đông", "Phường Diên Hồng",
            "Phường Vườn Lài", "Phường Hòa Hưng", "Phường Minh Phụng", "Phường Bình Thới", "Phường Hòa Bình",
            "Phường Phú Thọ", "Phường Đông Hưng Thuận", "Phường Trung Mỹ Tây", "Phường Tân Thới Hiệp",
            "Phường Thới An", "Phường An Phú Đông", "Phường An Lạc", "Phường Tân Tạo", "Phường Bình Tân",
            "Phường Bình Trị Đông", "Phường Bình Hưng Hòa", "Phường Gia Định", "Phường Bình Thạnh",
            "Phường Bình Lợi Trung", "Phường Thạnh Mỹ Tây", "Phường Bình Quới", "Phường Hạnh Thông",
            "Phường An Nhơn", "Phường Gò Vấp", "Phường An Hội Đông", "Phường Thông Tây Hội", "Phường An Hội Tây",
            "Phường Đức Nhuận", "Phường Cầu Kiệu", "Phường Phú Nhuận", "Phường Tân Sơn Hòa", "Phường Tân Sơn Nhất",
            "Phường Tân Hòa", "Phường Bảy Hiền", "Phường Tân Bình", "Phường Tân Sơn", "Phường Tây Thạnh",
            "Phường Tân Sơn Nhì", "Phường Phú Thọ Hòa", "Phường Tân Phú", "Phường Phú Thạnh", "Phường Hiệp Bình",
            "Phường Thủ Đức", "Phường Tam Bình", "Phường Linh Xuân", "Phường Tăng Nhơn Phú", "Phường Long Bình",
            "Phường Long Phước", "Phường Long Trường", "Phường Cát Lái", "Phường Bình Trưng", "Phường Phước Long",
            "Phường An Khánh", "Xã Bình Hưng", "Xã Bình Chánh", "Xã Hưng Long", "Xã Củ Chi", "Xã Nhà Bè",
            "Xã Cần Giờ", "Xã Hóc Môn", "Xã Xuân Thới Sơn", "Xã Đông Thạnh", "Xã Bà Điểm", "Xã Tân An Hội",
            "Xã Thái Mỹ", "Xã An Nhơn Tây", "Xã Phú Hòa Đông", "Xã Bình Lợi", "Xã Tân Nhựt", "Xã Vĩnh Lộc",
            "Xã Hiệp Phước", "Xã Bình Khánh", "Xã An Thới Đông", "Xã Thạnh An", "Xã Long Sơn", "Xã Phạm Văn Hai");

    private static final List<String> PRESCHOOL_NAMES = List.of("Hoa Sen", "Hoa Mai", "Sơn Ca", "Họa Mi",
            "Vành Khuyên", "Tuổi Thơ", "Bông Sen", "Hướng Dương", "Ánh Dương", "Rạng Đông", "Măng Non", "Hoa Hồng",
            "Thỏ Ngọc", "Búp Bê", "Hoa Cúc", "Sao Mai", "Bình Minh", "Thiên Thanh", "Hoa Lan", "Anh Đào");

    private static final List<String> PERSON_NAMES = List.of("Nguyễn Du", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi",
            "Lê Quý Đôn", "Chu Văn An", "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh", "Trần Quốc Toản", "Võ Thị Sáu",
            "Nguyễn Thị Minh Khai", "Lê Văn Tám", "Kim Đồng", "Phan Bội Châu", "Phan Chu Trinh", "Nguyễn Huệ",
            "Hai Bà Trưng", "Lý Thường Kiệt", "Ngô Quyền", "Đinh Tiên Hoàng", "Hùng Vương", "Trần Phú",
            "Nguyễn Văn Trỗi", "Lê Thánh Tông", "Nguyễn Đình Chiểu", "Trương Định", "Nguyễn Khuyến", "Tô Hiến Thành",
            "Phạm Ngũ Lão", "Yết Kiêu", "Bạch Đằng", "Điện Biên", "Lam Sơn", "Trưng Vương", "Bùi Thị Xuân",
            "Mạc Đĩnh Chi", "Lê Hồng Phong", "Nguyễn An Ninh", "Huỳnh Thúc Kháng", "Võ Trường Toản");

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] GIVEN_M = {"An", "Bảo", "Khang", "Huy", "Phúc", "Nam", "Long", "Khôi", "Đăng", "Minh"};
    private static final String[] GIVEN_F = {"Anh", "Vy", "Linh", "Ngân", "Hân", "Thư", "Như", "Trang", "My", "Châu"};
    private static final String[] STREETS = {"Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng", "Pasteur", "Cách Mạng Tháng Tám",
        "Điện Biên Phủ", "Nguyễn Văn Linh", "Quang Trung", "Phan Văn Trị", "Lý Thường Kiệt"};

    private static final Duration SPAN = Duration.ofDays(3 * 365);

    private CityPlan() {
    }

    /** Level by the school's place in a cycle of twenty: 9 preschools, 5 primary, 3 lower and 3 upper secondary. */
    static SchoolLevel level(int index) {
        int r = index % 20;
        return r < 9 ? SchoolLevel.PRESCHOOL : r < 14 ? SchoolLevel.PRIMARY : r < 17 ? SchoolLevel.LOWER_SECONDARY
                : SchoolLevel.UPPER_SECONDARY;
    }

    public static School school(int index) {
        SchoolLevel level = level(index);
        Random random = new Random(index);
        Ownership ownership = random.nextInt(10) < (level == SchoolLevel.PRESCHOOL ? 4 : 1) ? Ownership.PRIVATE
                : Ownership.PUBLIC;
        // wards in turn (their number is prime to 20, so each ward gets schools of every level),
        // and within a ward each school its own name
        String ward = WARDS.get(index % WARDS.size());
        String prefix;
        String levelName;
        String template;
        List<String> names;
        switch (level) {
            case PRESCHOOL -> {
                prefix = "mn";
                levelName = ownership == Ownership.PRIVATE ? "Trường Mầm non tư thục " : "Trường Mầm non ";
                template = "mam-non";
                names = PRESCHOOL_NAMES;
            }
            case PRIMARY -> {
                prefix = "th";
                levelName = ownership == Ownership.PRIVATE ? "Trường Tiểu học tư thục " : "Trường Tiểu học ";
                template = "tieu-hoc";
                names = PERSON_NAMES;
            }
            case LOWER_SECONDARY -> {
                prefix = "thcs";
                levelName = ownership == Ownership.PRIVATE ? "Trường THCS tư thục " : "Trường THCS ";
                template = "thcs";
                names = PERSON_NAMES;
            }
            default -> {
                prefix = "thpt";
                levelName = ownership == Ownership.PRIVATE ? "Trường THPT tư thục " : "Trường THPT ";
                template = "thpt";
                names = PERSON_NAMES;
            }
        }
        String base = names.get((index / WARDS.size()) % names.size());
        // The same name in several wards, as in a real city: the ward tells them apart.
        String name = levelName + base + " " + ward.substring(ward.indexOf(' ') + 1);
        String slug = prefix + String.format(Locale.ROOT, "%04d", index + 1);
        String address = (1 + random.nextInt(300)) + " " + STREETS[random.nextInt(STREETS.length)] + ", "
                + ward.substring(0, 1).toLowerCase(Locale.ROOT) + ward.substring(1);
        String phone = String.format(Locale.ROOT, "028 3%03d %04d", random.nextInt(1000), random.nextInt(10_000));
        String principal = FAMILY[random.nextInt(FAMILY.length)] + (random.nextBoolean() ? " Thị " : " Văn ")
                + (random.nextBoolean() ? GIVEN_F : GIVEN_M)[random.nextInt(10)];
        return new School(index, slug, name, level, ownership, ward, address, phone, principal, template);
    }

    /**
     * When article {@code k} of {@code count} of a school is published: evenly over the three years
     * before {@code now}, the newest first, each school a few minutes off the others so that the
     * department's stream mixes them, always in the past.
     */
    static Instant publishedAt(int schoolIndex, int k, int count, Instant now) {
        long step = SPAN.toSeconds() / Math.max(count, 1);
        return now.minusSeconds(step * k + 60L * (1 + schoolIndex % 600));
    }

    /** The sample an article takes its text from. */
    static DemoArticles.Sample sample(SchoolLevel level, int k) {
        List<DemoArticles.Sample> samples = DemoArticles.samples(level);
        return samples.get(k % samples.size());
    }

    /** The title of article {@code k}: its sample's, with the day it was published (unique within a school). */
    static String articleTitle(DemoArticles.Sample sample, Instant publishedAt, int k) {
        LocalDate day = publishedAt.atZone(vn.edu.portal.platform.Formats.VIETNAM).toLocalDate();
        return sample.title() + " (" + String.format(Locale.ROOT, "%02d/%02d/%d", day.getDayOfMonth(),
                day.getMonthValue(), day.getYear()) + ", số " + (k + 1) + ")";
    }

    private static final DocumentType[] DOCUMENT_TYPES = {DocumentType.KE_HOACH, DocumentType.QUYET_DINH,
        DocumentType.THONG_BAO, DocumentType.BAO_CAO, DocumentType.CONG_VAN, DocumentType.HUONG_DAN};
    private static final String[] DOCUMENT_SUBJECTS = {"Kế hoạch giáo dục nhà trường", "Quyết định thành lập tổ chuyên môn",
        "Thông báo các khoản thu theo quy định", "Báo cáo sơ kết học kỳ", "Công văn về lịch kiểm tra định kỳ",
        "Hướng dẫn công tác phòng chống dịch bệnh"};
    private static final String[] DOCUMENT_SIGNS = {"KH", "QĐ", "TB", "BC", "CV", "HD"};

    /** Document {@code k} of a school: a number unique within the school, issued over the three years before {@code today}. */
    static Document document(School school, int k, int count, LocalDate today) {
        int t = k % DOCUMENT_TYPES.length;
        LocalDate issued = today.minusDays(1 + (long) k * (3 * 365) / Math.max(count, 1));
        String number = (k + 1) + "/" + DOCUMENT_SIGNS[t] + "-" + school.slug().toUpperCase(Locale.ROOT);
        return new Document(number, DOCUMENT_TYPES[t], DOCUMENT_SUBJECTS[t] + " năm " + issued.getYear(), issued);
    }

    /**
     * How much of its disclosure year a school has published: 4 in 10 everything, 3 in 10 the
     * general information, 2 in 10 the general information and conditions for quality, 1 in 10 has
     * opened the year and published nothing.
     */
    static int disclosureShare(int index) {
        int r = (index * 3) % 10;
        return r < 4 ? 3 : r < 7 ? 1 : r < 9 ? 2 : 0;
    }

    /** Whether an item of group {@code group} is published at a school with {@code share} (see {@link #disclosureShare}). */
    static boolean disclosed(int share, int group) {
        return share == 3 || (share >= 1 && group == 1) || (share == 2 && group == 3);
    }

    /**
     * The grade 1 application of child {@code serial} (unique in the city) to a school in
     * {@code ward}: nine in ten live in the school's ward (group 1), the others nearby.
     */
    static Map<String, String> application(int serial, int birthYear, String ward) {
        Random random = new Random(serial * 31L + 7);
        boolean girl = random.nextBoolean();
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + (girl ? "Thị " : "Văn ")
                + (girl ? GIVEN_F : GIVEN_M)[random.nextInt(10)];
        Map<String, String> v = new HashMap<>();
        v.put("childName", name);
        v.put("personalId", "079" + (girl ? "3" : "2") + String.format(Locale.ROOT, "%02d", birthYear % 100)
                + String.format(Locale.ROOT, "%06d", serial));
        v.put("birthDate", LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
        v.put("sex", girl ? "FEMALE" : "MALE");
        v.put("birthPlace", "Thành phố Hồ Chí Minh");
        v.put("ethnicity", "Kinh");
        String lives = random.nextInt(10) == 0 ? WARDS.get(random.nextInt(WARDS.size())) : ward;
        String street = (1 + random.nextInt(300)) + " " + STREETS[random.nextInt(STREETS.length)];
        v.put("curProvince", "Thành phố Hồ Chí Minh");
        v.put("curWard", lives);
        v.put("curStreet", street);
        v.put("permProvince", "Thành phố Hồ Chí Minh");
        v.put("permWard", lives);
        v.put("permStreet", street);
        v.put("motherName", FAMILY[random.nextInt(FAMILY.length)] + " Thị " + GIVEN_F[random.nextInt(10)]);
        v.put("motherBirthYear", String.valueOf(1985 + random.nextInt(10)));
        v.put("declarantName", v.get("motherName"));
        v.put("declarantRelation", "Mẹ");
        v.put("phone", "09" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)));
        v.put("email", "phuhuynh" + serial + "@example.com");
        v.put("criteria", random.nextInt(20) == 0 ? "CON_THUONG_BINH" : "");
        return v;
    }

    /** How many of {@code total} applications go to primary school {@code p} of {@code primaries} (the rest to the first ones). */
    static int applicationsFor(int p, int primaries, int total) {
        if (primaries == 0) {
            return 0;
        }
        return total / primaries + (p < total % primaries ? 1 : 0);
    }

    /** Serials a school's applications may take: a run resumed with more applications keeps each school's serials. */
    static final int SERIALS_PER_SCHOOL = 2_000;

    /**
     * The serial of the first application to primary school {@code p} (serials are unique in the
     * city and a six-digit part of the child's ID number). Schools are {@value #SERIALS_PER_SCHOOL}
     * serials apart (more only when a school gets more than that), so a run stopped and started again
     * with another total continues each school's serials instead of taking another school's
     * (before, changing the total gave "Duplicate entry … ux_admission_application_child").
     */
    static int firstSerial(int p, int primaries, int total) {
        if (primaries == 0) {
            return 0;
        }
        long stride = Math.max(SERIALS_PER_SCHOOL, (total + primaries - 1) / primaries);
        if (stride * primaries > 1_000_000) {
            throw new IllegalArgumentException("at most " + 1_000_000 / primaries + " applications per school here");
        }
        return (int) (p * stride);
    }
}
