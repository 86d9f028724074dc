package vn.edu.portal.platform;

import org.jsoup.Jsoup;

/** The readable text of sanitised HTML (for the search index and revision comparisons). */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text();
    }
}
