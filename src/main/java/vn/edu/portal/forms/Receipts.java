package vn.edu.portal.forms;

import jakarta.servlet.http.HttpServletRequest;
import vn.edu.portal.platform.QrCodes;

/**
 * The receipt of a submitted form, the same for every feature: its code, and a QR code of the
 * look-up address with the code filled in (nothing personal), as inline SVG from the portal's one
 * renderer ({@link QrCodes}): sharp on paper, no second request, nothing for the CSP to refuse.
 */
public final class Receipts {

    /** The look-up address and its QR code. */
    public record LookupQr(String url, String svg) {
    }

    private Receipts() {
    }

    /** The look-up at {@code path} (under the site's {@code base}) with {@code ?ma=code}, absolute, and its QR code. */
    public static LookupQr lookupQr(HttpServletRequest request, String base, String path, String code) {
        String url = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + base + path
                + "?ma=" + code;
        return new LookupQr(url, QrCodes.svg(url, code));
    }
}
