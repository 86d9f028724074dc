package vn.edu.portal.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Simple drawn pictures (sky, sun, trees, a school) so that demo albums have something to show. */
final class DemoPictures {

    private static final Color[][] PALETTES = {
        {new Color(135, 206, 235), new Color(255, 215, 0), new Color(46, 139, 87)},
        {new Color(255, 183, 197), new Color(255, 140, 0), new Color(34, 139, 34)},
        {new Color(176, 224, 230), new Color(255, 255, 224), new Color(107, 142, 35)},
        {new Color(255, 228, 181), new Color(255, 99, 71), new Color(60, 179, 113)}};

    private DemoPictures() {
    }

    static byte[] picture(int index) {
        Color[] palette = PALETTES[index % PALETTES.length];
        BufferedImage image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, palette[0], 0, 640, Color.WHITE));
        g.fillRect(0, 0, 960, 640);
        g.setColor(palette[1]);
        g.fillOval(720, 60, 140, 140);
        g.setColor(palette[2]);
        g.fillRect(0, 480, 960, 160);
        g.setColor(new Color(178, 34, 34));
        g.fillRect(300, 300, 360, 200);
        g.setColor(new Color(139, 0, 0));
        g.fillPolygon(new int[] {280, 480, 680}, new int[] {300, 200, 300}, 3);
        g.setColor(Color.WHITE);
        for (int w = 0; w < 3; w++) {
            g.fillRect(330 + w * 110, 340, 60, 50);
        }
        g.setColor(new Color(34, 100, 34));
        for (int t = 0; t < 2 + index; t++) {
            g.fillOval(40 + t * 140, 360, 110, 130);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
