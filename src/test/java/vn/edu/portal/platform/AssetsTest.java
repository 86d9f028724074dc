package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fingerprinted addresses, bundles of the public style sheet, and no stale file under a new name. */
class AssetsTest {

    private Assets assets;
    private String publicCss;

    @BeforeEach
    void load() throws IOException {
        publicCss = Files.readString(Path.of("src/main/webapp/static/css/public.css"), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Assets.PUBLIC_CSS, publicCss.getBytes(StandardCharsets.UTF_8));
        files.put("/static/css/admin.css", ".admin { color: red; }".getBytes(StandardCharsets.UTF_8));
        for (String theme : new String[] {"classic", "sen"}) {
            Path dir = Path.of("themes", theme);
            files.put("/themes/" + theme + "/css/theme.css", Files.readAllBytes(dir.resolve("css/theme.css")));
            try (var images = Files.list(dir.resolve("images"))) {
                for (Path image : images.toList()) {
                    files.put("/themes/" + theme + "/images/" + image.getFileName(), Files.readAllBytes(image));
                }
            }
        }
        files.put("/themes/classic/images/big.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<rect width=\"1\" height=\"1\"/>".repeat(200) + "</svg>").getBytes(StandardCharsets.UTF_8));
        assets = new Assets();
        assets.load(files, "", path -> null);
    }

    @Test
    void aFileGetsItsFingerprintAndOnlyThatFingerprintFindsIt() {
        String url = assets.url("/static/css/admin.css");
        assertTrue(url.matches("/static/css/admin\\.[0-9a-f]{10}\\.css"), url);
        Optional<Assets.Found> found = assets.find(url);
        assertTrue(found.isPresent() && found.get().fingerprinted());
        assertTrue(assets.find("/static/css/admin.css").map(f -> !f.fingerprinted()).orElse(false), "plain name");
        String other = url.replaceAll("\\.[0-9a-f]{10}\\.", ".0123456789.");
        assertEquals(Optional.empty(), assets.find(other), "an unknown fingerprint is a 404");
        assertEquals(Optional.empty(), assets.find("/static/css/khong-co.0123456789.css"));
        assertEquals(Optional.empty(), assets.find("/static/css/khong-co.css"));
        assertEquals("/static/css/missing.css", assets.url("/static/css/missing.css"));
    }

    @Test
    void theSheetWrittenIntoAPageIsTheBundleWithTheHashItsPolicyNames() throws Exception {
        Assets.InlineStyle style = assets.inlineStylesheet("classic", "search, articles").orElseThrow();
        assertEquals("classic_articles_search", style.name());
        String url = assets.stylesheet("classic", "articles search");
        assertEquals(assets.find(url).orElseThrow().asset().body().text(), style.css(), "the same text as the sheet's address");
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.css().getBytes(StandardCharsets.UTF_8)));
        assertEquals("'sha256-" + hash + "'", style.policySource());
        assertFalse(style.css().contains("</"), "nothing that could end the style element early");
        assertTrue(assets.inlineStylesheet("khong-co", "articles").isEmpty(), "unknown theme");
    }

    @Test
    void aPageGetsTheSharedRulesItsModulesAndItsThemeInOneMinifiedSheet() {
        String url = assets.stylesheet("classic", "articles");
        assertTrue(url.matches("/static/css/classic_articles\\.[0-9a-f]{10}\\.css"), url);
        String css = assets.find(url).orElseThrow().asset().body().text();
        assertTrue(css.contains(".topbar{") && css.contains(".article-card{") && css.contains(".theme-classic .masthead"), css);
        assertFalse(css.contains(".school-card") || css.contains(".admission-form") || css.contains(".year-tabs"),
                "only the modules the page names");
        assertEquals(java.util.List.of(), StyleSheetsTest.problems(css));
        assertTrue(css.length() < publicCss.length() / 2, css.length() + " of " + publicCss.length());
    }

    @Test
    void modulesComeInTheOrderOfTheSheetWhateverTheOrderAsked() {
        assertEquals(assets.stylesheet("sen", "search articles"), assets.stylesheet("sen", "articles,search"));
        String all = assets.find(assets.stylesheet("sen", null)).orElseThrow().asset().body().text();
        for (String module : assets.moduleNames()) {
            assertTrue(assets.find(assets.stylesheet("sen", module)).isPresent(), module);
        }
        assertTrue(all.indexOf(".article-card{") < all.indexOf(".admission-form"), "sheet order kept");
        assertTrue(all.contains(".admission-form") && all.contains(".year-tabs"), "no modules named: all of them");
        assertEquals(assets.stylesheet("classic", "base"), assets.stylesheet("classic", "no-such-module"));
    }

    @Test
    void bundleAddressesAreCheckedPartByPart() {
        String ok = assets.stylesheet("classic", "articles home");
        assertTrue(assets.find(ok).isPresent());
        assertTrue(assets.find(ok.replace("classic_articles_home", "classic_home_articles")).isEmpty(), "order is part of the name");
        assertTrue(assets.find("/static/css/classic_nope.css").isEmpty(), "unknown module");
        assertTrue(assets.find("/static/css/other_articles.css").isEmpty(), "unknown theme");
        assertTrue(assets.find("/static/css/classic_articles_articles.css").isEmpty(), "repeated module");
        assertTrue(assets.find("/static/css/classic_articles.css").isPresent(), "any node builds it from its name");
    }

    @Test
    void smallThemePicturesAreInlinedAndBigOnesGetTheirFingerprint() {
        String css = assets.find(assets.stylesheet("classic", "base")).orElseThrow().asset().body().text();
        assertTrue(css.contains("url(\"data:image/svg+xml;base64,"), "the small pattern is inlined: " + css.substring(css.length() - 600));
        assertFalse(css.contains("../images/"));
        Map<String, byte[]> files = Map.of("/themes/t/css/theme.css",
                ".x { background: url(../images/big.svg) }".getBytes(StandardCharsets.UTF_8),
                "/themes/t/images/big.svg", ("<svg>" + "x".repeat(3000) + "</svg>").getBytes(StandardCharsets.UTF_8));
        Assets other = new Assets();
        other.load(new LinkedHashMap<>(files), "/ctx", path -> null);
        String theme = other.find("/themes/t/css/theme.css").orElseThrow().asset().body().text();
        assertTrue(theme.matches("(?s).*url\\(\"/ctx/themes/t/images/big\\.[0-9a-f]{10}\\.svg\"\\).*"), theme);
    }

    @Test
    void everyViewNamesOnlyModulesThatExist() throws IOException {
        try (var views = Files.list(Path.of("src/main/webapp/WEB-INF/views/public"))) {
            for (Path view : views.toList()) {
                var m = java.util.regex.Pattern.compile("<ui:param name=\"styles\" value=\"([^\"]*)\"/>")
                        .matcher(Files.readString(view, StandardCharsets.UTF_8));
                if (m.find()) {
                    for (String name : m.group(1).split("[\\s,]+")) {
                        assertTrue(name.equals("base") || assets.moduleNames().contains(name), view + ": " + name);
                    }
                }
            }
        }
    }

    /**
     * A view names the modules of the classes it uses: every rule of public.css whose classes all
     * appear in the page (its own markup, the templates it includes, the layout's parts) must be
     * in the page's sheet.
     */
    @Test
    void everyRuleThatMatchesAPageIsInItsSheet() throws IOException {
        Path views = Path.of("src/main/webapp/WEB-INF/views/public");
        Path templates = Path.of("src/main/webapp/WEB-INF/templates/public");
        java.util.Set<String> layout = new java.util.TreeSet<>();
        for (String part : new String[] {"head", "topbar", "brand", "nav", "footer"}) {
            layout.addAll(classes(Files.readString(templates.resolve(part + ".xhtml"))));
        }
        layout.addAll(classes(Files.readString(Path.of("themes/classic/layout.xhtml"))));
        java.util.List<String> selectors = selectors(CssMinifier.minify(publicCss));
        java.util.List<String> missing = new java.util.ArrayList<>();
        try (var files = Files.list(views)) {
            for (Path view : files.sorted().toList()) {
                String text = Files.readString(view, StandardCharsets.UTF_8);
                var styles = java.util.regex.Pattern.compile("<ui:param name=\"styles\" value=\"([^\"]*)\"/>").matcher(text);
                if (!styles.find()) {
                    continue;
                }
                java.util.Set<String> used = new java.util.TreeSet<>(layout);
                used.addAll(classes(text));
                var includes = java.util.regex.Pattern.compile("templates/public/([a-z-]+)\\.xhtml").matcher(text);
                while (includes.find()) {
                    used.addAll(classes(Files.readString(templates.resolve(includes.group(1) + ".xhtml"))));
                }
                java.util.Set<String> sheet = new java.util.HashSet<>(selectors(
                        assets.find(assets.stylesheet("classic", styles.group(1))).orElseThrow().asset().body().text()));
                for (String selector : selectors) {
                    java.util.Set<String> needs = new java.util.TreeSet<>();
                    var m = java.util.regex.Pattern.compile("\\.([a-z][a-z0-9-]*)").matcher(selector);
                    while (m.find()) {
                        needs.add(m.group(1));
                    }
                    if (!needs.isEmpty() && used.containsAll(needs) && !sheet.contains(selector)) {
                        missing.add(view.getFileName() + ": " + selector);
                    }
                }
            }
        }
        assertEquals(java.util.List.of(), missing);
    }

    /** Every selector of a minified sheet (the parts of each rule's selector list), print rules left out. */
    private static java.util.List<String> selectors(String minified) {
        java.util.List<String> found = new java.util.ArrayList<>();
        String screen = minified.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("@media print\\{([^{}]*\\{[^{}]*\\})*\\}", "");
        var m = java.util.regex.Pattern.compile("([^{}]+)\\{").matcher(screen);
        while (m.find()) {
            String prelude = m.group(1).strip();
            if (!prelude.startsWith("@")) {
                found.addAll(java.util.List.of(prelude.split(",")));
            }
        }
        return found;
    }

    private static java.util.Set<String> classes(String markup) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        var m = java.util.regex.Pattern.compile("class=\"([^\"]*)\"").matcher(markup.replaceAll("#\\{[^}]*}", " "));
        while (m.find()) {
            for (String c : m.group(1).trim().split("\\s+")) {
                if (!c.isEmpty()) {
                    found.add(c);
                }
            }
        }
        return found;
    }
}
