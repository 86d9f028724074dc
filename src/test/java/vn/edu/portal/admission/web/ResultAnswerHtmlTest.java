package vn.edu.portal.admission.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.AdmissionResults;
import vn.edu.portal.admission.ApplicationStatus;

/**
 * The results look-up's form and answer, written outside the page's template: what was typed comes
 * back escaped in its field, the message sits by the code field, and nothing is shown when nothing
 * was found.
 */
class ResultAnswerHtmlTest {

    private static ResultAnswerHtml.Block typed(String code, String personalId, String error, String notice) {
        return new ResultAnswerHtml.Block("/s/thnguyenhue/", null, notice, code, error, personalId, null,
                a -> a.status(), a -> false, id -> "");
    }

    @Test
    void whatWasTypedComesBackEscapedWithTheMessageByTheCodeField() {
        String html = ResultAnswerHtml.of(typed("\"><script>alert(1)</script>", "0792<b>", "Không tìm thấy hồ sơ", null),
                Locale.forLanguageTag("vi"));
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), html);
        assertTrue(html.contains("value=\"0792&lt;b&gt;\""), html);
        assertFalse(html.contains("<script>"), html);
        // Announced and tied to its field, as the application form's messages are (a screen reader heard nothing).
        assertTrue(html.contains("<span class=\"field-error\" id=\"result-code-msg\" role=\"alert\">Không tìm thấy hồ sơ</span>"), html);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"result-code-msg\" autofocus"), html);
        assertTrue(html.contains("action=\"/s/thnguyenhue/tuyen-sinh/ket-qua\""), html);
        assertTrue(html.contains("<label for=\"result:code\">Mã hồ sơ</label>"), html);
        assertFalse(html.contains("result-found"), "nothing found, nothing shown");
        assertFalse(html.contains("result-notice"));
        assertFalse(html.contains("name=\"nam\""), "the current round: no year in the form");
    }

    @Test
    void aNoticeToWaitAndThePastRoundsYear() {
        ResultAnswerHtml.Block b = new ResultAnswerHtml.Block("/", 2031, "Vui lòng thử lại sau 30 giây", "", null, "", null,
                a -> a.status(), a -> false, id -> "");
        String html = ResultAnswerHtml.of(b, Locale.forLanguageTag("vi"));
        assertTrue(html.contains("<p class=\"notice\" role=\"status\" id=\"result-notice\">Vui lòng thử lại sau 30 giây</p>"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"nam\" value=\"2031\"/>"), html);
        assertFalse(html.contains("field-error"));
    }

    @Test
    void aFoundApplicationShowsItsMaskedNameCodeStateAndSchoolOnlyWhenItsResultIsShown() {
        AdmissionResults.Found found = new AdmissionResults.Found(1, 2, "TS26AB12CD", "N<b>V. A", ApplicationStatus.ADMITTED, 7L, null);
        String shown = ResultAnswerHtml.of(new ResultAnswerHtml.Block("/", null, null, "TS26AB12CD", null, "", found,
                AdmissionResults.Found::status, a -> true, id -> "Trường " + id), Locale.forLanguageTag("vi"));
        assertTrue(shown.contains("<strong>N&lt;b&gt;V. A</strong> · TS26AB12CD"), shown);
        assertTrue(shown.contains(" – Trường 7"), shown);
        String sealed = ResultAnswerHtml.of(new ResultAnswerHtml.Block("/", null, null, "TS26AB12CD", null, "", found,
                a -> ApplicationStatus.ACCEPTED, a -> false, id -> "Trường " + id), Locale.forLanguageTag("vi"));
        assertTrue(sealed.contains("id=\"result-found\""), sealed);
        assertFalse(sealed.contains("Trường 7"), "the school stays sealed until the results are shown");
    }
}
