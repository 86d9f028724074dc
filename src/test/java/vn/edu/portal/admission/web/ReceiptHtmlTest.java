package vn.edu.portal.admission.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The receipt of an application, written outside the page's template: what is stored comes back
 * escaped, the age group only in a round that has groups, the time in Vietnam's, the look-up link
 * with the code, and the labels in the reader's language.
 */
class ReceiptHtmlTest {

    private static final Instant SUBMITTED = Instant.parse("2026-07-01T01:30:00Z");

    @Test
    void storedTextIsEscapedAndTheTimeIsVietnams() {
        String html = ReceiptHtml.of(new ReceiptHtml.Block("/s/thnguyenhue/", "ABCD-EFGH", "1A2B-3C4D-5E6F-7A8B",
                "<svg class=\"qr\"></svg>", "N. V. <script>", null, 1, SUBMITTED), Locale.forLanguageTag("vi"));
        assertTrue(html.contains("<p class=\"application-code\" id=\"application-code\">ABCD-EFGH</p>"), html);
        assertTrue(html.contains("<strong id=\"lottery-key\" class=\"lottery-key\">1A2B-3C4D-5E6F-7A8B</strong>"), html);
        assertTrue(html.contains("<div class=\"qr-box\" id=\"receipt-qr\"><svg class=\"qr\"></svg></div>"), html);
        assertTrue(html.contains("<dd>N. V. &lt;script&gt;</dd>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<dd>01/07/2026 08:30</dd>"), "Vietnam time: " + html);
        assertTrue(html.contains("<a href=\"/s/thnguyenhue/tuyen-sinh/tra-cuu?ma=ABCD-EFGH\">"), html);
        assertTrue(html.contains("<h2>Đã nhận hồ sơ</h2>"), html);
        assertFalse(html.contains("receipt-age-group"), "no age group outside preschool rounds");
    }

    @Test
    void aPreschoolReceiptNamesTheGroupAndEnglishReadersReadEnglish() {
        String html = ReceiptHtml.of(new ReceiptHtml.Block("/", "ABCD-EFGH", "", "", "T. T. H.", "Mẫu giáo 4 tuổi", 2, SUBMITTED),
                Locale.ENGLISH);
        assertTrue(html.contains("<dd id=\"receipt-age-group\">Mẫu giáo 4 tuổi</dd>"), html);
        assertFalse(html.contains("Đã nhận hồ sơ"), html);
        assertTrue(html.contains("<dd>2</dd>"), "the zone group: " + html);
    }
}
