package vn.edu.portal.admission;

import java.util.Map;
import org.apache.tika.Tika;
import vn.edu.portal.platform.FieldErrors;

/**
 * The papers a parent uploads (birth certificate, proof of residence): a PDF or a photo (JPEG,
 * PNG), recognised by content, never by name; anything else is refused.
 */
public final class AdmissionUploads {

    public record Accepted(String contentType, String extension) {
    }

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> TYPES = Map.of("application/pdf", "pdf", "image/jpeg", "jpg", "image/png", "png");

    private AdmissionUploads() {
    }

    public static Accepted check(String field, byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            throw FieldErrors.of(field, "upload.empty");
        }
        if (data.length > maxBytes) {
            throw FieldErrors.of(field, "upload.tooLarge", maxBytes / 1024);
        }
        String type = TIKA.detect(data);
        String extension = TYPES.get(type);
        if (extension == null) {
            throw FieldErrors.of(field, "admission.upload.type");
        }
        return new Accepted(type, extension);
    }
}
