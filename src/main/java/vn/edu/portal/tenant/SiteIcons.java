package vn.edu.portal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import vn.edu.portal.platform.FileStore;

/**
 * Each site's icons (favicon, home-screen and manifest icons, the small logo in the page header),
 * made from its logo, fitted into a square with transparent margins; a school without a logo gets
 * the first letter of its name on its theme's colour. Addresses carry a version made of what the
 * picture depends on (logo version, colour, letter), so browsers keep them for a year.
 */
@ApplicationScoped
public class SiteIcons {

    private static final Logger LOG = Logger.getLogger(SiteIcons.class.getName());

    /** The sizes served: favicon, header logo, Apple touch icon, manifest icons. */
    public static final Set<Integer> SIZES = Set.of(32, 128, 180, 192, 512);
    private static final int CACHE_MAX_ENTRIES = 4000;
    private static final int CACHE_MAX_BYTES = 16 * 1024;

    @Inject
    SiteService sites;

    @Inject
    FileStore files;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** What an icon of a site looks like without a logo: its initial on {@code color}. */
    public record Look(String initial, String color) {
    }

    /** The first letter of a school's proper name (the last word of its name), shown in place of a logo. */
    public static String initial(String name) {
        String n = name == null ? "" : name.strip();
        String last = n.substring(n.lastIndexOf(' ') + 1);
        return last.isEmpty() ? "" : last.substring(0, last.offsetByCodePoints(0, 1));
    }

    /** The version part of a site's icon addresses. */
    public static String version(SiteInfo site, Look look) {
        String key = site.logoVersion() + "|" + look.color() + "|" + look.initial();
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code /files/icon/<site id>-<version>-<size>.png}. */
    public static String url(SiteInfo site, Look look, int size) {
        return "/files/icon/" + site.id() + "-" + version(site, look) + "-" + size + ".png";
    }

    /** A PNG of the site's icon at {@code size} pixels. */
    public byte[] png(SiteInfo site, Look look, int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("size " + size);
        }
        String key = site.id() + "-" + version(site, look) + "-" + size;
        byte[] done = cache.get(key);
        if (done != null) {
            return done;
        }
        byte[] png = encode(draw(site, look, size));
        if (png.length <= CACHE_MAX_BYTES) {
            if (cache.size() >= CACHE_MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, png);
        }
        return png;
    }

    /** {@code /favicon.ico}: an ICO file holding the 32-pixel PNG (every browser reads PNG inside ICO). */
    public byte[] ico(SiteInfo site, Look look) {
        byte[] png = png(site, look, 32);
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        ico.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        ico.put(png);
        return ico.array();
    }

    private BufferedImage draw(SiteInfo site, Look look, int size) {
        BufferedImage icon = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = icon.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        Optional<BufferedImage> logo = site.logoVersion() > 0 ? logo(site) : Optional.empty();
        if (logo.isPresent()) {
            BufferedImage l = logo.get();
            double scale = Math.min((double) size / l.getWidth(), (double) size / l.getHeight());
            int w = Math.max(1, (int) Math.round(l.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(l.getHeight() * scale));
            g.drawImage(stepDown(l, w, h), (size - w) / 2, (size - h) / 2, w, h, null);
        } else {
            g.setColor(color(look.color()));
            int arc = size / 5;
            g.fillRoundRect(0, 0, size, size, arc, arc);
            letter(g, look.initial(), size);
        }
        g.dispose();
        return icon;
    }

    private static void letter(Graphics2D g, String initial, int size) {
        if (initial == null || initial.isBlank()) {
            return;
        }
        try {
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * 0.62f)));
            FontMetrics metrics = g.getFontMetrics();
            int x = (size - metrics.stringWidth(initial)) / 2;
            var bounds = g.getFont().createGlyphVector(g.getFontRenderContext(), initial).getVisualBounds();
            int y = (int) Math.round((size - bounds.getHeight()) / 2 - bounds.getY());
            g.drawString(initial, x, y);
        } catch (RuntimeException | Error e) {
            // A server without fonts: the coloured square alone is still an icon.
            LOG.log(Level.FINE, "no font for the site icon's letter", e);
        }
    }

    /** Halves the picture until it is near the target, so a big logo does not shrink into noise. */
    private static BufferedImage stepDown(BufferedImage image, int w, int h) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
            BufferedImage half = new BufferedImage(current.getWidth() / 2, current.getHeight() / 2, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = half.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, half.getWidth(), half.getHeight(), null);
            g.dispose();
            current = half;
        }
        return current;
    }

    private Optional<BufferedImage> logo(SiteInfo site) {
        try {
            Optional<Path> file = sites.logoFile(site.id()).flatMap(f -> files.resolve(f[0])).filter(Files::isRegularFile);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(ImageIO.read(file.get().toFile()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "logo of site " + site.id() + " unreadable; its icon shows its initial", e);
            return Optional.empty();
        }
    }

    private static Color color(String hex) {
        try {
            return Color.decode(hex);
        } catch (RuntimeException e) {
            return new Color(0x1d4f91);
        }
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
