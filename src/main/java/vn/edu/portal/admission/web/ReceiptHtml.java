package vn.edu.portal.admission.web;

import java.util.Locale;
import vn.edu.portal.admission.AdmissionApplication;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.HtmlSanitizer;
import vn.edu.portal.platform.Texts;

/**
 * The receipt of an application on {@code tuyen-sinh/dang-ky?t=…}: its code, the child's lottery
 * key, the QR code of the look-up, the masked name, the age group (preschool), the state, the zone
 * group and when it was submitted. The one place this block is written: the page shows it through
 * {@link PublicApplication#getReceiptBlock}, and a receipt is answered by filling it into a copy of
 * the rest of the page ({@link FormStartPages}), which is the same for every family of a school:
 * the morning's submits are each answered with a receipt, without a render each. Everything stored
 * is escaped; the QR code is the portal's own SVG.
 */
final class ReceiptHtml {

    /** What the block shows: {@code ageGroup} is null when the round has no age groups; {@code qrSvg} is written as it is. */
    record Block(String base, String code, String lotteryKey, String qrSvg, String maskedName, String ageGroup, int zoneGroup,
                 java.time.Instant submittedAt) {

        static Block of(String base, AdmissionApplication a, String qrSvg, String ageGroup) {
            return new Block(base, a.getCode(), a.getLotteryKeyShown(), qrSvg, a.getMaskedName(), ageGroup, a.getZoneGroup(),
                    a.getSubmittedAt());
        }
    }

    private ReceiptHtml() {
    }

    static String of(Block b, Locale locale) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<div class=\"receipt\">\n  <h2>").append(text(locale, "admission.receipt.title")).append("</h2>\n  <p>")
                .append(text(locale, "admission.receipt.code")).append("</p>\n  <p class=\"application-code\" id=\"application-code\">")
                .append(e(b.code())).append("</p>\n  <p>").append(text(locale, "admission.receipt.lotteryKey"))
                .append(" <strong id=\"lottery-key\" class=\"lottery-key\">").append(e(b.lotteryKey()))
                .append("</strong></p>\n  <p class=\"hint\">").append(text(locale, "admission.receipt.lotteryKeyHint"))
                .append("</p>\n  <div class=\"qr-box\" id=\"receipt-qr\">").append(b.qrSvg()).append("</div>\n  <p>")
                .append(text(locale, "admission.receipt.keep")).append("</p>\n  <dl class=\"summary\">\n");
        row(out, text(locale, "admission.f.childName"), null, b.maskedName());
        if (b.ageGroup() != null) {
            row(out, text(locale, "admission.f.ageGroup"), "receipt-age-group", b.ageGroup());
        }
        row(out, text(locale, "admission.list.status"), null, Texts.get(locale, "admission.status.SUBMITTED"));
        row(out, text(locale, "admission.group"), null, String.valueOf(b.zoneGroup()));
        row(out, text(locale, "admission.receipt.submitted"), null, Formats.dateTimeOf(b.submittedAt()));
        out.append("  </dl>\n  <p><a href=\"").append(e(b.base())).append("tuyen-sinh/tra-cuu?ma=").append(e(b.code())).append("\">")
                .append(text(locale, "admission.lookup.title")).append("</a></p>\n</div>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String term, String id, String value) {
        out.append("    <dt>").append(term).append("</dt><dd").append(id == null ? "" : " id=\"" + id + "\"").append('>')
                .append(e(value)).append("</dd>\n");
    }

    private static String text(Locale locale, String key) {
        return e(Texts.get(locale, key));
    }

    private static String e(String text) {
        return HtmlSanitizer.escape(text);
    }
}
