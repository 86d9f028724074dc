package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.Compression.Coding;

/** Which coding a client gets, and bodies kept compressed with one entity tag per coding. */
class CompressionTest {

    private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"vi\"><body>"
            + "<p>Trường Tiểu học Nguyễn Huệ – thông báo lịch họp cha mẹ học sinh đầu năm.</p>".repeat(40)
            + "</body></html>").getBytes(StandardCharsets.UTF_8);

    @Test
    void theClientsPreferenceDecidesAndBrotliWinsATie() {
        assertEquals(Coding.BROTLI, Compression.choose("gzip, deflate, br", true, true));
        assertEquals(Coding.GZIP, Compression.choose("gzip, deflate, br", true, false));
        assertEquals(Coding.GZIP, Compression.choose("gzip, deflate", true, true));
        assertEquals(Coding.GZIP, Compression.choose("br;q=0.5, gzip", true, true));
        assertEquals(Coding.BROTLI, Compression.choose("*", true, true));
        assertEquals(Coding.GZIP, Compression.choose("x-gzip", true, true));
    }

    @Test
    void aRefusedOrUnreadableOfferFallsBackToIdentityAndNeverFails() {
        assertEquals(Coding.IDENTITY, Compression.choose(null, true, true));
        assertEquals(Coding.IDENTITY, Compression.choose("", true, true));
        assertEquals(Coding.IDENTITY, Compression.choose("gzip;q=0, br;q=0", true, true));
        assertEquals(Coding.GZIP, Compression.choose("*;q=0, gzip", true, true));
        assertEquals(Coding.IDENTITY, Compression.choose("identity", true, true));
        for (String garbage : new String[] {"gzip;q=2", "gzip;q=abc", ";;;,,,", "\u0000\u00ff", "br;q=-1",
                "gzip;q=0.0001", "x".repeat(5000), "gzip;q", "q=1", "GZIP ; Q = 1"}) {
            Coding coding = Compression.choose(garbage, true, true);
            assertTrue(coding == Coding.IDENTITY || coding == Coding.GZIP, garbage);
        }
        assertEquals(Coding.IDENTITY, Compression.choose("gzip;q=2", true, true), "q above 1 is no q-value");
    }

    @Test
    void nothingIsSentInACodingThatIsNotStored() {
        assertEquals(Coding.IDENTITY, Compression.choose("gzip, br", false, false));
        assertEquals(Coding.GZIP, Compression.choose("br;q=1, gzip;q=0.1", true, false));
    }

    @Test
    void aPageIsKeptCompressedOnlyAndGivesBackItsBytes() {
        CompressedBody body = CompressedBody.page(PAGE, "text/html;charset=UTF-8");
        assertTrue(body.isCompressed());
        assertTrue(body.storedBytes() < PAGE.length / 4, "stored " + body.storedBytes() + " of " + PAGE.length);
        assertArrayEquals(PAGE, body.bytes());
        assertEquals(PAGE.length, body.length());
        assertArrayEquals(PAGE, Compression.gunzip(Compression.gzip(PAGE, 6)));
    }

    @Test
    void eachCodingHasItsOwnTagAndAnyOfThemValidates() {
        CompressedBody body = CompressedBody.page(PAGE, "text/html;charset=UTF-8");
        String identity = body.etag(Coding.IDENTITY);
        String gzip = body.etag(Coding.GZIP);
        assertTrue(identity.matches("\"[A-Za-z0-9_-]{22}\""), identity);
        assertEquals(identity.replace("\"", "").concat("-gz"), gzip.replace("\"", ""));
        assertTrue(body.matches(identity));
        assertTrue(body.matches("W/" + gzip));
        assertTrue(body.matches("\"other\", " + body.etag(Coding.BROTLI)));
        assertTrue(body.matches("*"));
        assertFalse(body.matches("\"other\""));
        assertFalse(body.matches(null));
        assertFalse(CompressedBody.page("<p>changed</p>".repeat(60).getBytes(StandardCharsets.UTF_8), "text/html")
                .matches(identity));
    }

    @Test
    void smallBodiesAndPicturesStayAsTheyAre() {
        CompressedBody small = CompressedBody.page("<p>ok</p>".getBytes(StandardCharsets.UTF_8), "text/html");
        assertFalse(small.isCompressed());
        CompressedBody png = CompressedBody.of(PAGE, "image/png", 6, 5);
        assertFalse(png.isCompressed());
        assertArrayEquals(PAGE, png.bytes());
    }

    @Test
    void brotliLoadsOnThisMachineAndIsSmallerThanGzip() {
        // The build machine is Linux x86-64, whose native library is packaged.
        assertTrue(Compression.brotliAvailable());
        byte[] br = Compression.brotli(PAGE, 11);
        assertTrue(br != null && br.length < Compression.gzip(PAGE, 9).length);
        assertNull(Compression.choose("br", true, false).token());
    }
}
