package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The style sheets are well formed: every block is closed, and rules nest only inside at-rules
 * (&#64;media, &#64;supports). A browser reads an unclosed "&#64;media print" block as
 * swallowing every rule after it, and nothing else reports it: the public style sheet once
 * carried the disclosure, form and admission styles inside its print block, on screen unstyled.
 */
class StyleSheetsTest {

    /** The problems of one style sheet, with line numbers; empty when it is well formed. */
    static List<String> problems(String css) {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder prelude = new StringBuilder();
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add("line " + line + ": comment never closed");
                    return problems;
                }
                line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else if (c == '"' || c == '\'') {
                int end = css.indexOf(c, i + 1);
                while (end > 0 && css.charAt(end - 1) == '\\') {
                    end = css.indexOf(c, end + 1);
                }
                if (end < 0) {
                    problems.add("line " + line + ": string never closed");
                    return problems;
                }
                prelude.append(css, i, end + 1);
                i = end;
            } else if (c == '{') {
                String head = prelude.toString().strip();
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    problems.add("line " + line + ": \"" + head + "\" opened inside the rule \"" + open.peek() + "\"");
                }
                open.push(head);
                prelude.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": a closing brace without an opening one");
                } else {
                    open.pop();
                }
                prelude.setLength(0);
            } else if (c == ';' && !open.isEmpty() && !open.peek().startsWith("@")) {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        for (String block : open) {
            problems.add("\"" + block + "\" is never closed");
        }
        return problems;
    }

    @Test
    void everyStyleSheetOfThePortalAndItsThemesIsWellFormed() throws IOException {
        List<Path> sheets;
        try (Stream<Path> a = Files.walk(Path.of("src/main/webapp")); Stream<Path> b = Files.walk(Path.of("themes"))) {
            sheets = Stream.concat(a, b).filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertFalse(sheets.isEmpty());
        List<String> all = new ArrayList<>();
        for (Path sheet : sheets) {
            problems(Files.readString(sheet, StandardCharsets.UTF_8)).forEach(p -> all.add(sheet + ": " + p));
        }
        assertEquals(List.of(), all);
    }

    @Test
    void anUnclosedMediaBlockAndARuleInsideARuleAreFound() {
        assertEquals(List.of("\"@media print\" is never closed"),
                problems("a { color: red; }\n@media print {\n  .x { display: none; }\n.y { color: blue; }\n"));
        assertEquals(List.of("line 1: \".b\" opened inside the rule \".a\""), problems(".a { color: red; .b { x: y; } }"));
        assertEquals(List.of("line 2: a closing brace without an opening one"), problems(".a { }\n}"));
        assertEquals(List.of(), problems("@media (max-width: 40em) { .a::after { content: \"}\\A\"; } }\n/* { */"));
    }
}
