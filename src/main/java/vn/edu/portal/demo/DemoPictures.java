package vn.edu.portal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import vn.edu.portal.platform.ImageVariants;

/**
 * Photographs for the demo, drawn: a school with its flag, a ceremony in the schoolyard, a
 * classroom, the library, break time, the school garden, a fire drill, a museum visit. Drawn the
 * same way every time (a fixed seed per picture), 1200 × 800 JPEG, each once per run: the schools
 * share them, as they would share a photographer's set.
 */
final class DemoPictures {

    /** What a picture shows. */
    enum Scene { SCHOOL, CEREMONY, CLASSROOM, LIBRARY, BREAK_TIME, GARDEN, FIRE_DRILL, MUSEUM }

    static final int WIDTH = 1200;
    static final int HEIGHT = 800;

    private static final Color RED_FLAG = new Color(218, 37, 29);
    private static final Color STAR = new Color(255, 222, 0);
    private static final Map<String, byte[]> DRAWN = new ConcurrentHashMap<>();

    private DemoPictures() {
    }

    /** The JPEG of {@code scene}; {@code variant} (0 or 1) changes the colours of the school and the classroom. */
    static byte[] picture(Scene scene, int variant) {
        int v = scene == Scene.SCHOOL || scene == Scene.CLASSROOM ? variant % 2 : 0;
        return DRAWN.computeIfAbsent(scene + "-" + v, k -> ImageVariants.encodeJpeg(draw(scene, v)));
    }

    static BufferedImage draw(Scene scene, int variant) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        Random random = new Random(scene.ordinal() * 1000L + variant);
        switch (scene) {
            case SCHOOL -> school(g, random, variant);
            case CEREMONY -> ceremony(g, random);
            case CLASSROOM -> classroom(g, random, variant);
            case LIBRARY -> library(g, random);
            case BREAK_TIME -> breakTime(g, random);
            case GARDEN -> garden(g, random);
            case FIRE_DRILL -> fireDrill(g, random);
            case MUSEUM -> museum(g, random);
        }
        light(g);
        g.dispose();
        return image;
    }

    // ---- scenes ---------------------------------------------------------------------------

    private static void school(Graphics2D g, Random random, int variant) {
        sky(g, variant % 2 == 0 ? new Color(120, 180, 235) : new Color(150, 200, 240), 520);
        sun(g, 980, 120, 70);
        clouds(g, random, 4);
        ground(g, 560, new Color(196, 180, 150), new Color(170, 150, 120));
        building(g, 170, 250, 860, 320, new Color(246, 205, 95), 3, 9);
        flagPole(g, 600, 590, 230);
        trees(g, random, 6, 540, 640);
    }

    private static void ceremony(Graphics2D g, Random random) {
        sky(g, new Color(130, 190, 240), 360);
        building(g, 80, 120, 1040, 260, new Color(246, 205, 95), 2, 12);
        ground(g, 380, new Color(205, 190, 160), new Color(180, 160, 130));
        // Stage with its red backdrop and the flag.
        g.setColor(new Color(150, 20, 25));
        g.fillRect(380, 300, 440, 150);
        g.setColor(new Color(120, 90, 60));
        g.fillRect(340, 440, 520, 40);
        flag(g, 560, 318, 80);
        balloons(g, random, 18, 330, 290, 560, 140);
        // Pupils in white shirts and red scarves, rows of them.
        for (int row = 0; row < 5; row++) {
            int y = 560 + row * 50;
            for (int i = 0; i < 16; i++) {
                int x = 60 + i * 70 + (row % 2) * 30 + random.nextInt(10);
                pupil(g, x, y, 0.9 + row * 0.06, random.nextBoolean() ? new Color(30, 60, 140) : new Color(40, 40, 45));
            }
        }
    }

    private static void classroom(Graphics2D g, Random random, int variant) {
        Color wall = variant % 2 == 0 ? new Color(236, 226, 196) : new Color(214, 232, 224);
        g.setPaint(new GradientPaint(0, 0, wall, 0, 520, wall.darker()));
        g.fillRect(0, 0, WIDTH, 520);
        g.setPaint(new GradientPaint(0, 520, new Color(190, 150, 110), 0, HEIGHT, new Color(150, 110, 80)));
        g.fillRect(0, 520, WIDTH, HEIGHT - 520);
        // The board with chalk writing, and a flag and portrait above it.
        g.setColor(new Color(100, 70, 45));
        g.fillRect(300, 150, 600, 270);
        g.setColor(new Color(35, 85, 60));
        g.fillRect(312, 162, 576, 246);
        g.setColor(new Color(235, 240, 235, 200));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int line = 0; line < 4; line++) {
            int y = 205 + line * 48;
            int x = 350;
            while (x < 840 - random.nextInt(120)) {
                int w = 30 + random.nextInt(70);
                g.drawLine(x, y, x + w, y + random.nextInt(5) - 2);
                x += w + 18;
            }
        }
        flag(g, 560, 60, 60);
        // Windows on the left wall with light coming in.
        for (int i = 0; i < 2; i++) {
            g.setColor(new Color(180, 215, 240));
            g.fillRect(40, 130 + i * 190, 150, 150);
            g.setColor(new Color(120, 90, 60));
            g.setStroke(new BasicStroke(8));
            g.drawRect(40, 130 + i * 190, 150, 150);
            g.drawLine(115, 130 + i * 190, 115, 280 + i * 190);
        }
        // Desks and pupils seen from behind.
        for (int row = 0; row < 3; row++) {
            for (int i = 0; i < 4; i++) {
                int x = 130 + i * 250 + row * 20;
                int y = 540 + row * 85;
                double s = 1 + row * 0.18;
                pupilFromBehind(g, x + 50, y - 10, s, random);
                pupilFromBehind(g, x + 140, y - 10, s, random);
                g.setColor(new Color(130, 85, 50));
                g.fillRect(x, y + (int) (30 * s), (int) (200 * s), (int) (22 * s));
            }
        }
    }

    private static void library(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(240, 230, 210), 0, HEIGHT, new Color(205, 185, 150)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Color[] spines = {new Color(192, 57, 43), new Color(41, 128, 185), new Color(39, 174, 96), new Color(243, 156, 18),
            new Color(142, 68, 173), new Color(22, 160, 133), new Color(211, 84, 0), new Color(44, 62, 80)};
        for (int shelf = 0; shelf < 3; shelf++) {
            int left = 60 + shelf * 370;
            g.setColor(new Color(120, 80, 45));
            g.fillRect(left, 80, 330, 560);
            for (int level = 0; level < 5; level++) {
                int bottom = 180 + level * 108;
                g.setColor(new Color(95, 60, 32));
                g.fillRect(left + 10, bottom, 310, 12);
                int x = left + 16;
                while (x < left + 300) {
                    int w = 12 + random.nextInt(14);
                    int h = 60 + random.nextInt(30);
                    g.setColor(spines[random.nextInt(spines.length)]);
                    g.fillRect(x, bottom - h, w, h);
                    x += w + 2;
                }
            }
        }
        // A reading table with open books.
        g.setColor(new Color(160, 110, 65));
        g.fillRoundRect(150, 640, 900, 60, 20, 20);
        for (int i = 0; i < 4; i++) {
            g.setColor(Color.WHITE);
            g.fillRect(220 + i * 210, 615, 120, 30);
            g.setColor(new Color(200, 200, 200));
            g.drawLine(280 + i * 210, 615, 280 + i * 210, 645);
            pupil(g, 280 + i * 210, 600, 1.1, new Color(30, 60, 140));
        }
    }

    private static void breakTime(Graphics2D g, Random random) {
        sky(g, new Color(125, 185, 240), 300);
        clouds(g, random, 3);
        building(g, 0, 90, 1200, 230, new Color(246, 205, 95), 2, 14);
        ground(g, 320, new Color(200, 185, 155), new Color(175, 155, 125));
        trees(g, random, 3, 300, 420);
        // A skipping rope game and children playing in the yard.
        g.setColor(new Color(230, 80, 60));
        g.setStroke(new BasicStroke(5));
        g.drawArc(420, 430, 300, 160, 200, 140);
        for (int i = 0; i < 22; i++) {
            int x = 60 + random.nextInt(1080);
            int y = 420 + random.nextInt(330);
            pupil(g, x, y, 0.8 + (y - 420) / 330.0 * 0.6, random.nextBoolean() ? new Color(30, 60, 140) : new Color(40, 40, 45));
        }
    }

    private static void garden(Graphics2D g, Random random) {
        sky(g, new Color(140, 200, 245), 280);
        sun(g, 160, 110, 60);
        ground(g, 300, new Color(110, 160, 80), new Color(80, 130, 60));
        // Raised beds with rows of vegetables and flowers.
        for (int bed = 0; bed < 4; bed++) {
            int y = 360 + bed * 105;
            g.setColor(new Color(120, 80, 50));
            g.fillRoundRect(80 + bed * 15, y, 1040 - bed * 30, 70, 16, 16);
            for (int x = 110 + bed * 15; x < 1090 - bed * 15; x += 38) {
                if (bed % 2 == 0) {
                    g.setColor(new Color(60, 150, 60));
                    g.fill(new Ellipse2D.Double(x, y - 18, 30, 36));
                } else {
                    g.setColor(new Color(50, 130, 50));
                    g.fillRect(x + 13, y - 20, 4, 26);
                    g.setColor(new Color[] {new Color(240, 200, 40), new Color(230, 90, 110), new Color(250, 250, 250)}[random.nextInt(3)]);
                    g.fill(new Ellipse2D.Double(x + 5, y - 32, 20, 20));
                }
            }
        }
        trees(g, random, 5, 270, 330);
        pupil(g, 980, 700, 1.5, new Color(30, 60, 140));
        pupil(g, 1060, 710, 1.5, new Color(30, 60, 140));
    }

    private static void fireDrill(Graphics2D g, Random random) {
        sky(g, new Color(150, 190, 225), 420);
        building(g, 120, 150, 960, 300, new Color(240, 200, 110), 3, 10);
        ground(g, 450, new Color(190, 180, 160), new Color(160, 150, 130));
        // A tray fire, white foam and a fire extinguisher.
        g.setColor(new Color(70, 70, 70));
        g.fillRect(520, 600, 160, 30);
        for (int i = 0; i < 9; i++) {
            g.setColor(new Color(255, 120 + random.nextInt(100), 0, 210));
            g.fill(new Ellipse2D.Double(525 + random.nextInt(110), 520 + random.nextInt(50), 40, 80));
        }
        g.setColor(new Color(245, 245, 245, 220));
        for (int i = 0; i < 14; i++) {
            g.fill(new Ellipse2D.Double(660 + i * 18, 560 - i * 6 + random.nextInt(20), 50, 40));
        }
        g.setColor(new Color(200, 30, 30));
        g.fillRoundRect(900, 520, 50, 130, 20, 20);
        g.setColor(Color.BLACK);
        g.fillRect(912, 500, 26, 24);
        // Firefighter and pupils watching.
        pupil(g, 860, 640, 1.6, new Color(200, 120, 30));
        for (int i = 0; i < 12; i++) {
            pupil(g, 90 + i * 35, 700 + (i % 2) * 20, 1.2, new Color(30, 60, 140));
        }
    }

    private static void museum(Graphics2D g, Random random) {
        sky(g, new Color(120, 175, 230), 470);
        clouds(g, random, 3);
        // A colonial facade with columns and a pediment.
        g.setColor(new Color(245, 240, 228));
        g.fillRect(200, 250, 800, 250);
        g.setColor(new Color(225, 218, 200));
        g.fillPolygon(new Polygon(new int[] {180, 600, 1020}, new int[] {255, 140, 255}, 3));
        for (int i = 0; i < 8; i++) {
            g.setColor(new Color(250, 248, 240));
            g.fillRect(240 + i * 100, 270, 36, 230);
            g.setColor(new Color(210, 204, 190));
            g.fillRect(236 + i * 100, 262, 44, 14);
        }
        flag(g, 585, 100, 50);
        ground(g, 500, new Color(200, 195, 185), new Color(170, 165, 155));
        g.setColor(new Color(220, 215, 205));
        g.fillRect(320, 500, 560, 40);
        trees(g, random, 2, 470, 520);
        for (int i = 0; i < 18; i++) {
            pupil(g, 200 + i * 45 + random.nextInt(12), 650 + (i % 3) * 25, 1.2, new Color(30, 60, 140));
        }
    }

    // ---- parts ----------------------------------------------------------------------------

    private static void sky(Graphics2D g, Color top, int horizon) {
        g.setPaint(new GradientPaint(0, 0, top, 0, horizon, new Color(235, 245, 252)));
        g.fillRect(0, 0, WIDTH, horizon + 40);
    }

    private static void sun(Graphics2D g, int x, int y, int r) {
        g.setPaint(new RadialGradientPaint(x, y, r * 2.2f, new float[] {0f, .35f, 1f},
                new Color[] {new Color(255, 250, 210), new Color(255, 236, 150, 200), new Color(255, 236, 150, 0)}));
        g.fill(new Ellipse2D.Double(x - r * 2.2, y - r * 2.2, r * 4.4, r * 4.4));
    }

    private static void clouds(Graphics2D g, Random random, int count) {
        g.setColor(new Color(255, 255, 255, 215));
        for (int i = 0; i < count; i++) {
            int x = random.nextInt(WIDTH - 200);
            int y = 40 + random.nextInt(120);
            for (int p = 0; p < 5; p++) {
                g.fill(new Ellipse2D.Double(x + p * 32, y - (p % 2) * 18, 90, 50));
            }
        }
    }

    private static void ground(Graphics2D g, int top, Color near, Color far) {
        g.setPaint(new GradientPaint(0, top, far, 0, HEIGHT, near));
        g.fillRect(0, top, WIDTH, HEIGHT - top);
    }

    /** A Vietnamese school block: coloured walls, a red-tiled roof, windows in rows, a corridor line per floor. */
    private static void building(Graphics2D g, int x, int y, int w, int h, Color wall, int floors, int bays) {
        g.setPaint(new GradientPaint(x, y, wall, x, y + h, wall.darker()));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(180, 60, 40));
        g.fillPolygon(new Polygon(new int[] {x - 20, x + w / 2, x + w + 20}, new int[] {y, y - 60, y}, 3));
        int floorHeight = h / floors;
        for (int f = 0; f < floors; f++) {
            int fy = y + f * floorHeight;
            g.setColor(new Color(255, 255, 255, 170));
            g.fillRect(x, fy + floorHeight - 10, w, 8);
            for (int b = 0; b < bays; b++) {
                int bx = x + 20 + b * (w - 40) / bays;
                g.setColor(new Color(90, 120, 150));
                g.fillRect(bx + 8, fy + 18, (w - 40) / bays - 24, floorHeight - 44);
                g.setColor(new Color(240, 240, 235));
                g.fillRect(bx + 8, fy + 18, (w - 40) / bays - 24, 6);
            }
        }
    }

    private static void flagPole(Graphics2D g, int x, int bottom, int height) {
        g.setColor(new Color(200, 200, 205));
        g.fillRect(x - 3, bottom - height, 6, height);
        flag(g, x + 3, bottom - height + 4, 70);
    }

    /** The national flag: red with a yellow five-pointed star. */
    private static void flag(Graphics2D g, int x, int y, int width) {
        int height = width * 2 / 3;
        g.setColor(RED_FLAG);
        g.fillRect(x, y, width, height);
        g.setColor(STAR);
        double cx = x + width / 2.0;
        double cy = y + height / 2.0;
        double outer = height * 0.3;
        double inner = outer * 0.382;
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                star.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static void balloons(Graphics2D g, Random random, int count, int x, int y, int w, int h) {
        Color[] colours = {new Color(230, 57, 70), new Color(255, 200, 60), new Color(69, 123, 157), new Color(255, 255, 255)};
        for (int i = 0; i < count; i++) {
            int bx = x + random.nextInt(w);
            int by = y - random.nextInt(h);
            g.setColor(colours[i % colours.length]);
            g.fill(new Ellipse2D.Double(bx, by, 26, 32));
        }
    }

    private static void trees(Graphics2D g, Random random, int count, int top, int bottom) {
        for (int i = 0; i < count; i++) {
            int x = 20 + i * (WIDTH - 80) / Math.max(1, count - 1) + random.nextInt(30) - 15;
            int base = top + random.nextInt(Math.max(1, bottom - top));
            g.setColor(new Color(100, 70, 40));
            g.fillRect(x - 8, base - 70, 16, 80);
            Color leaves = new Color(40 + random.nextInt(30), 120 + random.nextInt(50), 50 + random.nextInt(20));
            g.setColor(leaves);
            g.fill(new Ellipse2D.Double(x - 60, base - 170, 120, 120));
            g.setColor(leaves.brighter());
            g.fill(new Ellipse2D.Double(x - 40, base - 160, 60, 50));
        }
    }

    /** A pupil facing us: white shirt, dark trousers or skirt, a red scarf. */
    private static void pupil(Graphics2D g, int x, int feet, double scale, Color legs) {
        int s = (int) Math.round(10 * scale);
        g.setColor(legs);
        g.fillRect(x - s, feet - 3 * s, 2 * s, 3 * s);
        g.setColor(new Color(248, 248, 248));
        g.fillRoundRect(x - (int) (1.4 * s), feet - 6 * s, (int) (2.8 * s), 3 * s + 2, s, s);
        g.setColor(new Color(215, 40, 40));
        g.fillPolygon(new Polygon(new int[] {x - s / 2, x + s / 2, x}, new int[] {feet - 6 * s, feet - 6 * s, feet - 5 * s}, 3));
        g.setColor(new Color(240, 200, 165));
        g.fill(new Ellipse2D.Double(x - s, feet - 8.2 * s, 2 * s, 2.2 * s));
        g.setColor(new Color(35, 30, 30));
        g.fill(new Ellipse2D.Double(x - s, feet - 8.4 * s, 2 * s, 1.1 * s));
    }

    private static void pupilFromBehind(Graphics2D g, int x, int y, double scale, Random random) {
        int s = (int) Math.round(12 * scale);
        g.setColor(new Color(248, 248, 248));
        g.fillRoundRect(x - 2 * s, y - s, 4 * s, 4 * s, 2 * s, 2 * s);
        g.setColor(random.nextBoolean() ? new Color(35, 30, 30) : new Color(60, 45, 35));
        g.fill(new Ellipse2D.Double(x - 1.3 * s, y - 3.3 * s, 2.6 * s, 2.8 * s));
    }

    /** Soft light from the top left and darker corners, as a camera sees a scene. */
    private static void light(Graphics2D g) {
        g.setPaint(new RadialGradientPaint(WIDTH * 0.45f, HEIGHT * 0.4f, WIDTH * 0.8f, new float[] {0f, .7f, 1f},
                new Color[] {new Color(255, 255, 255, 0), new Color(0, 0, 0, 0), new Color(0, 0, 0, 70)}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }
}
