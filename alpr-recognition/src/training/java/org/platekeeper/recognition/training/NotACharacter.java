package org.platekeeper.recognition.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.opencv.core.Mat;

/**
 * Draws the shapes that stand in a plate's row of characters without being one, to teach the classifier to leave them
 * out: pictures between the character groups (a tree, a state's outline, a compass rose, a wheelchair), a flag or
 * sticker at the edge (a box with small print in it), bolts and blobs. None looks like a letter or a digit: every shape
 * is either solid, round, spiky or full of small print, where characters are strokes.
 */
public final class NotACharacter {

    private static final int SIZE = 96;

    private NotACharacter() {
    }

    /** One such shape, degraded as {@link CharacterTraining} degrades characters and cut out as ink. */
    public static Mat drawn(Random random) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(Color.BLACK);
        switch (random.nextInt(6)) {
            case 0 -> blob(g, random);
            case 1 -> tree(g, random);
            case 2 -> star(g, random);
            case 3 -> boxedPrint(g, random);
            case 4 -> bolt(g, random);
            default -> pictogram(g, random);
        }
        g.dispose();
        return CharacterTraining.degraded(image, random);
    }

    /** A solid irregular shape: a state's outline, a leaf, a splash of paint. */
    private static void blob(Graphics2D g, Random random) {
        int corners = 5 + random.nextInt(8);
        Polygon polygon = new Polygon();
        double width = 20 + random.nextInt(28);
        double height = 20 + random.nextInt(28);
        for (int i = 0; i < corners; i++) {
            double angle = 2 * Math.PI * i / corners + random.nextGaussian() * 0.2;
            double reach = 0.55 + random.nextDouble() * 0.45;
            polygon.addPoint((int) (48 + Math.cos(angle) * width * reach), (int) (48 + Math.sin(angle) * height * reach));
        }
        g.fillPolygon(polygon);
    }

    /** A conifer: stacked triangles, wider downwards, on a trunk. */
    private static void tree(Graphics2D g, Random random) {
        int tiers = 2 + random.nextInt(4);
        int top = 8 + random.nextInt(8);
        int bottom = 70 + random.nextInt(14);
        double step = (double) (bottom - top) / tiers;
        for (int tier = 0; tier < tiers; tier++) {
            int halfWidth = (int) (8 + (tier + 1) * (10 + random.nextInt(6)) * 3.0 / tiers);
            int apex = (int) (top + tier * step);
            g.fillPolygon(new int[] {48, 48 - halfWidth, 48 + halfWidth},
                    new int[] {apex, (int) (apex + step * 1.4), (int) (apex + step * 1.4)}, 3);
        }
        g.fillRect(45, bottom - 4, 6, 92 - bottom);
    }

    /** A compass rose or a star: spikes around a centre, sometimes in a ring. */
    private static void star(Graphics2D g, Random random) {
        int points = 4 + random.nextInt(5);
        double outer = 26 + random.nextInt(16);
        double inner = outer * (0.2 + random.nextDouble() * 0.25);
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < 2 * points; i++) {
            double angle = Math.PI * i / points - Math.PI / 2;
            double reach = i % 2 == 0 ? outer : inner;
            double x = 48 + Math.cos(angle) * reach;
            double y = 48 + Math.sin(angle) * reach;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        g.fill(path);
        if (random.nextBoolean()) {
            g.setStroke(new BasicStroke(2 + random.nextInt(3)));
            double ring = outer * 0.7;
            g.draw(new Ellipse2D.Double(48 - ring, 48 - ring, 2 * ring, 2 * ring));
        }
    }

    /** A flag, a badge or a sticker: a filled box with small print knocked out of it. */
    private static void boxedPrint(Graphics2D g, Random random) {
        int width = 40 + random.nextInt(40);
        int height = 50 + random.nextInt(36);
        int x = 48 - width / 2;
        int y = 48 - height / 2;
        g.fillRect(x, y, width, height);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 9 + random.nextInt(6)));
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int line = 0; line < 2 + random.nextInt(3); line++) {
            StringBuilder print = new StringBuilder();
            for (int i = 0; i < 3 + random.nextInt(4); i++) {
                print.append(letters.charAt(random.nextInt(letters.length())));
            }
            g.drawString(print.toString(), x + 3, y + 14 + line * (height - 14) / 3);
        }
        for (int i = 0; i < random.nextInt(8); i++) {
            g.fillOval(x + random.nextInt(width - 6), y + random.nextInt(height - 6), 5, 5); // stars of a flag
        }
        g.setColor(Color.BLACK);
    }

    /** A bolt or its hole: round, filled or a thick ring, with a slot or a cross in it sometimes. */
    private static void bolt(Graphics2D g, Random random) {
        int radius = 18 + random.nextInt(20);
        g.fillOval(48 - radius, 48 - radius, 2 * radius, 2 * radius);
        g.setColor(Color.WHITE);
        int hole = radius * (3 + random.nextInt(4)) / 10;
        switch (random.nextInt(3)) {
            case 0 -> g.fillOval(48 - hole, 48 - hole, 2 * hole, 2 * hole);
            case 1 -> g.fillRect(48 - radius * 3 / 4, 46, radius * 3 / 2, 4);
            default -> {
                g.fillRect(48 - radius * 3 / 4, 46, radius * 3 / 2, 4);
                g.fillRect(46, 48 - radius * 3 / 4, 4, radius * 3 / 2);
            }
        }
        g.setColor(Color.BLACK);
    }

    /** A pictogram: a head and strokes around a wheel or a body, as on disabled-parking plates. */
    private static void pictogram(Graphics2D g, Random random) {
        g.setStroke(new BasicStroke(5 + random.nextInt(4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int wheel = 16 + random.nextInt(10);
        g.drawArc(48 - wheel, 56 - wheel, 2 * wheel, 2 * wheel, 90 + random.nextInt(60), 220 + random.nextInt(60));
        g.fillOval(40 + random.nextInt(12), 8 + random.nextInt(6), 11, 11);
        int x = 44 + random.nextInt(8);
        g.drawLine(x, 24, x + random.nextInt(6) - 3, 54);
        g.drawLine(x, 54, x + 16 + random.nextInt(10), 54);
        g.drawLine(x + 16, 54, x + 22 + random.nextInt(8), 76);
        if (random.nextBoolean()) {
            g.drawLine(x, 36, x + 18 + random.nextInt(8), 38);
        }
    }
}
