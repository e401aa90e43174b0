package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The two voices: who may speak, what they record, and the divergence flag; the demo's divergent commitment. */
@IntegrationTest
class AssessmentFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActionPlanService plans;

    private RequestPostProcessor withRole(String name, Role role, String scope, Sector sector) {
        return PlanFixtures.withRole(accounts, details, name, role, scope, sector);
    }

    private Commitment demo(String code) {
        return PlanFixtures.demoCommitment(plans, code);
    }

    @Test
    void eachVoiceSpeaksForItselfAndADivergenceIsFlagged() throws Exception {
        Commitment commitment = demo("DGO-03");
        String url = "/compromisos/" + commitment.getId() + "/valoraciones";
        RequestPostProcessor liaison = withRole("Enlace judicial", Role.LIAISON, "poder-judicial-durango", null);
        RequestPostProcessor guarantor = withRole("Garante", Role.STL_MEMBER, "stl-durango", Sector.GUARANTOR);
        RequestPostProcessor government = withRole("Gobierno", Role.STL_MEMBER, "stl-durango", Sector.GOVERNMENT);

        mvc.perform(post(url).with(liaison).with(csrf()).param("voice", "INDEPENDENT").param("completion", "COMPLETE")
                        .param("openedGovernment", "MAJOR").param("reasoning", "Yo mismo."))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(government).with(csrf()).param("voice", "INDEPENDENT").param("completion", "LIMITED")
                        .param("openedGovernment", "MARGINAL").param("reasoning", "Desde gobierno."))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(liaison).with(csrf()).param("voice", "SELF").param("reasoning", " "))
                .andExpect(flash().attribute("problems", List.of("Este dato es obligatorio.", "Este dato es obligatorio.",
                        "Explique las razones de la valoración.")));
        mvc.perform(post(url).with(liaison).with(csrf()).param("voice", "SELF").param("completion", "SUBSTANTIAL")
                        .param("openedGovernment", "MAJOR").param("reasoning", "El cuadro está aprobado."))
                .andExpect(flash().attribute("notice", "assessment.notice.recorded"));
        mvc.perform(get("/api/v1/commitments/" + commitment.getId()))
                .andExpect(jsonPath("$.assessments.self.completion").value("SUBSTANTIAL"))
                .andExpect(jsonPath("$.assessments.independent").doesNotExist())
                .andExpect(jsonPath("$.assessments.divergent").value(false));
        mvc.perform(post(url).with(guarantor).with(csrf()).param("voice", "INDEPENDENT").param("completion", "NOT_STARTED")
                        .param("openedGovernment", "DID_NOT_CHANGE").param("reasoning", "No hay evidencia aceptada."))
                .andExpect(flash().attribute("notice", "assessment.notice.recorded"));
        mvc.perform(get("/api/v1/commitments/" + commitment.getId()))
                .andExpect(jsonPath("$.assessments.independent.authorCapacity").value("GUARANTOR"))
                .andExpect(jsonPath("$.assessments.divergent").value(true));
        String page = mvc.perform(get("/compromisos/" + commitment.getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Las dos valoraciones difieren en dos o más niveles",
                "Autoevaluación de la institución", "Valoración independiente del Secretariado", "No hay evidencia aceptada.");
    }

    @Test
    void divergenceIsTwoStepsOnEitherScale() {
        Instant now = Instant.now();
        Assessment self = new Assessment(1L, Assessment.Voice.SELF, Completion.SUBSTANTIAL, OpenedGovernment.MAJOR, "a",
                "x", "y", now);
        assertThat(Assessment.diverge(self, new Assessment(1L, Assessment.Voice.INDEPENDENT, Completion.LIMITED,
                OpenedGovernment.MARGINAL, "b", "x", "y", now))).isFalse();
        assertThat(Assessment.diverge(self, new Assessment(1L, Assessment.Voice.INDEPENDENT, Completion.NOT_STARTED,
                OpenedGovernment.MAJOR, "b", "x", "y", now))).isTrue();
        assertThat(Assessment.diverge(self, new Assessment(1L, Assessment.Voice.INDEPENDENT, Completion.SUBSTANTIAL,
                OpenedGovernment.DID_NOT_CHANGE, "b", "x", "y", now))).isTrue();
        assertThat(Assessment.diverge(self, null)).isFalse();
    }

    @Test
    void theDemoShowsEvidenceAndADivergentAssessment() throws Exception {
        mvc.perform(get("/api/v1/commitments/" + demo("DGO-04").getId()))
                .andExpect(jsonPath("$.assessments.divergent").value(true));
        mvc.perform(get("/api/v1/commitments/" + demo("DGO-05").getId()))
                .andExpect(jsonPath("$.progress.completion").value("SUBSTANTIAL"))
                .andExpect(jsonPath("$.milestones[0].evidence[0].kind").value("DATASET"))
                .andExpect(jsonPath("$.milestones[0].evidence[0].reviewer").value("Rodrigo Salas Ontiveros"));
        mvc.perform(get("/compromisos/" + demo("DGO-02").getId()))
                .andExpect(content().string(containsString("Enlace de Transparencia del Congreso (ficticio)")));
    }
}
