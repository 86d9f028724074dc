package vn.edu.portal.forms;

import jakarta.servlet.http.Part;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.edu.portal.platform.DocumentUpload;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.ImageUpload;
import vn.edu.portal.platform.Photos;
import vn.edu.portal.platform.Uploads;

/**
 * What a public form takes as a file, the same rules for every feature: the type is recognised by
 * content, never by name or the browser's word (an image's dimensions are read before it is
 * decoded, a document must start as one); a size limit; the file is stored by the caller outside
 * the web root ({@code platform.FileStore}) and served only through checked links. A policy names
 * the types a field takes: {@code pdf}, {@code docx}, {@code image} (every picture the portal
 * reads), {@code photo} (JPEG and PNG only), and how the form says a type is not one of them.
 *
 * <p>A photo (JPEG or PNG) is taken as a phone gives it, up to {@link #PHOTO_SOURCE_BYTES} whatever the
 * field's limit, and kept as {@link Photos#fit} makes it: upright, at most {@link #PHOTO_SIDE} pixels on its
 * long side, without the metadata a phone writes into it (the place it was taken, the phone). What is kept
 * must then be within the field's limit, as every other file is.
 *
 * @param types the types taken
 * @param wrongType the refusal of another type, on the field given
 * @param unreadableImageIsWrongType whether a file that looks like a picture but is not one is
 *        refused as a wrong type (admission's papers) rather than as "not an image"
 * @param tooLarge the refusal of a file over the limit, on the field given, with the limit in bytes
 */
public record UploadPolicy(Set<String> types, Function<String, FieldErrors> wrongType, boolean unreadableImageIsWrongType,
                           BiFunction<String, Long, FieldErrors> tooLarge) {

    /** A policy that refuses a file over the limit as "Tệp quá lớn: tối đa N KB". */
    public UploadPolicy(Set<String> types, Function<String, FieldErrors> wrongType, boolean unreadableImageIsWrongType) {
        this(types, wrongType, unreadableImageIsWrongType, (field, max) -> FieldErrors.of(field, "upload.tooLarge", max / 1024));
    }

    /** A file as read from a form; no data when it was too large to read. */
    public record Upload(String fileName, byte[] data) {
    }

    /** An accepted file: its detected type, the extension it is stored under, and the bytes to store. */
    public record Accepted(String contentType, String extension, byte[] data) {
    }

    /** The long side, in pixels, a photo is kept at: a paper photographed on a phone stays readable. */
    public static final int PHOTO_SIDE = 2400;
    /** The most a photo may weigh as a phone gives it, before it is fitted: the servlet's limit for one file. */
    public static final long PHOTO_SOURCE_BYTES = 20L * 1024 * 1024;

    private static final Set<String> PHOTOS = Set.of("jpg", "png");
    private static final Set<String> UNREADABLE = Set.of("upload.notImage", "photo.unreadable");

    /** How much of a posted file to read for a field limited to {@code maxBytes}: a photo may weigh more before it is fitted. */
    public static long readLimit(long maxBytes) {
        return Math.max(maxBytes, PHOTO_SOURCE_BYTES);
    }

    private boolean takesPictures() {
        return types.contains("image") || types.contains("photo");
    }

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
            throw tooLarge.apply(field, maxBytes);
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
        if (takesPictures() && ImageUpload.isImageType(data)) {
            return picture(field, data, maxBytes);
        }
        if (data.length > maxBytes) {
            throw tooLarge.apply(field, maxBytes);
        }
        if (!ImageUpload.isImageType(data)) {
            try {
                DocumentUpload.Accepted document = DocumentUpload.check(field, data, maxBytes);
                if (types.contains(document.extension())) {
                    return new Accepted(document.contentType(), document.extension(), data);
                }
            } catch (FieldErrors notADocument) {
                // refused below with the message that names what the field takes
            }
        }
        throw wrongType.apply(field);
    }

    /** A picture fitted first (a phone's photo of several MB), then checked as it will be kept. */
    private Accepted picture(String field, byte[] data, long maxBytes) {
        if (!types.contains("image") && data.length >= 4 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F' && data[3] == '8') {
            throw wrongType.apply(field); // a photo field takes JPEG and PNG; a still GIF would come out of the fitting as a PNG
        }
        ImageUpload.Accepted image;
        byte[] kept;
        try {
            kept = Photos.fit(field, data, PHOTO_SIDE, Math.max(maxBytes, PHOTO_SOURCE_BYTES));
            if (kept.length > maxBytes) {
                throw tooLarge.apply(field, maxBytes);
            }
            image = ImageUpload.check(field, kept, maxBytes);
        } catch (FieldErrors refused) {
            // the dimensions are worth saying; "not an image" is said the way the form says it
            if (unreadableImageIsWrongType && refused.errors().containsKey(field)
                    && UNREADABLE.contains(refused.errors().get(field).key())) {
                throw wrongType.apply(field);
            }
            throw refused;
        }
        if (types.contains("image") || PHOTOS.contains(image.extension())) {
            return new Accepted(image.contentType(), image.extension(), kept);
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
