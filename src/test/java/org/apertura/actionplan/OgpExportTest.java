package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's published plan in the OGP templates' shape (issue 18): a Word document that opens (every part is
 * well-formed XML, the package declares its parts, headings use heading styles, the milestones' table repeats its
 * header) with every commitment and milestone in it, in Spanish or English; and the same fields as JSON.
 */
@IntegrationTest
class OgpExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionPlanService service;
    @Autowired
    ObjectMapper json;

    private ActionPlan demoPlan() {
        return service.exercises().stream().flatMap(e -> service.plans(e).stream())
                .filter(p -> p.getStatus() == ActionPlan.Status.PUBLISHED).findFirst().orElseThrow();
    }

    @Test
    void aPlanDownloadsAsAWordDocumentInTheOgpTemplate() throws Exception {
        ActionPlan plan = demoPlan();
        MvcResult result = mvc.perform(get("/planes/" + plan.getId() + "/ogp.docx")).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("plan-ogp-" + plan.getId() + ".docx");
        Map<String, Document> parts = parts(result.getResponse().getContentAsByteArray());
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                "word/_rels/document.xml.rels", "docProps/core.xml");
        Document doc = parts.get("word/document.xml");
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains(plan.getTitle(), "Introducción", "Problema público que atiende", "Hitos",
                "Nivel de cumplimiento", "Institución responsable de la implementación");
        List<Commitment> commitments = service.commitments(plan);
        assertThat(commitments).isNotEmpty();
        for (Commitment c : commitments) {
            assertThat(text).contains(c.getTitle());
            for (Milestone m : service.milestones(c)) {
                assertThat(text).contains(m.getTitle());
            }
        }
        // the plan's title is a first-level heading, each commitment a third-level one, as Word's navigation lists them
        NodeList styles = doc.getElementsByTagNameNS(W, "pStyle");
        long commitmentHeadings = 0;
        for (int i = 0; i < styles.getLength(); i++) {
            if ("Heading3".equals(((org.w3c.dom.Element) styles.item(i)).getAttributeNS(W, "val"))) {
                commitmentHeadings++;
            }
        }
        assertThat(commitmentHeadings).isEqualTo(commitments.size());
        assertThat(doc.getElementsByTagNameNS(W, "tblHeader").getLength()).isEqualTo(commitments.size());
        assertThat(parts.get("docProps/core.xml").getDocumentElement().getTextContent()).contains(plan.getTitle(), "es-MX");

        MvcResult english = mvc.perform(get("/planes/" + plan.getId() + "/ogp.docx").param("lang", "en")).andReturn();
        String englishText = parts(english.getResponse().getContentAsByteArray()).get("word/document.xml")
                .getDocumentElement().getTextContent();
        assertThat(englishText).contains("Milestones", "Public problem addressed", "Completion level")
                .doesNotContain("Problema público que atiende");
        mvc.perform(get("/planes/999999/ogp.docx")).andExpect(status().isNotFound());
    }

    @Test
    void thePlanInTheOgpTemplateIsAlsoJsonWithEveryCommitmentAndMilestone() throws Exception {
        ActionPlan plan = demoPlan();
        JsonNode ogp = json.readTree(mvc.perform(get("/api/v1/plans/" + plan.getId() + "/ogp")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(ogp.path("title").asString()).isEqualTo(plan.getTitle());
        assertThat(ogp.path("licence").path("id").asString()).isEqualTo("CC-BY-4.0");
        List<Commitment> commitments = service.commitments(plan);
        assertThat(ogp.path("commitments").size()).isEqualTo(commitments.size());
        for (int i = 0; i < commitments.size(); i++) {
            JsonNode c = ogp.path("commitments").get(i);
            assertThat(c.path("name").asString()).isEqualTo(commitments.get(i).getTitle());
            assertThat(c.path("milestones").size()).isEqualTo(service.milestones(commitments.get(i)).size());
            assertThat(c.path("completionLevel").asString()).isIn("not started", "limited", "substantial", "completed");
            for (JsonNode v : c.path("ogpValues")) {
                assertThat(v.path("value").asString()).isIn("transparency", "civic participation",
                        "public accountability", "technology and innovation");
                assertThat(v.path("justification").asString()).isNotBlank();
            }
        }
        assertThat(ogp.path("commitments").get(0).path("milestones").get(0).path("endDate").asString())
                .matches("\\d{4}-\\d{2}-\\d{2}");
        mvc.perform(get("/api/v1/plans/999999/ogp")).andExpect(status().isNotFound());
    }

    @Test
    void textThatXmlCannotHoldIsDroppedAndMarkupIsEscaped() {
        assertThat(OgpExport.Docx.escape("a < b & \"c\" > d\u0001\u000Be")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; de");
        assertThat(OgpExport.Docx.escape("Año 😀")).isEqualTo("Año 😀");
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Map<String, Document> parts(byte[] docx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Map<String, Document> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        return parts;
    }
}
