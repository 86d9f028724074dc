package vn.edu.portal.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Checks an uploaded document by its content: a PDF, or a Word/Excel (OOXML) file, which is a
 * ZIP holding {@code [Content_Types].xml} and a {@code word/} or {@code xl/} part. Any other ZIP,
 * HTML, script or executable is refused whatever its name. Nothing is written out; the
 * entries are inflated in memory only to be counted, so a zip bomb is refused.
 */
public final class DocumentUpload {

    public record Accepted(String contentType, String extension) {
    }

    private static final Tika TIKA = new Tika();
    private static final int MAX_ENTRIES = 5000;
    /** What an Office file may inflate to: far above any real document, far below a zip bomb. */
    static final long MAX_INFLATED = 100L * 1024 * 1024;

    private DocumentUpload() {
    }

    public static Accepted check(String field, byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            throw FieldErrors.of(field, "upload.empty");
        }
        if (data.length > maxBytes) {
            throw FieldErrors.of(field, "upload.tooLarge", maxBytes / 1024);
        }
        String type = TIKA.detect(data);
        if (type.equals("application/pdf") && startsWith(data, "%PDF-")) {
            return new Accepted("application/pdf", "pdf");
        }
        if (type.equals("application/zip") || type.startsWith("application/x-tika-ooxml")) {
            String office = officeKind(data);
            if (office != null) {
                return office.equals("word")
                        ? new Accepted("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")
                        : new Accepted("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
            }
        }
        throw FieldErrors.of(field, "upload.notDocument");
    }

    private static boolean startsWith(byte[] data, String prefix) {
        if (data.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** "word" or "xl" when the ZIP is an OOXML document, null otherwise (reads entry names only). */
    private static String officeKind(byte[] data) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry entry;
            int count = 0;
            long inflated = 0;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    return null;
                }
                String name = entry.getName();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                    return null;
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    kind = "word";
                } else if (name.startsWith("xl/")) {
                    kind = "xl";
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        return null;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return contentTypes ? kind : null;
    }
}
