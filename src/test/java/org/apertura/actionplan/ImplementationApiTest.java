package org.apertura.actionplan;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The implementation writes through the API, with personal tokens and the same rules as the pages. */
@IntegrationTest
class ImplementationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;

    private String token(String name, Role role, String scope, Sector sector) {
        Account account = TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(account.getId(), role, scope, sector));
        return "Bearer " + accounts.createToken(account.getId(), "api").secret();
    }

    @Test
    void evidenceAndAssessmentsThroughTheApi() throws Exception {
        Commitment commitment = PlanFixtures.demoCommitment(plans, "DGO-02");
        Milestone training = plans.milestones(commitment).get(1);
        String liaison = token("Enlace API", Role.LIAISON, "congreso-durango", null);
        String society = token("Sociedad API", Role.STL_MEMBER, "stl-durango", Sector.CIVIL_SOCIETY);
        String outsider = token("Ajeno API", Role.LIAISON, "idaip", null);

        mvc.perform(post("/api/v1/milestones/" + training.getId() + "/evidence").header("Authorization", outsider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"LINK\",\"title\":\"Lista\",\"url\":\"https://ejemplo.mx/lista\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/milestones/" + training.getId() + "/evidence").header("Authorization", liaison)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"LINK\",\"title\":\"Lista\",\"url\":\"ftp://x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        String created = mvc.perform(multipart("/api/v1/milestones/" + training.getId() + "/evidence")
                        .file(new MockMultipartFile("file", "constancias.pdf", "application/pdf",
                                "%PDF-1.7\n% constancias\n%%EOF".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Constancias de 40 personas").header("Authorization", liaison))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.sha256").isString())
                .andReturn().getResponse().getContentAsString();
        Long evidenceId = Long.valueOf(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/evidence/" + evidenceId + "/review").header("Authorization", liaison)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true,\"reason\":\"Mío\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/evidence/" + evidenceId + "/review").header("Authorization", society)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true,\"reason\":\"Constancias completas.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/commitments/" + commitment.getId() + "/assessments").header("Authorization", society)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"voice\":\"INDEPENDENT\",\"completion\":\"SUBSTANTIAL\",\"openedGovernment\":\"MARGINAL\","
                                + "\"reasoning\":\"Dos de tres hitos con evidencia.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("Sociedad API"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/commitments/" + commitment.getId()))
                .andExpect(jsonPath("$.progress.complete").value(2))
                .andExpect(jsonPath("$.assessments.independent.completion").value("SUBSTANTIAL"));
    }
}
