package vn.edu.portal.content;

import java.util.List;

/**
 * Where a feature shows a file of the media library. A file in use cannot be deleted: the places
 * that show it are named to the editor, who takes it off them first (a document's file, a blank
 * form, a disclosure keep their history and have their own way to replace a file). Each feature that
 * links library files implements this; CDI collects them, so the library knows no feature above it.
 */
public interface MediaUsage {

    /** One place: a message key of the console's bundle ({@code media.use.*}) and the name it shows. */
    record Use(String textKey, String name) {
    }

    List<Use> uses(long siteId, MediaFile file);

    /**
     * The file's addresses as a text may hold them, as LIKE patterns: its own or a copy's
     * ({@code <name>-w600.webp}), and its thumbnail's, which has a random name of its own.
     */
    static List<String> inText(MediaFile file) {
        List<String> patterns = new java.util.ArrayList<>();
        patterns.add("%" + file.url().replaceAll("\\.[a-z0-9]+$", "") + "%");
        if (file.getThumbPath() != null && !file.thumbUrl().equals(file.url())) {
            patterns.add("%" + file.thumbUrl() + "%");
        }
        return patterns;
    }
}
