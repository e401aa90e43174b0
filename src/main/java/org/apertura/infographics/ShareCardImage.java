package org.apertura.infographics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apertura.platform.chart.ShareCardFacts;

/**
 * Draws a 1200×630 share card with Java2D: kicker, title (wrapped at words, at most three lines, an ellipsis after
 * the last whole word when longer), one big figure and its label, one sentence, a ring when the card has a share,
 * and the site's name with the licence. Dark text on white, the brand band on top (contrast above 7:1).
 */
final class ShareCardImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final Color BRAND = new Color(0x0b5f53);
    private static final Color TEXT = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x57606a);
    private static final Color RING = new Color(0x0072B2);
    private static final Color TRACK = new Color(0xd0d7de);
    private static final String FAMILY = "DejaVu Sans";
    private static final Font BRAND_FONT = new Font(FAMILY, Font.BOLD, 30);
    private static final Font KICKER = new Font(FAMILY, Font.PLAIN, 24);
    private static final Font TITLE = new Font(FAMILY, Font.BOLD, 50);
    private static final Font FIGURE = new Font(FAMILY, Font.BOLD, 76);
    private static final Font LABEL = new Font(FAMILY, Font.PLAIN, 30);
    private static final Font SENTENCE = new Font(FAMILY, Font.PLAIN, 28);
    private static final Font PERCENT = new Font(FAMILY, Font.BOLD, 52);
    private static final Font FOOTER = new Font(FAMILY, Font.PLAIN, 22);

    private ShareCardImage() {
    }

    static byte[] draw(ShareCardFacts facts, String site, Locale locale) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BRAND);
            g.fillRect(0, 0, WIDTH, 76);
            g.setColor(Color.WHITE);
            g.setFont(BRAND_FONT);
            g.drawString("Apertura", 60, 50);
            g.setFont(KICKER);
            String kicker = fit(facts.kicker(), g.getFontMetrics(), WIDTH - 320);
            g.drawString(kicker, WIDTH - 60 - g.getFontMetrics().stringWidth(kicker), 48);

            boolean ring = facts.share() != null;
            int textRight = ring ? 820 : WIDTH - 60;
            g.setColor(TEXT);
            g.setFont(TITLE);
            int y = 150;
            for (String line : lines(facts.title(), g.getFontMetrics(), textRight - 60, 3)) {
                g.drawString(line, 60, y);
                y += 62;
            }
            y += 30;
            g.setFont(FIGURE);
            g.setColor(BRAND);
            g.drawString(facts.figure(), 60, y + 50);
            int figureWidth = g.getFontMetrics().stringWidth(facts.figure());
            g.setColor(TEXT);
            g.setFont(LABEL);
            List<String> label = lines(facts.figureLabel(), g.getFontMetrics(), textRight - 100 - figureWidth, 2);
            for (int i = 0; i < label.size(); i++) {
                g.drawString(label.get(i), 60 + figureWidth + 24, y + 18 + i * 36);
            }
            y += 110;
            g.setFont(SENTENCE);
            for (String line : lines(facts.sentence(), g.getFontMetrics(), textRight - 60, 2)) {
                g.drawString(line, 60, y);
                y += 38;
            }
            if (ring) {
                double share = Math.max(0, Math.min(1, facts.share()));
                g.setStroke(new BasicStroke(44, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.setColor(TRACK);
                g.draw(new Ellipse2D.Double(880, 190, 240, 240));
                g.setColor(RING);
                g.draw(new Arc2D.Double(880, 190, 240, 240, 90, -360 * share, Arc2D.OPEN));
                g.setColor(TEXT);
                g.setFont(PERCENT);
                String percent = Math.round(share * 100) + " %";
                g.drawString(percent, 1000 - g.getFontMetrics().stringWidth(percent) / 2, 328);
            }
            g.setColor(MUTED);
            g.setFont(FOOTER);
            String footer = site + " · " + ("en".equals(locale.getLanguage()) ? "licence" : "licencia") + " CC-BY-4.0";
            g.drawString(fit(footer, g.getFontMetrics(), WIDTH - 120), 60, HEIGHT - 36);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // a light deflate: a card is mostly flat colour, and the default level costs several times the drawing
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("A share card could not be written as PNG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Lines of whole words; when the text needs more than {@code max} lines the last ends in an ellipsis. */
    static List<String> lines(String text, FontMetrics metrics, int width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text == null ? new String[0] : text.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (line.length() > 0 && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(words[i]);
                if (lines.size() == max) {
                    String last = lines.remove(max - 1);
                    lines.add(fit(last + " …", metrics, width));
                    return lines;
                }
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, or its first whole words and an ellipsis when it is wider than {@code width}. */
    static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.replace(" …", "").split(" ")) {
            String next = out.length() == 0 ? word : out + " " + word;
            if (metrics.stringWidth(next + " …") > width) {
                break;
            }
            out = new StringBuilder(next);
        }
        return out + " …";
    }
}
