package vn.edu.portal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The themes and portal templates shipped in the repository are complete. */
class PackagedFilesTest {

    private static final List<String> STANDARD_MENU = List.of("Giới thiệu", "Tin tức", "Thông báo", "Văn bản",
            "Công khai", "Thủ tục hành chính", "Tuyển sinh", "Liên hệ");

    private static List<Path> folders(String root) throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of(root))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void everyLevelHasATemplateWithTheStandardMenuAndItsPages() throws IOException {
        List<Path> templates = folders("portal-templates");
        assertTrue(templates.size() >= 4);
        List<String> levels = new java.util.ArrayList<>();
        for (Path dir : templates) {
            Properties p = new Properties();
            p.load(Files.newBufferedReader(dir.resolve("template.properties"), StandardCharsets.UTF_8));
            levels.add(SchoolLevel.valueOf(p.getProperty("level")).name());
            List<String> menu = Files.readAllLines(dir.resolve("menu.tsv")).stream().filter(l -> !l.isBlank())
                    .map(l -> l.split("\t")[0]).toList();
            assertEquals(STANDARD_MENU, menu, dir.toString());
            for (String line : Files.readAllLines(dir.resolve("pages.tsv"))) {
                if (!line.isBlank()) {
                    Path page = dir.resolve("pages").resolve(line.split("\t")[0] + ".html");
                    assertTrue(Files.isRegularFile(page), page.toString());
                    assertTrue(!Files.readString(page).contains("<script"), page.toString());
                }
            }
            for (String line : Files.readAllLines(dir.resolve("menu.tsv"))) {
                String link = line.split("\t")[1];
                if (link.startsWith("trang/")) {
                    assertTrue(Files.isRegularFile(dir.resolve("pages").resolve(link.substring(6) + ".html")),
                            "menu links to a page the template has: " + link);
                }
            }
        }
        assertTrue(levels.containsAll(List.of("PRESCHOOL", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY")));
    }

    @Test
    void everyThemeHasManifestLayoutAndStylesheet() throws IOException {
        List<Path> themes = folders("themes");
        assertTrue(themes.size() >= 2);
        for (Path dir : themes) {
            Properties p = new Properties();
            p.load(Files.newBufferedReader(dir.resolve("theme.properties"), StandardCharsets.UTF_8));
            assertEquals(dir.getFileName().toString(), p.getProperty("key"));
            String layout = Files.readString(dir.resolve("layout.xhtml"));
            assertTrue(layout.contains("<ui:insert name=\"content\"/>") && layout.contains("transient=\"true\""),
                    "layout of " + dir + " renders content in a transient (session-less) view");
            assertTrue(Files.isRegularFile(dir.resolve("css/theme.css")));
            try (Stream<Path> images = Files.list(dir.resolve("images"))) {
                assertTrue(images.findAny().isPresent(), "images of " + dir);
            }
        }
    }
}
