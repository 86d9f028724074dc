package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.edu.portal.it.Samples;

/** A phone's photo, resized on the server: upright, web-sized, without metadata; hostile files refused. */
class PhotosTest {

    private static final int MAX_SIDE = 1600;
    private static final long LIMIT = 20L * 1024 * 1024;

    @Test
    void aTwelveMegapixelPortraitPhotoComesOutUprightWebSizedAndWithoutItsExif() throws IOException {
        // a phone stores a portrait photo lying down (4032 x 3024) with EXIF orientation 6
        // ("turn 90 degrees clockwise to show"): the stored top (red) is the shown right side
        byte[] photo = Samples.withOrientation(jpeg(4032, 3024), 6);
        assertTrue(contains(photo, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)), "the sample carries EXIF");

        byte[] fitted = Photos.fit("cover", photo, MAX_SIDE, LIMIT);

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(fitted));
        assertEquals(1200, shown.getWidth());
        assertEquals(MAX_SIDE, shown.getHeight());
        assertTrue(isRed(shown.getRGB(shown.getWidth() - 20, shown.getHeight() / 2)), "stored top is shown on the right");
        assertTrue(isBlue(shown.getRGB(20, shown.getHeight() / 2)), "stored bottom is shown on the left");
        assertFalse(contains(fitted, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)), "metadata (place, phone) is gone");
        assertTrue(fitted.length < photo.length / 2, fitted.length + " bytes from " + photo.length);
    }

    @Test
    void aSmallJpegKeepsItsSizeButLosesItsMetadata() throws IOException {
        byte[] fitted = Photos.fit("cover", Samples.withOrientation(jpeg(800, 600), 1), MAX_SIDE, LIMIT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(fitted));
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        assertFalse(contains(fitted, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aSmallPngStaysAPngOfItsSizeWithoutItsTextAndExifChunks() throws IOException {
        // A PNG written by a phone's editor or a screenshot tool: eXIf and tEXt chunks (a place, a comment) before IDAT.
        byte[] png = withChunks(png(640, 480), "tEXt", "Comment\0nha rieng 12 Le Loi", "eXIf", "MM\0*GPS 10.7769 106.7009");
        assertTrue(contains(png, "nha rieng".getBytes(StandardCharsets.ISO_8859_1)), "the sample carries the comment");
        byte[] fitted = Photos.fit("cover", png, MAX_SIDE, LIMIT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(fitted));
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        assertTrue(new String(fitted, 1, 3, StandardCharsets.ISO_8859_1).equals("PNG"), "still a PNG (lossless)");
        assertFalse(contains(fitted, "nha rieng".getBytes(StandardCharsets.ISO_8859_1)), "the comment is gone");
        assertFalse(contains(fitted, "GPS 10.7769".getBytes(StandardCharsets.ISO_8859_1)), "the eXIf chunk is gone");
    }

    /** The PNG with ancillary chunks (type, text pairs) inserted after its IHDR. */
    private static byte[] withChunks(byte[] png, String... typesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature (8) and IHDR (4 + 4 + 13 + 4)
        for (int i = 0; i < typesAndTexts.length; i += 2) {
            out.writeBytes(Samples.pngChunkBytes(typesAndTexts[i], typesAndTexts[i + 1].getBytes(StandardCharsets.ISO_8859_1)));
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    @Test
    void aPhotoOverTheLimitIsRefusedWithTheLimitInMegabytes() {
        byte[] big = new byte[21 * 1024 * 1024];
        FieldErrors refused = assertThrows(FieldErrors.class, () -> Photos.fit("cover", big, MAX_SIDE, LIMIT));
        assertEquals("photo.tooLarge", refused.errors().get("cover").key());
        assertEquals(20L, refused.errors().get("cover").args()[0]);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        FieldErrors refused = assertThrows(FieldErrors.class, () -> Photos.fit("photo", pdf, MAX_SIDE, LIMIT));
        assertEquals("upload.notImage", refused.errors().get("photo").key());
        FieldErrors text = assertThrows(FieldErrors.class,
                () -> Photos.fit("photo", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), MAX_SIDE, LIMIT));
        assertEquals("upload.notImage", text.errors().get("photo").key());
    }

    @Test
    void aSmallFileDeclaringAHugePictureIsRefusedBeforeDecoding() {
        // 10,000 x 10,000 declared in 60 bytes: decoding it would need 300 MB
        byte[] bomb = Samples.pngDeclaring(10_000, 10_000);
        FieldErrors refused = assertThrows(FieldErrors.class, () -> Photos.fit("cover", bomb, MAX_SIDE, LIMIT));
        assertEquals("photo.dimensions", refused.errors().get("cover").key());
    }

    @Test
    void aFileThatOnlyStartsLikeAJpegIsRefusedAsUnreadable() {
        byte[] fake = new byte[4096];
        new java.util.Random(7).nextBytes(fake);
        fake[0] = (byte) 0xff;
        fake[1] = (byte) 0xd8;
        fake[2] = (byte) 0xff;
        fake[3] = (byte) 0xe0;
        FieldErrors refused = assertThrows(FieldErrors.class, () -> Photos.fit("cover", fake, MAX_SIDE, LIMIT));
        assertEquals("photo.unreadable", refused.errors().get("cover").key());
    }

    // ---- samples -----------------------------------------------------------------------------

    /** Top half red, bottom half blue. */
    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 80;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 180 && c.getRed() < 80;
    }
}
