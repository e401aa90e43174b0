package org.apertura.infographics;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apertura.platform.Hashing;
import org.springframework.stereotype.Component;

/**
 * PNG of a chart's standalone SVG, drawn by Apache Batik (no browser, no network), twice the SVG's width for sharp
 * screens, cached by the SVG's hash.
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
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, WIDTH);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("A chart's SVG could not be drawn as PNG", e);
        }
        return out.toByteArray();
    }
}
