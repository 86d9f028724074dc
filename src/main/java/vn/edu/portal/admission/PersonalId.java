package vn.edu.portal.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 12-digit personal identification number (số định danh cá nhân, Circular 07/2016/TT-BCA):
 * 3 digits for the province of birth registration, 1 digit for century and sex (0/1 = 1900s
 * male/female, 2/3 = 2000s, 4/5 = 2100s …), 2 digits for the year of birth, 6 digits of serial.
 * Only the format and the agreement with the date of birth and sex are checked here; whether the
 * number exists is the national population database's business ({@link NationalRegistry}).
 *
 * <p>A birth registered abroad (at a Vietnamese mission) carries the code of the country instead
 * of a province (Decree 137/2015/NĐ-CP, article 13, as amended by Decree 37/2021/NĐ-CP; the codes
 * in the appendix of Circular 07/2016/TT-BCA). Such a number is accepted: where the department
 * lists the country codes ({@code portal.admission.id.country-codes}), only those; otherwise any
 * three digits that are not a province code (nor 000), and the school checks the extract of the
 * birth registration, as it does for every application.
 */
public final class PersonalId {

    /** Province codes of birth registration (63 provinces as numbered by the circular). */
    public static final Set<String> PROVINCE_CODES = vn.edu.portal.platform.PrivacyScan.PROVINCE_CODES;

    /** What is wrong with a number, each a message key under {@code admission.id.*}. */
    public enum Problem {
        FORMAT("admission.id.format"),
        PROVINCE("admission.id.province"),
        CENTURY("admission.id.century"),
        YEAR("admission.id.year"),
        SEX("admission.id.sex");

        public final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    private PersonalId() {
    }

    /** The number without spaces or dots, as people often type it in groups. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
    }

    /** Every problem found, any country code accepted for a birth registered abroad. */
    public static List<Problem> check(String typed, LocalDate birthDate, Sex sex) {
        return check(typed, birthDate, sex, Set.of());
    }

    /**
     * Every problem found, in the order above; empty when the number agrees with the date and sex.
     *
     * @param countryCodes the codes of countries a birth may have been registered in; empty: any
     *     code that is not a province's (nor 000)
     */
    public static List<Problem> check(String typed, LocalDate birthDate, Sex sex, Set<String> countryCodes) {
        List<Problem> problems = new ArrayList<>();
        String id = normalise(typed);
        if (!id.matches("\\d{12}")) {
            problems.add(Problem.FORMAT);
            return problems;
        }
        String place = id.substring(0, 3);
        if (!PROVINCE_CODES.contains(place)
                && (place.equals("000") || !(countryCodes.isEmpty() || countryCodes.contains(place)))) {
            problems.add(Problem.PROVINCE);
        }
        int centuryDigit = id.charAt(3) - '0';
        if (centuryDigit > 5) {
            problems.add(Problem.CENTURY);
            return problems;
        }
        int century = 1900 + 100 * (centuryDigit / 2);
        int year = century + Integer.parseInt(id.substring(4, 6));
        if (birthDate != null && birthDate.getYear() != year) {
            problems.add(Problem.YEAR);
        }
        Sex encoded = centuryDigit % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        if (sex != null && sex != encoded) {
            problems.add(Problem.SEX);
        }
        return problems;
    }

    /** The year of birth the number encodes, or 0 if it is not a well-formed number. */
    public static int encodedYear(String typed) {
        String id = normalise(typed);
        if (!id.matches("\\d{12}") || id.charAt(3) > '5') {
            return 0;
        }
        return 1900 + 100 * ((id.charAt(3) - '0') / 2) + Integer.parseInt(id.substring(4, 6));
    }

    /**
     * The last four digits, for the family's own messages and for staff: never on a public page
     * (with the province, century, sex and year they leave too few numbers to guess).
     */
    public static String lastFour(String id) {
        String clean = normalise(id);
        return clean.length() < 4 ? "****" : clean.substring(clean.length() - 4);
    }

    /** Whether a well-formed number was registered abroad: its first three digits are a country's, not a province's. */
    public static boolean registeredAbroad(String typed) {
        String id = normalise(typed);
        return id.matches("\\d{12}") && !PROVINCE_CODES.contains(id.substring(0, 3));
    }
}
