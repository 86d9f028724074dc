package vn.edu.portal.platform;

/**
 * Removes what a browser does not need from a style sheet: comments, indentation, line breaks
 * and the spaces around braces, semicolons and commas. Strings and {@code url(...)} are copied
 * as they are, and a space that separates two selectors or values (a descendant combinator,
 * {@code 0 auto}) stays one space.
 */
public final class CssMinifier {

    private CssMinifier() {
    }

    public static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean space = false;
        int n = css.length();
        for (int i = 0; i < n; i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                space = true;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                flushSpace(out, space, c);
                space = false;
                out.append(css, i, Math.min(n, end + 1));
                i = end;
            } else if (Character.isWhitespace(c)) {
                space = true;
            } else if (c == '{' || c == '}' || c == ';' || c == ',' || c == '>') {
                trimTrailingSpace(out);
                if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                    out.setLength(out.length() - 1);
                }
                out.append(c);
                space = false;
            } else {
                flushSpace(out, space, c);
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static void flushSpace(StringBuilder out, boolean space, char next) {
        if (!space || out.length() == 0) {
            return;
        }
        char last = out.charAt(out.length() - 1);
        if (last == '{' || last == '}' || last == ';' || last == ',' || last == '>' || last == ':' && isProperty(out)) {
            return;
        }
        out.append(' ');
    }

    /** A colon ends a property name inside a block ({@code color: red}), not a selector ({@code a :hover}). */
    private static boolean isProperty(StringBuilder out) {
        for (int i = out.length() - 1; i >= 0; i--) {
            char c = out.charAt(i);
            if (c == ';') {
                return true;
            }
            if (c == '{') {
                // Inside a rule's block when what precedes the brace is a selector, not an at-rule.
                int start = Math.max(Math.max(out.lastIndexOf("}", i - 1), out.lastIndexOf(";", i - 1)),
                        out.lastIndexOf("{", i - 1)) + 1;
                String prelude = out.substring(start, i).strip();
                return !prelude.startsWith("@");
            }
            if (c == '}') {
                return false;
            }
        }
        return false;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
