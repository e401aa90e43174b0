package org.apertura.infographics;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/**
 * The tríptico as a printer gets it: two letter pages in landscape, three panels with text on each side, the text
 * extractable, every font embedded, nothing in colour (it prints in grey), and the same content rendered once.
 */
class TripticoPdfTest {

    static Triptico sample(int items) {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            many.add("Punto número " + i + " de la versión ciudadana, escrito con palabras de todos los días.");
        }
        return new Triptico("Reglas de operación", "Programa de becas de transporte escolar", "Versión ciudadana",
                "Poder Ejecutivo del Estado de Durango", "https://apertura.example.mx/normas/becas",
                List.of(new Triptico.Block("Para qué sirve", List.of("Ayuda con el pasaje a estudiantes."),
                                Triptico.Style.PARAGRAPHS),
                        new Triptico.Block("Requisitos", many.subList(0, Math.min(items, 8)), Triptico.Style.BULLETS),
                        new Triptico.Block("Paso a paso", many, Triptico.Style.NUMBERED)),
                List.of("Contacto", "Teléfono 618 000 0000"), "Generado por Apertura el 04/12/2026.");
    }

    /** Checks the leaflet and returns the text of its six panels, page by page. */
    static List<String> panels(byte[] pdf) throws Exception {
        List<String> panels = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
                assertThat(box.getHeight()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
                PDFTextStripperByArea areas = new PDFTextStripperByArea();
                for (int i = 0; i < 3; i++) {
                    areas.addRegion("p" + i, new Rectangle2D.Float(i * 264f + 2, 0, 260f, 612f));
                }
                areas.extractRegions(page);
                for (int i = 0; i < 3; i++) {
                    panels.add(areas.getTextForRegion("p" + i));
                }
            }
        }
        return panels;
    }

    @Test
    void twoLetterLandscapePagesWithThreePanelsOfTextEachSideAndEmbeddedFonts() throws Exception {
        TripticoPdf printer = new TripticoPdf();
        byte[] pdf = printer.render(sample(100), "Hay más en la página");
        java.nio.file.Files.write(java.nio.file.Path.of("target/triptico-sample.pdf"), pdf);
        List<String> panels = panels(pdf);
        assertThat(panels).hasSize(6).allSatisfy(p -> assertThat(p.strip()).isNotEmpty());
        // Outside: inside flap, back (QR and link), cover; inside: three panels.
        assertThat(panels.get(1)).contains("https://apertura.example.mx/normas/becas");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Programa de becas de transporte escolar");
        }
        assertThat(panels.get(2)).contains("Programa de becas").contains("Poder Ejecutivo");
        assertThat(panels.get(0)).contains("Para qué sirve");
        assertThat(panels.get(3)).contains("Punto número");
        assertThat(panels.get(5)).contains("Hay más en la página");
        assertThat(printer.render(sample(100), "Hay más en la página")).isSameAs(pdf);
        assertThat(printer.renders()).isEqualTo(1);
    }

    @Test
    void itUsesNoColourSoItPrintsInGrey() {
        String document = TripticoPdf.CSS + TripticoPdf.xhtml(sample(5), "más");
        java.util.regex.Matcher colours = java.util.regex.Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b")
                .matcher(document);
        while (colours.find()) {
            String hex = colours.group(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            assertThat(hex.substring(0, 2)).as("#" + hex + " is a grey").isEqualTo(hex.substring(2, 4))
                    .isEqualTo(hex.substring(4, 6));
        }
    }
}
