package org.apertura.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Every chart is well-formed SVG with its text alternative, states the table's numbers, and never relies on colour. */
class ChartSvgTest {

    static List<Chart> charts() {
        return java.util.stream.Stream.concat(ChartSamples.all(Locale.forLanguageTag("es-MX")).stream(),
                ChartSamples.all(Locale.ENGLISH).stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("charts")
    void everyChartIsWellFormedSvgWithTitleDescAndRole(Chart chart) throws Exception {
        for (String svg : List.of(ChartSvg.render(chart), ChartSvg.standalone(chart))) {
            Document doc = parse(svg);
            Element root = doc.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("viewBox")).startsWith("0 0 400 ");
            assertThat(root.getAttribute("aria-labelledby")).isEqualTo(chart.id() + "-t " + chart.id() + "-d");
            assertThat(text(doc, "title")).isEqualTo(chart.title());
            assertThat(text(doc, "desc")).startsWith(chart.empty() ? chart.words().noData() : chart.takeaway());
            assertThat(svg).doesNotContain("style=");
        }
    }

    @ParameterizedTest
    @MethodSource("charts")
    void theTextAlternativeAndTheTableStateTheNumbersThePictureShows(Chart chart) throws Exception {
        if (chart.empty()) {
            return;
        }
        Document doc = parse(ChartSvg.render(chart));
        String desc = text(doc, "desc");
        String drawn = visibleText(doc);
        ChartTable table = ChartTable.of(chart);
        assertThat(table.rows()).hasSize(chart.rows().size());
        for (int i = 0; i < chart.rows().size(); i++) {
            Chart.Row row = chart.rows().get(i);
            assertThat(desc).contains(row.label());
            assertThat(table.rows().get(i).get(0)).isEqualTo(row.label());
            switch (chart.kind()) {
                case TIMELINE -> {
                    assertThat(desc).contains(chart.date(row.end()), row.status());
                    assertThat(table.rows().get(i)).contains(chart.date(row.end()), row.status());
                    assertThat(drawn).contains(chart.date(row.end()), row.status());
                }
                case RING -> {
                    assertThat(desc).contains(chart.number(row.value()));
                    assertThat(drawn).contains(chart.number(row.value()));
                }
                case STACKED -> {
                    for (int s = 0; s < chart.series().size(); s++) {
                        double v = ChartSvg.value(row, s);
                        assertThat(desc).contains(chart.series().get(s) + " " + chart.formatted(v));
                        assertThat(table.rows().get(i).get(s + 1)).isEqualTo(chart.formatted(v));
                        if (v != 0) {
                            assertThat(drawn).contains(chart.series().get(s) + " " + chart.formatted(v));
                        }
                    }
                }
                case GROUPED -> {
                    for (int s = 0; s < chart.series().size(); s++) {
                        double v = ChartSvg.value(row, s);
                        assertThat(desc).contains(chart.series().get(s) + " " + chart.formatted(v));
                        assertThat(table.rows().get(i).get(s + 1)).isEqualTo(chart.formatted(v));
                        assertThat(drawn).contains(chart.formatted(v));
                    }
                }
                case LINE -> {
                    if (chart.series().size() < 2) {
                        assertThat(desc).contains(row.label() + ": " + chart.formatted(row.value()));
                        assertThat(table.rows().get(i).get(1)).isEqualTo(chart.formatted(row.value()));
                        assertThat(drawn).contains(chart.formatted(row.value()));
                        break;
                    }
                    boolean last = i == chart.rows().size() - 1;
                    for (int s = 0; s < chart.series().size(); s++) {
                        double v = ChartSvg.value(row, s);
                        assertThat(desc).contains(chart.series().get(s) + " " + chart.formatted(v));
                        assertThat(table.rows().get(i).get(s + 1)).isEqualTo(chart.formatted(v));
                        if (last) {
                            // the key names each line with its latest value
                            assertThat(drawn).contains(chart.series().get(s) + ": " + chart.formatted(v));
                        }
                    }
                }
                case MAP -> {
                    assertThat(desc).contains(row.label() + ": " + chart.formatted(row.value()));
                    assertThat(drawn).contains(chart.number(row.value()));
                }
                default -> {
                    assertThat(desc).contains(row.label() + ": " + chart.formatted(row.value()));
                    assertThat(table.rows().get(i).get(1)).isEqualTo(chart.formatted(row.value()));
                    assertThat(drawn).contains(chart.formatted(row.value()));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("charts")
    void colourIsNeverTheOnlyCue(Chart chart) throws Exception {
        String svg = ChartSvg.render(chart);
        switch (chart.kind()) {
            case STACKED, TREEMAP -> {
                // each series or part has its own pattern, and a legend or key names it in words
                long patterns = chart.kind() == ChartKind.STACKED ? chart.series().size() : chart.rows().stream()
                        .filter(r -> r.value() > 0).count();
                for (int i = 0; i < patterns; i++) {
                    assertThat(svg).contains("fill=\"url(#" + chart.id() + "-p" + i + ")\"");
                }
                assertThat(parse(svg).getElementsByTagName("pattern").getLength()).isGreaterThanOrEqualTo((int) patterns);
            }
            case TIMELINE -> chart.rows().forEach(r -> assertThat(svg).contains("url(#" + chart.id() + "-s" + r.state() + ")"));
            case GROUPED -> {
                for (int i = 0; i < chart.series().size(); i++) {
                    assertThat(svg).contains("fill=\"url(#" + chart.id() + "-p" + i + ")\"");
                }
            }
            case LINE -> {
                if (chart.series().size() > 1) {
                    // each line has its own dashes (the first is solid) and its own point shape, named in the key
                    java.util.Set<String> dashes = new java.util.HashSet<>();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<polyline [^>]*?(stroke-dasharray=\"([^\"]*)\")?/>")
                            .matcher(svg);
                    while (m.find()) {
                        dashes.add(m.group(2) == null ? "" : m.group(2));
                    }
                    assertThat(dashes).hasSize(chart.series().size());
                    assertThat(svg).contains("<circle ", "<rect x=", "<polygon ");
                }
            }
            default -> {
            }
        }
        // every value is written in words in the picture itself (direct labels), tested above
        assertThat(visibleText(parse(svg))).isNotBlank();
    }

    /**
     * AA contrast inside the picture (WCAG 1.4.3 and 1.4.11, which axe-core does not check in inline SVG): text at
     * least 4.5:1 on white; every filled shape outlined in the text colour, so its edge reaches 3:1 whatever its fill
     * (the light colours of the palette included); lines at least 3:1 on white.
     */
    @ParameterizedTest
    @MethodSource("charts")
    void everyMarkReachesAaContrast(Chart chart) throws Exception {
        Document doc = parse(ChartSvg.render(chart));
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            String fill = ((Element) texts.item(i)).getAttribute("fill");
            assertThat(contrast(fill, "#ffffff")).as("text " + fill).isGreaterThanOrEqualTo(4.5);
        }
        org.w3c.dom.NodeList rects = doc.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            String fill = rect.getAttribute("fill");
            boolean inPattern = rect.getParentNode() instanceof Element parent && "pattern".equals(parent.getTagName());
            if (inPattern || fill.equalsIgnoreCase("#ffffff") || fill.equals("#f6f8fa") || fill.equals("none")) {
                continue;
            }
            if (!fill.startsWith("url(") && contrast(fill, "#ffffff") >= 3) {
                continue;
            }
            assertThat(rect.getAttribute("stroke")).as("a " + fill + " shape is outlined").isEqualTo(ChartSvg.TEXT);
        }
        org.w3c.dom.NodeList lines = doc.getElementsByTagName("polyline");
        for (int i = 0; i < lines.getLength(); i++) {
            String stroke = ((Element) lines.item(i)).getAttribute("stroke");
            assertThat(contrast(stroke, "#ffffff")).as("line " + stroke).isGreaterThanOrEqualTo(3);
        }
        assertThat(ChartSvg.LINE_COLOURS).allSatisfy(c -> assertThat(contrast(c, "#ffffff")).isGreaterThanOrEqualTo(3));
    }

    /** WCAG 2.1 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void anEmptyChartSaysThereIsNoDataYet() throws Exception {
        Chart empty = ChartSamples.all(Locale.forLanguageTag("es-MX")).stream().filter(Chart::empty).findFirst().orElseThrow();
        Document doc = parse(ChartSvg.render(empty));
        assertThat(visibleText(doc)).contains("Aún no hay datos para esta gráfica.");
        assertThat(empty.takeaway()).isEqualTo("Aún no hay datos para esta gráfica.");
        assertThat(ChartTable.of(empty).rows()).isEmpty();
    }

    @Test
    void longTitlesWrapAtWordsNeverMidWord() {
        String title = "Solicitudes de acceso a la información pública por institución obligada y resultado "
                + "Electroencefalografistas";
        List<String> lines = ChartSvg.wrap(title, ChartSvg.WIDTH, 17);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(title);
        lines.forEach(line -> assertThat(title.split(" ")).contains(line.split(" ")));
        assertThat(ChartSvg.wrap("Supercalifragilisticoespialidosamentelarguísimapalabra", 40, 17))
                .containsExactly("Supercalifragilisticoespialidosamentelarguísimapalabra");
    }

    @Test
    void theTakeawayIsWrittenFromTheDataInSpanishAndEnglish() {
        Chart es = ChartSamples.all(Locale.forLanguageTag("es-MX")).get(3);
        Chart en = ChartSamples.all(Locale.ENGLISH).get(3);
        assertThat(es.takeaway()).isEqualTo("1 de 3 cumplidos; vencidos: 1.");
        assertThat(en.takeaway()).isEqualTo("1 of 3 done; overdue: 1.");
        assertThat(ChartSamples.all(Locale.forLanguageTag("es-MX")).get(2).takeaway()).isEqualTo("3 de 5 (60 %).");
    }

    @Test
    void severalLinesAndGroupedBarsSayTheirTotalsAndTheirLatestValue() {
        List<Chart> all = ChartSamples.all(Locale.forLanguageTag("es-MX"));
        Chart lines = all.stream().filter(c -> c.id().equals("lines")).findFirst().orElseThrow();
        Chart grouped = all.stream().filter(c -> c.id().equals("grouped")).findFirst().orElseThrow();
        assertThat(lines.takeaway()).isEqualTo("Pagado: de $150,000 en T1 a $980,000 en T4.");
        assertThat(grouped.takeaway()).isEqualTo("En total: Estado 2025 $7,400,000; Municipio 2025 $1,200,000.");
        assertThat(ChartTable.csv(lines)).startsWith("\uFEFFTrimestre,Modificado,Comprometido,Pagado\r\n")
                .contains("T4,1100000,1050000,980000\r\n");
    }

    @Test
    void theCsvHasTheTableWithPlainNumbers() {
        Chart stacked = ChartSamples.all(Locale.forLanguageTag("es-MX")).get(1);
        String csv = ChartTable.csv(stacked);
        assertThat(csv).startsWith("\uFEFFCanal,Aceptada,Aceptada en parte,Rechazada,Pendiente,Total\r\n");
        assertThat(csv).contains("En línea,12,4,3,2,21\r\n");
    }

    @Test
    void aMapOfSmallCountsHasALegendOfTheCountsItShows() throws Exception {
        Chart map = ChartSamples.charts().chart("two", ChartKind.MAP, "Ejercicios por estado",
                Locale.forLanguageTag("es-MX")).category("Estado").state("10", 2).state("05", 1).build();
        List<String> drawn = List.of(visibleText(parse(ChartSvg.render(map))).split("\n"));
        assertThat(drawn).contains("0", "1", "2").noneMatch(t -> t.matches("\\d+–\\d+"));
        assertThat(ChartMap.legend(2, 5, true)).extracting(ChartMap.Shade::low, ChartMap.Shade::high)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 0.0), org.assertj.core.groups.Tuple.tuple(1.0, 1.0),
                        org.assertj.core.groups.Tuple.tuple(2.0, 2.0));
        // every whole number from 0 to the largest value is in exactly one shade, and that shade is the one it is drawn in
        for (int max : new int[] {1, 2, 3, 7, 10, 68, 1_000}) {
            List<ChartMap.Shade> legend = ChartMap.legend(max, 5, true);
            for (int v = 0; v <= max; v++) {
                int value = v;
                assertThat(legend).filteredOn(s -> s.low() <= value && value <= s.high()).singleElement()
                        .extracting(ChartMap.Shade::index).isEqualTo(ChartMap.shade(value, max, 5));
            }
        }
        assertThat(ChartMap.legend(68, 5, true)).extracting(ChartMap.Shade::high).containsExactly(13.0, 27.0, 40.0, 54.0, 68.0);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent();
    }

    static String visibleText(Document doc) {
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent()).append('\n');
        }
        // lines of a wrapped label are separate <text>s: join them with spaces too
        return out + " " + out.toString().replace('\n', ' ');
    }
}
