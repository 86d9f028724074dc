package vn.edu.portal.admission.web;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.edu.portal.admission.AdmissionResults;
import vn.edu.portal.admission.ApplicationStatus;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.platform.Texts;

/**
 * The results look-up's form and its answer on {@code tuyen-sinh/ket-qua}: what was typed, the
 * message by the code field or the notice to wait, and the application found (masked name, code,
 * the state a family may see). The one place this block is written: the page shows it through
 * {@link AdmissionPublic#getAnswerBlock}, and a look-up is answered by filling it into a copy of
 * the rest of the page ({@link FormStartPages#answer(String, long, jakarta.servlet.http.HttpServletResponse,
 * FormStartPages.Render, String, byte[])}), without rendering the page for each family.
 * Everything typed or stored is escaped.
 */
final class ResultAnswerHtml {

    /** What the block shows. {@code shown} is the state a family may see; {@code resultShown} whether its school or place is. */
    record Block(String base, Integer year, String notice, String code, String error, String personalId,
                 AdmissionResults.Found result, Function<AdmissionResults.Found, ApplicationStatus> shown,
                 Predicate<AdmissionResults.Found> resultShown, Function<Long, String> schoolName) {
    }

    private ResultAnswerHtml() {
    }

    static String of(Block b, Locale locale) {
        StringBuilder out = new StringBuilder(1024);
        out.append("<form method=\"post\" action=\"").append(e(b.base())).append("tuyen-sinh/ket-qua\" id=\"result\" class=\"filter\">\n");
        if (b.year() != null) {
            out.append("  <input type=\"hidden\" name=\"nam\" value=\"").append(b.year()).append("\"/>\n");
        }
        if (b.notice() != null && !b.notice().isEmpty()) {
            out.append("  <p class=\"notice\" role=\"status\" id=\"result-notice\">").append(e(b.notice())).append("</p>\n");
        }
        boolean refused = b.error() != null && !b.error().isEmpty();
        out.append("  <div class=\"field\">\n    <label for=\"result:code\">").append(e(Texts.get(locale, "admission.f.code")))
                .append("</label>\n    <input type=\"text\" id=\"result:code\" name=\"code\" value=\"").append(e(b.code()))
                .append("\" maxlength=\"12\"").append(refused ? " aria-invalid=\"true\" aria-describedby=\"result-code-msg\" autofocus" : "")
                .append("/>\n");
        if (refused) {
            // Said aloud and tied to the field, focus on it: a screen reader heard nothing after "Xem kết quả".
            out.append("    <span class=\"field-error\" id=\"result-code-msg\" role=\"alert\">").append(e(b.error())).append("</span>\n");
        }
        out.append("  </div>\n  <div class=\"field\">\n    <label for=\"result:personalId\">")
                .append(e(Texts.get(locale, "admission.f.personalId")))
                .append("</label>\n    <input type=\"text\" id=\"result:personalId\" name=\"personalId\" value=\"")
                .append(e(b.personalId())).append("\" maxlength=\"20\" autocomplete=\"off\"/>\n  </div>\n")
                .append("  <button type=\"submit\" id=\"result:find\" class=\"button\">").append(e(Texts.get(locale, "admission.result.find")))
                .append("</button>\n</form>\n");
        AdmissionResults.Found a = b.result();
        if (a != null) {
            out.append("<div class=\"notice result\" id=\"result-found\" role=\"status\">\n  <p><strong>").append(e(a.maskedName()))
                    .append("</strong> · ").append(e(a.code())).append("</p>\n  <p>")
                    .append(e(Texts.get(locale, "admission.status." + b.shown().apply(a))));
            boolean resultShown = b.resultShown().test(a);
            if (resultShown && a.resultSiteId() != null) {
                out.append(" – ").append(e(b.schoolName().apply(a.resultSiteId())));
            }
            if (resultShown && a.waitingPosition() != null) {
                out.append(" – ").append(e(Texts.get(locale, "admission.waiting.position"))).append(' ').append(a.waitingPosition());
            }
            out.append("</p>\n</div>\n");
        }
        return out.toString();
    }

    private static String e(String text) {
        return HtmlSanitizer.escape(text);
    }
}
