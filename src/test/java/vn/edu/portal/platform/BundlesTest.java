package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/vn/edu/portal/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vi = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertEquals(Set.of(), onlyVi, "keys missing in English");
        assertEquals(Set.of(), onlyEn, "keys missing in Vietnamese");
        assertTrue(vi.size() > 100);
    }

    /** Jakarta Faces' own messages (conversion, choice): both languages, the same keys, Vietnamese in the base. */
    @Test
    void theFacesMessagesAreInBothLanguages() throws IOException {
        Properties vi = load("faces.properties");
        Properties en = load("faces_en.properties");
        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertEquals("Nhập một số.", vi.getProperty("jakarta.faces.converter.IntegerConverter.INTEGER_detail"));
        assertTrue(load("faces_vi.properties").isEmpty(), "Vietnamese lives in the base bundle");
    }

    @Test
    void vietnameseIsReallyVietnamese() throws IOException {
        Properties vi = load("messages.properties");
        assertEquals("Trang chủ", vi.getProperty("public.home"));
        assertTrue(vi.stringPropertyNames().stream().noneMatch(k -> vi.getProperty(k).isBlank()));
        assertTrue(load("messages_vi.properties").isEmpty(), "Vietnamese lives in the base bundle");
    }

    /** Every key a view or a service names exists in the bundle. */
    @Test
    void everyKeyUsedExists() throws IOException {
        Properties vi = load("messages.properties");
        Pattern viewKey = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        Pattern codeKey = Pattern.compile(
                "(?:(?:of|add)\\(\"[^\"]+\",\\s*|Texts\\.(?:info|error)\\()\"([a-z]+\\.[a-zA-Z.]+)\"");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")), Stream.concat(
                Files.walk(Path.of("themes")), Files.walk(Path.of("src/main/java"))))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = (file.toString().endsWith(".java") ? codeKey : viewKey).matcher(text);
                while (m.find()) {
                    checked++;
                    if (!vi.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertTrue(checked > 150, "the scan found the keys in use: " + checked);
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe quotes the rest: "the school's
     * zone ({2})" came out as "the schools zone ({2})" in English. Every such message, in both languages, formats
     * with its apostrophes and without a placeholder left over; one without arguments is shown as written.
     */
    @Test
    void everyMessageWithArgumentsFormatsWhole() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d+)[,}]");
        Set<String> broken = new TreeSet<>();
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            java.util.Locale locale = bundle.contains("_en") ? java.util.Locale.ENGLISH : PortalViewHandler.VIETNAMESE;
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                Matcher m = placeholder.matcher(pattern);
                int count = 0;
                while (m.find()) {
                    count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
                }
                if (count == 0) {
                    if (pattern.contains("''")) {
                        broken.add(bundle + " " + key + " (shown as written, no argument): " + pattern);
                    }
                    continue;
                }
                Object[] args = new Object[count];
                java.util.Arrays.fill(args, 7);
                String formatted = Texts.get(locale, key, args);
                long apostrophes = pattern.replace("\'\'", "\'").chars().filter(c -> c == '\'').count();
                if (placeholder.matcher(formatted).find()
                        || formatted.chars().filter(c -> c == '\'').count() != apostrophes) {
                    broken.add(bundle + " " + key + ": " + formatted);
                }
            }
        }
        assertEquals(Set.of(), broken);
        assertEquals("The lottery's secret is revealed: registration and verification cannot be opened again.",
                Texts.get(java.util.Locale.ENGLISH, "admission.campaign.revealedDates", "an argument it does not use"));
    }
}
