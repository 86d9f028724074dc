package vn.edu.portal.platform;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** Reading a file field of a form: within a size limit, with the field's message on failure. */
public final class Uploads {

    private Uploads() {
    }

    /** Whether the field carries a file at all (an empty file input sends a part of size 0). */
    public static boolean present(Part part) {
        return part != null && part.getSize() > 0;
    }

    /** The bytes of the part; refused on {@code field} when larger than {@code limit} or unreadable. */
    public static byte[] read(Part part, String field, long limit) {
        if (!present(part)) {
            throw FieldErrors.of(field, "upload.empty");
        }
        if (part.getSize() > limit) {
            throw FieldErrors.of(field, "upload.tooLarge", limit / 1024);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw FieldErrors.of(field, "upload.failed");
        }
    }
}
