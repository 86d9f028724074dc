package vn.edu.portal.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * Checks an uploaded image by its content: the type Tika detects from the bytes (not the file
 * name), a size limit, and dimensions read from the header (so that a small file that decodes
 * to a huge bitmap is refused before decoding). SVG is refused: it can carry script.
 */
public final class ImageUpload {

    /** An accepted image: its detected type, the extension it is stored under, and the picture decoded while checking it. */
    public record Accepted(String contentType, String extension, BufferedImage image) {
    }

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", "png", "image/jpeg", "jpg", "image/gif", "gif");
    private static final int MAX_SIDE = 4096;

    private ImageUpload() {
    }

    /** Whether the bytes are of an accepted image type (detection only; {@link #check} does the rest). */
    public static boolean isImageType(byte[] data) {
        return data != null && data.length > 0 && EXTENSIONS.containsKey(TIKA.detect(data));
    }

    /** @throws FieldErrors on {@code field} when the bytes are not an acceptable image */
    public static Accepted check(String field, byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            throw FieldErrors.of(field, "upload.empty");
        }
        if (data.length > maxBytes) {
            throw FieldErrors.of(field, "upload.tooLarge", maxBytes / 1024);
        }
        String type = TIKA.detect(data);
        String extension = EXTENSIONS.get(type);
        if (extension == null) {
            throw FieldErrors.of(field, "upload.notImage");
        }
        BufferedImage decoded = withReader(field, data, "upload.notImage", reader -> {
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE || width < 1 || height < 1) {
                throw FieldErrors.of(field, "upload.imageDimensions", MAX_SIDE);
            }
            return reader.read(0);
        });
        return new Accepted(type, extension, decoded);
    }

    /** Work on an image reader that has its input set; may throw {@link IOException}. */
    @FunctionalInterface
    public interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /**
     * Runs {@code work} on an ImageIO reader of the bytes, disposed of afterwards: no reader for
     * them is "not an image" ({@code upload.notImage}); a failure while reading is the message
     * {@code unreadableKey} on {@code field}; a {@link FieldErrors} thrown by the work passes as it is.
     */
    public static <T> T withReader(String field, byte[] data, String unreadableKey, ReaderWork<T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw FieldErrors.of(field, "upload.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FieldErrors errors) {
                throw errors;
            }
            throw FieldErrors.of(field, unreadableKey);
        }
    }
}
