package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's requests as a visitor finds them: every state and outcome, public versions, all pages served. */
@IntegrationTest
class AccessInfoDemoTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccessRequestService service;
    @Autowired
    AccessRequestRepository requests;

    @Test
    void theDemoHasRequestsInEveryStateAndOutcomeAndPublicVersionsWithoutTheRedactedWords() throws Exception {
        List<AccessRequest> demo = requests.findAll().stream()
                .filter(r -> AccessInfoDemo.DEMO.stream().anyMatch(d -> d.description().equals(r.getDescription())))
                .toList();
        assertThat(demo).hasSize(AccessInfoDemo.DEMO.size()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(demo.stream().map(AccessRequest::getStage).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Stage.class));
        assertThat(demo.stream().map(AccessRequest::getOutcome).filter(o -> o != null).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Outcome.class));
        assertThat(demo).filteredOn(r -> r.isOverdue(service.today())).isNotEmpty();
        assertThat(demo).filteredOn(r -> Boolean.FALSE.equals(r.getAnsweredOnTime())).isNotEmpty();
        assertThat(demo.stream().map(AccessRequest::getInstitutionSlug).collect(Collectors.toSet())).hasSize(7);
        assertThat(demo.stream().map(AccessRequest::getChannel).collect(Collectors.toSet()))
                .contains(Channel.ONLINE, Channel.IN_PERSON);

        List<AccessRequest> partial = demo.stream().filter(r -> r.getOutcome() == Outcome.PARTIALLY_DELIVERED).toList();
        assertThat(partial).hasSizeGreaterThanOrEqualTo(3);
        for (AccessRequest r : partial) {
            RequestFile version = service.publicFiles(r).stream()
                    .filter(f -> f.getKind() == RequestFile.Kind.PUBLIC_VERSION).findFirst().orElseThrow();
            assertThat(version.getRedactions()).isEqualTo(2);
            byte[] pdf = mvc.perform(get("/solicitudes/" + r.getFolio() + "/archivos/" + version.getId()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Rosalba").doesNotContain("Pino Suárez")
                        .contains("Datos estadísticos sin datos personales");
            }
        }
        for (AccessRequest r : demo) {
            mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk());
        }
        Set<String> steps = demo.stream().flatMap(r -> service.steps(r).stream()).map(e -> e.getType().getKey())
                .collect(Collectors.toSet());
        assertThat(steps).contains("filed", "turned", "clarification.requested", "not-filed", "extended", "answered",
                "committee.reserved", "committee.confidential", "committee.inexistence", "committee.extension");
    }
}
