package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receipts' QR codes read back with a decoder, with the mask fixed (no search over the eight). */
class QrCodesTest {

    @Test
    void receiptAddressesDecodeBackToThemselves() throws Exception {
        for (String text : new String[] {
                "http://localhost:8080/s/thnguyenhue/tuyen-sinh/tra-cuu?ma=7K2M-QP9X",
                "https://thnguyenhue.sgddt.example.gov.vn/tuyen-sinh/tra-cuu?ma=ABCD-2345",
                "https://portal.sgddt.example.gov.vn/s/thcs-le-quy-don-phuong-vinh-hoi/thu-tuc/bien-nhan/"
                        + "Qm9uZ2hpYS1ub2ktZGF5LWxhLW1vdC1kb2FuLWR1LWRhaS0xMjM0NTY3ODkw",
                "Trường Tiểu học Nguyễn Huệ — mã hồ sơ 7K2M-QP9X"}) {
            assertEquals(text, decode(QrCodes.matrix(text)), text);
        }
    }

    @Test
    void theSvgDrawsEveryDarkModuleAndEscapesItsLabel() {
        String svg = QrCodes.svg("https://example.gov.vn/tra-cuu?ma=ABCD-2345", "Mã \"QR\" <tra cứu>");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("aria-label=\"Mã &quot;QR&quot; &lt;tra cứu&gt;\""), svg);
        BitMatrix m = QrCodes.matrix("https://example.gov.vn/tra-cuu?ma=ABCD-2345");
        BitMatrix drawn = new BitMatrix(m.getWidth(), m.getHeight());
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z").matcher(
                svg.substring(svg.indexOf(" d=\"") + 4, svg.lastIndexOf('"')));
        int end = 0;
        while (run.find() && run.start() == end) {
            int x = Integer.parseInt(run.group(1));
            assertEquals(run.group(3), run.group(4));
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                drawn.set(x + i, Integer.parseInt(run.group(2)));
            }
            end = run.end();
        }
        assertEquals(m, drawn, "the path draws exactly the dark modules");
    }

    /** Draws the symbol four pixels a module, as a phone's camera would see a printed receipt, and reads it. */
    private static String decode(BitMatrix m) throws Exception {
        int scale = 4;
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE, DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
