package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.archives.ArchivesDemoActs;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's DGO-03 ("Archivo judicial ordenado y consultable") has, on its classification-chart milestone, evidence
 * that points at the judiciary's archival instruments as the archives pages publish them: the page with the act of
 * the Grupo Interdisciplinario that approved them, and the catálogo as CSV.
 */
@IntegrationTest
class ArchivalEvidenceDemoTest {

    @Autowired
    ActionPlanService plans;
    @Autowired
    EvidenceService evidence;
    @Autowired
    MockMvc mvc;
    @Autowired
    Today today;

    @Test
    void dgo03PointsAtTheJudiciarysPublishedInstruments() throws Exception {
        Commitment commitment = PlanFixtures.demoCommitment(plans, "DGO-03");
        Milestone chart = plans.milestones(commitment).get(0);
        List<String> paths = evidence.byMilestone(commitment).getOrDefault(chart.getId(), List.of()).stream()
                .map(Evidence::getUrl).filter(u -> u != null && u.contains("/archivos/"))
                .map(u -> URI.create(u).getPath()).toList();
        assertThat(paths).contains("/archivos/poder-judicial-durango", "/archivos/poder-judicial-durango/catalogo.csv");
        mvc.perform(get("/archivos/poder-judicial-durango")).andExpect(status().isOk())
                .andExpect(content().string(containsString(ArchivesDemoActs.judiciarySession(today))))
                .andExpect(content().string(containsString("Sentencias")));
        mvc.perform(get("/archivos/poder-judicial-durango/catalogo.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("PJED.1C.3")));
        mvc.perform(get("/compromisos/" + commitment.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/archivos/poder-judicial-durango")));
    }
}
