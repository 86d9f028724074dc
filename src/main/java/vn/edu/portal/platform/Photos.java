package vn.edu.portal.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.apache.tika.Tika;

/**
 * Photos taken on a phone made fit for a web page, on the server: a 12 to 50 megapixel JPEG of
 * several megabytes becomes at most {@code maxSide} pixels on its long side, turned upright by its
 * EXIF orientation (phones store portrait photos lying down with a flag), and re-encoded without
 * its metadata (a phone's photo carries the place it was taken). Large pictures are decoded with
 * subsampling, so a 50-megapixel photo needs about a quarter of its full bitmap in memory, and at
 * most two are decoded at once. GIFs are passed through untouched (they may be animated).
 *
 * <p>Thumbnailator (already used for thumbnails) does the scaling, the orientation and the JPEG
 * writing on top of the JDK's ImageIO; the JDK reads the baseline and progressive YCbCr JPEGs that
 * phones write.
 */
public final class Photos {

    /** The largest picture decoded at all: about 60 megapixels (phones take 48–50). */
    static final long MAX_PIXELS = 60_000_000L;
    private static final int MAX_SOURCE_SIDE = 20_000;
    private static final float JPEG_QUALITY = 0.85f;
    private static final Tika TIKA = new Tika();
    private static final Semaphore DECODING = new Semaphore(2, true);

    private Photos() {
    }

    /**
     * The bytes to store for an uploaded photo, always re-encoded without its metadata (a PNG's eXIf, text
     * and XMP chunks carry a place and a comment as a JPEG's EXIF does; they were kept on a PNG no larger
     * than {@code maxSide}): a JPEG upright; a PNG as PNG, or as JPEG when it had to be made smaller and has
     * no transparency; a GIF of one picture as PNG. An animated GIF is kept as it is (its frames would be lost).
     *
     * @throws FieldErrors on {@code field}: empty, over {@code maxBytes}, not a JPEG/PNG/GIF, too
     *                     many pixels, unreadable
     */
    public static byte[] fit(String field, byte[] data, int maxSide, long maxBytes) {
        if (data == null || data.length == 0) {
            throw FieldErrors.of(field, "upload.empty");
        }
        if (data.length > maxBytes) {
            throw FieldErrors.of(field, "photo.tooLarge", Math.max(1, maxBytes / 1024 / 1024));
        }
        String type = TIKA.detect(data);
        if (type.equals("image/gif") && animated(data)) {
            return data;
        }
        if (!type.equals("image/jpeg") && !type.equals("image/png") && !type.equals("image/gif")) {
            throw FieldErrors.of(field, "upload.notImage");
        }
        boolean acquired = false;
        try {
            acquired = DECODING.tryAcquire(30, TimeUnit.SECONDS);
            if (!acquired) {
                throw FieldErrors.of(field, "photo.busy");
            }
            return resize(field, data, type.equals("image/jpeg"), maxSide);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FieldErrors.of(field, "photo.busy");
        } finally {
            if (acquired) {
                DECODING.release();
            }
        }
    }

    private static byte[] resize(String field, byte[] data, boolean jpeg, int maxSide) {
        return ImageUpload.withReader(field, data, "photo.unreadable", reader -> {
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE
                    || (long) width * height > MAX_PIXELS) {
                throw FieldErrors.of(field, "photo.dimensions", MAX_PIXELS / 1_000_000);
            }
            int longSide = Math.max(width, height);
            Orientation orientation = jpeg ? orientation(reader) : null;
            ImageReadParam param = reader.getDefaultReadParam();
            // keep at least twice the target size, so the final scaling still has pixels to average
            int step = Math.max(1, longSide / (2 * maxSide));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            boolean alpha = image.getColorModel().hasAlpha();
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image);
            builder = Math.max(image.getWidth(), image.getHeight()) > maxSide ? builder.size(maxSide, maxSide)
                    : builder.scale(1.0);
            if (orientation != null && orientation != Orientation.TOP_LEFT) {
                builder = builder.addFilter(ExifFilterUtils.getFilterForOrientation(orientation));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (jpeg || (!alpha && longSide > maxSide)) {
                builder.outputFormat("jpg").outputQuality(JPEG_QUALITY).toOutputStream(out);
            } else {
                builder.outputFormat("png").toOutputStream(out);
            }
            return out.toByteArray();
        });
    }

    /** Whether a GIF holds more than one picture (read without decoding them). */
    private static boolean animated(byte[] data) {
        try {
            return ImageUpload.withReader("gif", data, "photo.unreadable", reader -> reader.getNumImages(true) > 1);
        } catch (FieldErrors unreadable) {
            return false; // refused when decoded below
        }
    }

    /** The EXIF orientation of a JPEG, or null when it has none or it cannot be read. */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
