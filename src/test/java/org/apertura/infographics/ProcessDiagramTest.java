package org.apertura.infographics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The process diagram: well-formed SVG with its title and description, one box per step, readable on a phone (340
 * units wide, a vertical flow), and a text version that lists the same steps in the same order with the same words.
 */
class ProcessDiagramTest {

    @Test
    void theSvgParsesAsXmlAndItsTextVersionListsTheSameSteps() throws Exception {
        ProcessDiagram diagram = NormTesting.diagram(NormTesting.simple(), NormTesting.SPANISH);
        String svg = diagram.svg(NormTesting.messages(), NormTesting.SPANISH);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 340 ");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Diagrama del procedimiento: Manual de apoyos");
        assertThat(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .startsWith("2 pasos, 1 de ellos decisiones");
        NodeList boxes = doc.getElementsByTagNameNS("*", "rect");
        assertThat(boxes.getLength()).isEqualTo(2);
        String drawn = text(doc);
        List<String> listed = new ArrayList<>();
        for (ProcessDiagram.Item item : diagram.items()) {
            listed.add("Paso " + item.number() + ". " + item.who());
            listed.add(item.deadline() + " · " + item.article());
            listed.addAll(item.outcomes().stream().map(o -> "→ " + o).toList());
        }
        assertThat(listed).containsExactly("Paso 1. Tú", "Plazo: 10 días naturales · art. 5", "Paso 2. La oficina",
                "Plazo: 5 días hábiles · art. 5", "→ Falta un papel: paso 1", "→ Está completo: fin");
        assertThat(listed).allSatisfy(line -> assertThat(drawn).contains(line));
    }

    @Test
    void aControlCharacterPastedFromAPdfNeverBreaksTheSvg() throws Exception {
        assertThat(ProcessDiagram.escape("Paso\funo <y> «dos» & tres")).isEqualTo("Pasouno &lt;y&gt; «dos» &amp; tres");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + ProcessDiagram.escape("Entrega\u000Bel acuse")
                + "</text></svg>";
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void longTextWrapsAtSpacesAndNeverCutsAWord() {
        String text = "Presentas tu solicitud en la Plataforma Nacional de Transparencia sin dar tu nombre";
        List<String> lines = ProcessDiagram.wrap(text, 20);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(ProcessDiagram.wrap("Anticonstitucionalmente dicho", 10)).containsExactly("Anticonstitucionalmente",
                "dicho");
    }

    private static String text(Document doc) {
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }
}
