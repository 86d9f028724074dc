package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageUploadTest {

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static String reason(byte[] data, long max) {
        FieldErrors e = assertThrows(FieldErrors.class, () -> ImageUpload.check("logo", data, max));
        return e.errors().get("logo").key();
    }

    @Test
    void acceptsPngJpegAndGifByContent() throws IOException {
        assertEquals("png", ImageUpload.check("logo", image("png", 32, 32), 1 << 20).extension());
        assertEquals("jpg", ImageUpload.check("logo", image("jpg", 32, 32), 1 << 20).extension());
        assertEquals("image/gif", ImageUpload.check("logo", image("gif", 32, 32), 1 << 20).contentType());
    }

    @Test
    void refusesWhatIsNotAnImageWhateverItsName() {
        assertEquals("upload.notImage", reason("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 1 << 20));
        assertEquals("upload.notImage", reason(("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "</svg>").getBytes(StandardCharsets.UTF_8), 1 << 20));
        assertEquals("upload.notImage", reason(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, 1 << 20));
        assertEquals("upload.empty", reason(new byte[0], 1 << 20));
    }

    @Test
    void refusesTruncatedImagesAndPolyglots() throws IOException {
        byte[] png = image("png", 32, 32);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        assertEquals("upload.notImage", reason(truncated, 1 << 20));
    }

    @Test
    void refusesOversizedFilesAndHugeDimensions() throws IOException {
        assertEquals("upload.tooLarge", reason(image("png", 32, 32), 10));
        assertEquals("upload.imageDimensions", reason(pngHeaderOnly(50_000, 50_000), 1 << 20));
    }

    /** A PNG whose header claims a huge bitmap: it must be refused before anything is decoded. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }
}
