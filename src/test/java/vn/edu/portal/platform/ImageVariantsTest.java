package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Copies for phones are written lighter than large ones, and stay readable pictures of their width. */
class ImageVariantsTest {

    /** A photo-like picture: smooth gradients with grain, which is what costs bytes. */
    private static BufferedImage photo(int width) {
        BufferedImage image = new BufferedImage(width, width * 2 / 3, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                int r = Math.min(255, x * 255 / width + grain.nextInt(24));
                int g = Math.min(255, y * 255 / image.getHeight() + grain.nextInt(24));
                image.setRGB(x, y, r << 16 | g << 8 | 120);
            }
        }
        return image;
    }

    @Test
    void aThumbnailCopyIsLighterThanTheSamePictureAtFullQualityAndKeepsItsWidth() throws IOException {
        BufferedImage thumb = ImageVariants.scaled(photo(1200), 200);
        byte[] copy = ImageVariants.encodeCopy(thumb, false);
        byte[] full = ImageVariants.encodeJpeg(thumb);
        assertTrue(copy.length < full.length * 0.85, copy.length + " bytes against " + full.length);
        assertEquals(200, ImageIO.read(new ByteArrayInputStream(copy)).getWidth());
        if (ImageVariants.webpAvailable()) {
            assertTrue(ImageVariants.encodeCopy(thumb, true).length < ImageVariants.encodeWebp(thumb).length);
        }
    }

    @Test
    void aLargeCopyKeepsTheFullQuality() {
        BufferedImage large = ImageVariants.scaled(photo(1200), 800);
        assertEquals(ImageVariants.encodeJpeg(large).length, ImageVariants.encodeCopy(large, false).length);
    }
}
