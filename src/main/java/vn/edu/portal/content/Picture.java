package vn.edu.portal.content;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.edu.portal.platform.ImageVariants;

/**
 * An uploaded picture as a page offers it: the original's size (for the {@code width} and
 * {@code height} attributes that keep the layout from moving while it loads) and copies of
 * standard widths in JPEG, and WebP where the server can write it
 * ({@code /files/m/<site>/<name>-w800.jpg}), made the first time they are asked for.
 */
public record Picture(String url, int width, int height, String variantBase, boolean webp) {

    /** The picture of an image in the media library; null for a document or an image without a size. */
    public static Picture of(MediaFile media) {
        if (media == null || media.getKind() != MediaFile.Kind.IMAGE || media.getWidth() == null
                || media.getHeight() == null || media.getWidth() <= 0 || media.getHeight() <= 0) {
            return null;
        }
        String url = media.url();
        return new Picture(url, media.getWidth(), media.getHeight(), url.substring(0, url.lastIndexOf('.')),
                ImageVariants.webpAvailable());
    }

    public int[] widths() {
        return ImageVariants.widthsFor(width);
    }

    public String jpeg(int w) {
        return variantBase + "-w" + w + ".jpg";
    }

    public String webpOf(int w) {
        return variantBase + "-w" + w + ".webp";
    }

    /** The JPEG for browsers that read no {@code srcset}: the copy nearest {@code preferred} pixels wide. */
    public String src(int preferred) {
        int best = widths()[0];
        for (int w : widths()) {
            if (w <= preferred) {
                best = w;
            }
        }
        return jpeg(best);
    }

    /** The fallback {@code src}: the 800-pixel copy, or the largest below it. */
    public String getSrc() {
        return src(800);
    }

    /** The JPEG copies for {@code srcset}, each address after {@code prefix} (the context path). */
    public String srcset(String prefix) {
        return Arrays.stream(widths()).mapToObj(w -> prefix + jpeg(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The WebP copies for {@code srcset}, or null when the server writes no WebP. */
    public String webpSrcset(String prefix) {
        return webp ? Arrays.stream(widths()).mapToObj(w -> prefix + webpOf(w) + " " + w + "w")
                .collect(Collectors.joining(", ")) : null;
    }

    /** The largest copy (Open Graph, a shared link's preview). */
    public String getLargest() {
        int[] w = widths();
        return jpeg(w[w.length - 1]);
    }

    public boolean isWebp() { return webp; }
    public String getUrl() { return url; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
}
