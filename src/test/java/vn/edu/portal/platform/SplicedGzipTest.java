package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/**
 * A page compressed once around the place of each request's part: what a client inflates is the
 * whole page with that part in its place, whatever the parts hold (text, bytes that do not
 * compress, nothing), and a body damaged on the way fails its check instead of passing as a page.
 */
class SplicedGzipTest {

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] gzip) throws IOException {
        // Reads one member and checks its CRC and length; a second member or trailing bytes would be read too.
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFamilysPartInflatesInItsPlaceAndTheFixedPartsAroundIt() throws IOException {
        byte[] before = text("<!DOCTYPE html><html lang=\"vi\"><head><title>Tra cứu kết quả tuyển sinh</title></head><body>".repeat(40));
        byte[] after = text("</main><footer>Sở Giáo dục và Đào tạo</footer></body></html>".repeat(30));
        SplicedGzip page = SplicedGzip.of(before, after, 6);
        for (String fill : new String[] {"<p>Nguyễn V. A · TS26AB12CD – Trúng tuyển</p>", "", "x"}) {
            byte[] gz = page.with(text(fill));
            assertArrayEquals(join(before, text(fill), after), inflate(gz), fill);
            assertTrue(gz.length < before.length / 4, "the fixed parts are compressed: " + gz.length);
        }
        assertArrayEquals(join(before, after), inflate(page.with(null)));
    }

    @Test
    void bytesThatDoNotCompressAndPartsLargerThanTheBuffersComeBackWhole() throws IOException {
        Random random = new Random(7);
        byte[] before = new byte[70_000];
        byte[] fill = new byte[40_000];
        byte[] after = new byte[33_333];
        random.nextBytes(before);
        random.nextBytes(fill);
        random.nextBytes(after);
        assertArrayEquals(join(before, fill, after), inflate(SplicedGzip.of(before, after, 6).with(fill)));
        assertArrayEquals(join(before, fill), inflate(SplicedGzip.of(before, null, 1).with(fill)));
        assertArrayEquals(fill, inflate(SplicedGzip.of(new byte[0], new byte[0], 9).with(fill)));
    }

    @Test
    void aDamagedBodyFailsItsCheck() {
        byte[] gz = SplicedGzip.of(text("<p>trước</p>".repeat(100)), text("<p>sau</p>".repeat(100)), 6).with(text("mã"));
        gz[gz.length - 6] ^= 1; // a byte of the CRC
        assertThrows(ZipException.class, () -> inflate(gz));
    }
}
