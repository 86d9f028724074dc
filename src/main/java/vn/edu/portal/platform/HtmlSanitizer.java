package vn.edu.portal.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one allow-list for rich text (OWASP Java HTML Sanitizer): formatting, blocks, tables,
 * links (http, https, mailto and relative only) and images. Everything else is dropped.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelNofollowOnLinks()
                    .toFactory());

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /**
     * Whether rich text shows nothing once sanitised: no text and no picture (a picture with its
     * caption in its alt text is content; an article of one photo was refused as empty).
     */
    public static boolean showsNothing(String html) {
        String kept = sanitize(html);
        return !kept.contains("<img ") && kept.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&#160;", " ").replace('\u00A0', ' ').isBlank();
    }

    /** Escapes text for an HTML context (used when filling template placeholders). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
