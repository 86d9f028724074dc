package vn.edu.portal.forms;

import jakarta.servlet.http.Part;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.edu.portal.platform.DocumentUpload;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.ImageUpload;
import vn.edu.portal.platform.Uploads;

/**
 * What a public form takes as a file, the same rules for every feature: the type is recognised by
 * content, never by name or the browser's word (an image's dimensions are read before it is
 * decoded, a document must start as one); a size limit; the file is stored by the caller outside
 * the web root ({@code platform.FileStore}) and served only through checked links. A policy names
 * the types a field takes: {@code pdf}, {@code docx}, {@code image} (every picture the portal
 * reads), {@code photo} (JPEG and PNG only), and how the form says a type is not one of them.
 *
 * @param types the types taken
 * @param wrongType the refusal of another type, on the field given
 * @param unreadableImageIsWrongType whether a file that looks like a picture but is not one is
 *        refused as a wrong type (admission's papers) rather than as "not an image"
 */
public record UploadPolicy(Set<String> types, Function<String, FieldErrors> wrongType, boolean unreadableImageIsWrongType) {

    /** A file as read from a form; no data when it was too large to read. */
    public record Upload(String fileName, byte[] data) {
    }

    /** An accepted file: its detected type and the extension it is stored under. */
    public record Accepted(String contentType, String extension) {
    }

    private static final Set<String> PHOTOS = Set.of("jpg", "png");

    /** The file of a form's field, if one was chosen: refused too large ({@link Upload#data()} null) without reading it. */
    public static Optional<Upload> read(Part part, String field, long limit) {
        if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
            return Optional.empty();
        }
        if (!Uploads.present(part)) {
            // A file was chosen but holds nothing: said, not taken for no file (the parent believed it went in).
            return Optional.of(new Upload(part.getSubmittedFileName(), new byte[0]));
        }
        if (part.getSize() > limit) {
            return Optional.of(new Upload(part.getSubmittedFileName(), null));
        }
        return Optional.of(new Upload(part.getSubmittedFileName(), Uploads.read(part, field, limit)));
    }

    /** Checks a file as read from a form: one too large to read is refused as too large. */
    public Accepted check(String field, Upload upload, long maxBytes) {
        if (upload.data() == null) {
            throw FieldErrors.of(field, "upload.tooLarge", maxBytes / 1024);
        }
        if (upload.data().length == 0) {
            throw FieldErrors.of(field, "upload.emptyFile", upload.fileName());
        }
        return check(field, upload.data(), maxBytes);
    }

    /** Checks a file by its content; no file at all is "choose a file". */
    public Accepted check(String field, byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            throw FieldErrors.of(field, "upload.empty");
        }
        if (data.length > maxBytes) {
            throw FieldErrors.of(field, "upload.tooLarge", maxBytes / 1024);
        }
        boolean images = types.contains("image") || types.contains("photo");
        if (images && ImageUpload.isImageType(data)) {
            ImageUpload.Accepted image;
            try {
                image = ImageUpload.check(field, data, maxBytes);
            } catch (FieldErrors refused) {
                // the dimensions are worth saying; "not an image" is said the way the form says it
                if (unreadableImageIsWrongType && refused.errors().get(field).key().equals("upload.notImage")) {
                    throw wrongType.apply(field);
                }
                throw refused;
            }
            if (types.contains("image") || PHOTOS.contains(image.extension())) {
                return new Accepted(image.contentType(), image.extension());
            }
        } else if (!ImageUpload.isImageType(data)) {
            try {
                DocumentUpload.Accepted document = DocumentUpload.check(field, data, maxBytes);
                if (types.contains(document.extension())) {
                    return new Accepted(document.contentType(), document.extension());
                }
            } catch (FieldErrors notADocument) {
                // refused below with the message that names what the field takes
            }
        }
        throw wrongType.apply(field);
    }

    /** A file's name as given, safe to show and store: the last segment, no control or markup characters, at most 120. */
    public static String safeName(String name) {
        String base = name == null ? "tep" : name.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        return base.isEmpty() ? "tep" : base.substring(0, Math.min(base.length(), 120));
    }

    /** The types as a list, for a message ("PDF, JPEG/PNG"). */
    public static String named(List<String> types) {
        return String.join(", ", types).toUpperCase(java.util.Locale.ROOT).replace("IMAGE", "JPEG/PNG")
                .replace("PHOTO", "JPEG/PNG");
    }
}
