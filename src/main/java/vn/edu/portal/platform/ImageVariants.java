package vn.edu.portal.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Smaller copies of an uploaded picture for screens of every width: JPEG always, WebP beside it
 * when libwebp loads on this machine (the webp-imageio plugin; about a third smaller at the same
 * look). A picture is never enlarged.
 */
public final class ImageVariants {

    private static final Logger LOG = Logger.getLogger(ImageVariants.class.getName());

    /**
     * The widths copies are made in; a page offers those up to the original's width. 200 serves a
     * list's small thumbnail on a phone (6.25rem at up to 2 device pixels per CSS pixel), 600 a
     * phone-wide cover (about 340 CSS pixels at 1.75), so that a phone's first view stays under 40 KB.
     */
    public static final int[] WIDTHS = {200, 400, 600, 800, 1200, 1600};
    static final float JPEG_QUALITY = 0.8f;
    static final float WEBP_QUALITY = 0.75f;
    /**
     * Copies up to this width are a list's thumbnails and a phone's covers, seen small on a dense
     * screen: they are written at a lower quality (WebP 0.55, JPEG 0.7), which a phone does not show
     * and which halves their bytes (a 200-pixel WebP of a demo photo: about 3 KB at 0.75, 2.5 KB here;
     * a 600-pixel one 20 KB and 17 KB).
     */
    static final int SMALL_COPY = 600;
    static final float SMALL_JPEG_QUALITY = 0.7f;
    static final float SMALL_WEBP_QUALITY = 0.55f;

    private static final boolean WEBP = probeWebp();

    private ImageVariants() {
    }

    private static boolean probeWebp() {
        try {
            encodeWebp(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
            return true;
        } catch (Throwable e) {
            LOG.log(Level.INFO, "WebP unavailable on this platform, pictures are offered as JPEG only: {0}", e.toString());
            return false;
        }
    }

    public static boolean webpAvailable() {
        return WEBP;
    }

    /** The widths offered for an original {@code width} pixels wide: the standard ones it covers, or its own. */
    public static int[] widthsFor(int width) {
        int count = 0;
        for (int w : WIDTHS) {
            if (w <= width) {
                count++;
            }
        }
        if (count == 0) {
            return new int[] {Math.max(1, width)};
        }
        int[] widths = new int[count];
        System.arraycopy(WIDTHS, 0, widths, 0, count);
        return widths;
    }

    public static boolean offered(int width, int originalWidth) {
        for (int w : widthsFor(originalWidth)) {
            if (w == width) {
                return true;
            }
        }
        return false;
    }

    /** {@code original} scaled to {@code width} pixels wide, on white where it was transparent. */
    public static BufferedImage scaled(BufferedImage original, int width) {
        int height = Math.max(1, Math.round((float) original.getHeight() * width / original.getWidth()));
        try {
            BufferedImage scaled = Thumbnails.of(original).size(width, height).keepAspectRatio(false).asBufferedImage();
            BufferedImage rgb = new BufferedImage(scaled.getWidth(), scaled.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(scaled, 0, 0, null);
            g.dispose();
            return rgb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG at the quality of an original-sized picture. */
    public static byte[] encodeJpeg(BufferedImage image) {
        return encodeJpeg(image, JPEG_QUALITY);
    }

    /** A copy in a standard width, JPEG or WebP, at the quality its width calls for ({@link #SMALL_COPY}). */
    public static byte[] encodeCopy(BufferedImage scaled, boolean webp) {
        boolean small = scaled.getWidth() <= SMALL_COPY;
        return webp ? encodeWebp(scaled, small ? SMALL_WEBP_QUALITY : WEBP_QUALITY)
                : encodeJpeg(scaled, small ? SMALL_JPEG_QUALITY : JPEG_QUALITY);
    }

    static byte[] encodeJpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, param, image);
    }

    /** WebP, lossy; throws when the native library is missing (see {@link #webpAvailable()}). */
    public static byte[] encodeWebp(BufferedImage image) {
        return encodeWebp(image, WEBP_QUALITY);
    }

    static byte[] encodeWebp(BufferedImage image, float quality) {
        ImageWriter writer = new com.luciad.imageio.webp.WebPImageWriterSpi().createWriterInstance(null);
        com.luciad.imageio.webp.WebPWriteParam param = new com.luciad.imageio.webp.WebPWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Lossy");
        param.setCompressionQuality(quality);
        return write(writer, param, image);
    }

    private static byte[] write(ImageWriter writer, ImageWriteParam param, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
