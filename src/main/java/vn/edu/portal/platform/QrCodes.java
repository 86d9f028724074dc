package vn.edu.portal.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes as inline SVG: sharp when printed, no image request, nothing for the CSP to refuse. */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * The mask pattern, fixed. Left to itself the encoder builds the symbol with each of the eight
     * masks to keep the one with the lowest penalty score: that search was a quarter of the server's
     * time on the admission receipt at the peak (JFR, docs/benchmarks.md). Every mask gives a valid
     * symbol (ISO/IEC 18004, 7.8); the penalty only avoids large patches of one colour, which a
     * short URL at level M, drawn as SVG, does not depend on for reading (QrCodesTest decodes them).
     */
    static final int MASK = 2;

    /** An SVG element; its only variable content is the path of dark modules, so it is safe to emit raw. */
    public static String svg(String text, String label) {
        BitMatrix matrix = matrix(text);
        StringBuilder path = new StringBuilder();
        // One rectangle per run of dark modules on a row: about half the bytes of one per module.
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < matrix.getWidth() && matrix.get(x + run, y)) {
                    run++;
                }
                path.append('M').append(x).append(',').append(y).append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        String title = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"" + title
                + "\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, MASK));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
