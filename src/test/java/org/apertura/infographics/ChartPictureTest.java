package org.apertura.infographics;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartSamples;
import org.apertura.platform.chart.ChartSvg;
import org.apertura.platform.chart.ShareCardFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Visual test: the PNGs of a few charts and of a share card are compared with reference pictures kept in
 * src/test/resources/infographics/reference, within a tolerance (fonts anti-alias a little differently from machine
 * to machine). After a deliberate change of the drawing, look at target/infographics/*.png and record new references
 * with {@code -Dinfographics.record=true}.
 */
class ChartPictureTest {

    static final Path REFERENCE = Path.of("src/test/resources/infographics/reference");
    static final Path OUT = Path.of("target/infographics");
    /** Mean difference per channel, 0–255, allowed between a picture and its reference. */
    static final double TOLERANCE = 3.0;

    static List<Chart> charts() {
        return ChartSamples.all(Locale.forLanguageTag("es-MX"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void aChartLooksLikeItsReference(Chart chart) throws IOException {
        compare(chart.id(), ChartPng.draw(ChartSvg.standalone(chart)));
    }

    @Test
    void aShareCardLooksLikeItsReference() throws IOException {
        ShareCardFacts facts = new ShareCardFacts("Compromiso · Plan de Acción Local Durango 2025-2026",
                "DGO-02 · Contrataciones abiertas con datos en formato OCDS para todas las dependencias estatales",
                "60 %", "de avance: 3 de 5 hitos cumplidos", "1 hito vencido. Siguiente: portal en línea, 31/05/2026.", 0.6);
        byte[] png = ShareCardImage.draw(facts, "apertura.example.org", Locale.forLanguageTag("es-MX"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        compare("share-card", png);
    }

    static void compare(String name, byte[] png) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), png);
        Path reference = REFERENCE.resolve(name + ".png");
        if (Boolean.getBoolean("infographics.record")) {
            Files.createDirectories(REFERENCE);
            Files.write(reference, png);
        }
        assertThat(reference).as("reference picture (record with -Dinfographics.record=true)").exists();
        BufferedImage expected = ImageIO.read(reference.toFile());
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        long sum = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                sum += Math.abs((a >> 16 & 255) - (e >> 16 & 255)) + Math.abs((a >> 8 & 255) - (e >> 8 & 255))
                        + Math.abs((a & 255) - (e & 255));
            }
        }
        double mean = sum / (3.0 * actual.getWidth() * actual.getHeight());
        assertThat(mean).as(name + ": mean difference from the reference").isLessThanOrEqualTo(TOLERANCE);
    }
}
