package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The minifier drops only what a browser does not read. */
class CssMinifierTest {

    @Test
    void commentsAndLayoutGoSelectorsStringsAndValuesStay() {
        assertEquals(".a{color:red}", CssMinifier.minify("/* x */\n.a {\n  color: red;\n}\n"));
        assertEquals(".a .b:hover,.c>.d{margin:0 auto}", CssMinifier.minify(".a .b:hover ,\n.c > .d { margin: 0 auto; }"));
        assertEquals(".x :focus{outline:0}", CssMinifier.minify(".x :focus { outline: 0 }"), "a descendant :focus stays one");
        assertEquals("a::after{content:\" /* not a comment */ \\A\"}",
                CssMinifier.minify("a::after { content: \" /* not a comment */ \\A\"; }"));
        assertEquals("@media (min-width: 48rem){.m{display:flex}}",
                CssMinifier.minify("@media (min-width: 48rem) {\n  .m { display: flex; }\n}"));
        assertEquals(".w{width:calc(100% - 1rem);font:600 1rem/1.2 \"Liberation Sans\",Arial}",
                CssMinifier.minify(".w { width: calc(100% - 1rem); font: 600 1rem/1.2 \"Liberation Sans\", Arial; }"));
        assertEquals(".u{background:url(\"a b.svg\") no-repeat}", CssMinifier.minify(".u { background: url(\"a b.svg\")  no-repeat; }"));
    }

    @Test
    void thePublicSheetKeepsEveryRuleAndStaysWellFormed() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/static/css/public.css"), StandardCharsets.UTF_8);
        String min = CssMinifier.minify(css);
        assertTrue(min.length() < css.length() * 0.85, min.length() + " of " + css.length());
        assertEquals(java.util.List.of(), StyleSheetsTest.problems(min));
        assertEquals(count(css, '{'), count(min, '{'));
        Matcher selectors = Pattern.compile("(?m)^(\\.[a-z][a-z0-9-]*)").matcher(css);
        while (selectors.find()) {
            assertTrue(min.contains(selectors.group(1)), selectors.group(1));
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
