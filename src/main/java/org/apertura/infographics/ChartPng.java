package org.apertura.infographics;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apertura.platform.Hashing;
import org.springframework.stereotype.Component;

/**
 * PNG of a chart's standalone SVG, drawn by Apache Batik (no browser, no network), twice the SVG's width for sharp
 * screens, cached by the SVG's hash. Batik draws the picture; the JDK's PNG writer writes it: Batik's own writer tries
 * every row filter in Java and took twice as long as the drawing, for a file a quarter larger (measured on the ten
 * sample charts: 2.5 times slower, 976 against 751 kB).
 */
@Component
public class ChartPng {

    static final float WIDTH = 800f;
    private final ContentCache cache = new ContentCache(512);

    public byte[] png(String svg) {
        return cache.get(Hashing.sha256Hex(svg), () -> draw(svg));
    }

    long drawn() {
        return cache.drawn();
    }

    static byte[] draw(String svg) {
        Drawn drawn = new Drawn();
        drawn.addTranscodingHint(ImageTranscoder.KEY_WIDTH, WIDTH);
        try {
            drawn.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            ImageIO.write(drawn.image, "png", out);
            return out.toByteArray();
        } catch (TranscoderException | IOException e) {
            throw new IllegalStateException("A chart's SVG could not be drawn as PNG", e);
        }
    }

    /** Batik's drawing of the SVG, kept as an image with transparency (as its PNG transcoder draws it). */
    private static final class Drawn extends ImageTranscoder {

        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage drawn, TranscoderOutput output) {
            this.image = drawn;
        }
    }
}
