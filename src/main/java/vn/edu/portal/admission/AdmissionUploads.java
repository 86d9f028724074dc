package vn.edu.portal.admission;

import java.util.Set;
import vn.edu.portal.platform.DocumentUpload;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.ImageUpload;

/**
 * The papers a parent uploads (birth certificate, proof of residence): a PDF or a photo (JPEG,
 * PNG), recognised by content, never by name, with the checks every upload of the portal gets
 * (an image's dimensions are read before it is decoded, a PDF must start as one); anything
 * else is refused.
 */
public final class AdmissionUploads {

    public record Accepted(String contentType, String extension) {
    }

    private static final Set<String> PHOTOS = Set.of("jpg", "png");

    private AdmissionUploads() {
    }

    public static Accepted check(String field, byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            throw FieldErrors.of(field, "upload.empty");
        }
        if (data.length > maxBytes) {
            throw FieldErrors.of(field, "upload.tooLarge", maxBytes / 1024);
        }
        if (ImageUpload.isImageType(data)) {
            ImageUpload.Accepted image;
            try {
                image = ImageUpload.check(field, data, maxBytes);
            } catch (FieldErrors refused) {
                // the dimensions are worth saying; "not an image" is said the way this form says it
                if (!refused.errors().get(field).key().equals("upload.notImage")) {
                    throw refused;
                }
                throw FieldErrors.of(field, "admission.upload.type");
            }
            if (PHOTOS.contains(image.extension())) {
                return new Accepted(image.contentType(), image.extension());
            }
        } else {
            try {
                DocumentUpload.Accepted document = DocumentUpload.check(field, data, maxBytes);
                if (document.extension().equals("pdf")) {
                    return new Accepted(document.contentType(), document.extension());
                }
            } catch (FieldErrors notADocument) {
                // refused below with the message that names what is taken
            }
        }
        throw FieldErrors.of(field, "admission.upload.type");
    }
}
