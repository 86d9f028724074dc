package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's Vietnamese follows one convention, checked in every bundle, view, theme, portal
 * template and in the demo content:
 * <ul>
 * <li>tone marks placed as in the Ministry's texts: "xóa, hòa, khỏe, thủy" (on the first vowel of
 * "oa", "oe", "uy" at the end of a syllable), never "xoá, hoà, khoẻ, thuỷ";</li>
 * <li>"y" where the Ministry's legal texts write it: "tỷ lệ, lý do, kỹ năng, quy định" (the subject keeps its
 * name in the 2018 programme, "Mĩ thuật");</li>
 * <li>a school year is always two years with an en dash, "2027–2028" (or a placeholder that holds
 * one), never "năm học 2027" nor "2027-2028";</li>
 * <li>a preschool's pages speak of children (trẻ), their groups and classes and their teachers,
 * never of pupils, form teachers or school reports.</li>
 * </ul>
 */
class WordingTest {

    /** A syllable ending in "oa", "oe" or "uy" with the tone on the second vowel (not after q: "quý" is right). */
    private static final Pattern NEW_STYLE_TONE = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}*?)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern I_FOR_Y = Pattern.compile(
            "(?<![\\p{L}])(tỉ lệ|lí do|kĩ năng|qui định|qui chế)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SCHOOL_YEAR = Pattern.compile(
            "năm học\\s+(\\d{4}(?:\\s*[-–—/]\\s*\\d{4})?|\\{\\d+[^}]*\\})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRESCHOOL_WRONG = Pattern.compile(
            "học sinh|chủ nhiệm|thầy và trò|khối đầu cấp|học bạ|điểm số", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static List<Path> files(String root, String... endings) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(root))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
        }
    }

    /** Everything a reader can see: bundles, views, themes, portal templates, demo content, catalogue seeds. */
    private static List<Path> scanned() throws IOException {
        List<Path> all = new ArrayList<>();
        all.addAll(files("src/main/resources/vn/edu/portal", ".properties"));
        all.addAll(files("src/main/webapp", ".xhtml", ".html"));
        all.addAll(files("themes", ".xhtml", ".properties", ".html"));
        all.addAll(files("portal-templates", ".html", ".tsv", ".properties"));
        all.addAll(files("src/main/java/vn/edu/portal/demo", ".java"));
        assertTrue(all.size() > 80, "the scan found the files: " + all.size());
        return all;
    }

    private static List<String> find(Pattern pattern, List<Path> files, java.util.function.Predicate<Matcher> wrong)
            throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    if (wrong.test(m)) {
                        found.add(file + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void toneMarksAreThoseOfTheMinistrysTexts() throws IOException {
        List<String> found = find(NEW_STYLE_TONE, scanned(),
                m -> !m.group(1).toLowerCase(Locale.ROOT).endsWith("q") || !m.group(2).toLowerCase(Locale.ROOT).startsWith("u"));
        assertEquals(List.of(), found, "write \"xóa, hòa, khỏe, thủy\", not \"xoá, hoà, khoẻ, thuỷ\"");
    }

    @Test
    void theConventionCatchesWhatItShould() {
        assertTrue(NEW_STYLE_TONE.matcher("Đã xoá hồ sơ").find());
        assertTrue(NEW_STYLE_TONE.matcher("Sức khoẻ").find());
        assertTrue(NEW_STYLE_TONE.matcher("Ủy ban, thuỷ lợi").find());
        assertTrue(!NEW_STYLE_TONE.matcher("Đã xóa hồ sơ, hòa nhập, khỏe mạnh, thủy lợi, hoàng, toán, khoảng").find());
        Matcher quy = NEW_STYLE_TONE.matcher("quý, quỹ");
        while (quy.find()) {
            assertTrue(quy.group(1).equalsIgnoreCase("q"), quy.group());
        }
        assertTrue(SCHOOL_YEAR.matcher("năm học 2027").find() && SCHOOL_YEAR.matcher("năm học {1,number,#}").find());
        assertTrue(I_FOR_Y.matcher("tỉ lệ học sinh").find() && !I_FOR_Y.matcher("tỷ lệ học sinh").find());
    }

    @Test
    void yIsWrittenWhereTheMinistryWritesIt() throws IOException {
        assertEquals(List.of(), find(I_FOR_Y, scanned(), m -> true), "write \"tỷ lệ, lý do, kỹ năng, quy định\"");
    }

    @Test
    void schoolYearsAreTwoYearsWithAnEnDash() throws IOException {
        List<String> found = find(SCHOOL_YEAR, scanned(), m -> {
            String year = m.group(1);
            if (year.startsWith("{")) {
                return year.contains(","); // {0} holds a label "2027–2028"; {0,number,#} is a bare year
            }
            return !year.matches("\\d{4}–\\d{4}") || Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1;
        });
        assertEquals(List.of(), found, "a school year is \"2027–2028\"");
        List<String> hyphen = find(Pattern.compile("(?<![\\w/-])(20\\d\\d)-(20\\d\\d)(?![\\w/-])"),
                files("src/main/resources/vn/edu/portal", ".properties"), m -> true);
        hyphen.addAll(find(Pattern.compile("(?<![\\w/-])(20\\d\\d)-(20\\d\\d)(?![\\w/-])"), files("portal-templates", ".html"),
                m -> true));
        assertEquals(List.of(), hyphen, "years are joined by an en dash");
    }

    @Test
    void preschoolTemplatesSpeakOfChildren() throws IOException {
        List<Path> preschool = files("portal-templates/mam-non", ".html", ".tsv", ".properties");
        assertTrue(preschool.size() >= 8, preschool.toString());
        assertEquals(List.of(), find(PRESCHOOL_WRONG, preschool, m -> true));
        List<Path> keys = List.of(Path.of("src/main/resources/vn/edu/portal/messages.properties"));
        assertEquals(List.of(), find(Pattern.compile("^disclosure\\.cell\\.[\\w.]+\\.PRESCHOOL=.*(học sinh|lên lớp).*$"), keys,
                m -> true), "preschool table headings");
    }
}
