package org.apertura.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Milestone;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public outputs of challenges: the demo challenge as anyone sees it, the forms people use, and the
 * privacy rule: a marker planted in the e-mail of every team member and jury member never appears in any
 * page, download, API answer or ledger entry, while their public display names do.
 */
@IntegrationTest
class ChallengePrivacyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ChallengeService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoChallengeIsPublicWithResultsAndFollowUp() throws Exception {
        String page = body("/retos/" + ChallengeDemo.SLUG);
        assertThat(page).contains("Reto de datos abiertos de compras", "Resultados publicados", "Compras Claras",
                "Semáforo de contratos", "AGPL-3.0-or-later", "Mención honorífica", "Elena Quiñones (jurado)",
                "Tablero público de contratos", "Utilidad pública");
        assertThat(body("/retos")).contains("Reto de datos abiertos de compras");
        assertThat(body("/retos.csv")).contains("reto,titulo,tipo", ChallengeDemo.SLUG + ",Reto de datos abiertos de compras,Hackatón,DGO-01");
        assertThat(body("/retos/" + ChallengeDemo.SLUG + "/entregas.csv?idioma=en"))
                .contains("challenge,team,members,submission_title", "Compras Claras,\"Valeria Campos; Diego Herrera\",Semáforo de contratos");
        mvc.perform(get("/api/v1/challenges/" + ChallengeDemo.SLUG)).andExpect(status().isOk())
                .andExpect(jsonPath("$.challenge.phase").value("RESULTS"))
                .andExpect(jsonPath("$.submissions[0].rank").value(1))
                .andExpect(jsonPath("$.submissions[0].team").value("Compras Claras"))
                .andExpect(jsonPath("$.submissions[0].evaluations.length()").value(3))
                .andExpect(jsonPath("$.followUps[0].milestone").value("Tablero público de contratos"));
        mvc.perform(get("/api/v1/challenges/no-existe")).andExpect(status().isNotFound());
        // the dictionary's example of a challenge's submissions is a challenge that exists, and its file answers
        String dictionary = body("/datos/diccionario");
        assertThat(dictionary).contains("Entregas de un reto");
        java.util.regex.Matcher example = java.util.regex.Pattern.compile("/retos/([a-z0-9-]+)/entregas\\.csv")
                .matcher(dictionary);
        assertThat(example.find()).as("the dictionary links an example of the submissions file").isTrue();
        assertThat(body(example.group())).startsWith("\uFEFF");
        Milestone board = service.milestones(service.challenge(ChallengeDemo.SLUG)).stream()
                .filter(m -> m.getTitle().equals("Tablero público de contratos")).findFirst().orElseThrow();
        assertThat(body("/hitos/" + board.getId())).contains("Retos", "Semáforo de contratos", "Compras Claras");
        assertThat(body("/ejercicios/durango-2025-2026")).contains("Retos", "Reto de datos abiertos de compras");
    }

    @Test
    void noPersonalDataInAnyPublicOutput() throws Exception {
        String marker = "zqmark" + UUID.randomUUID().toString().substring(0, 8);
        ChallengeFixtures.Setting setting = ChallengeFixtures.setting(secretariat, plans, accounts);
        Account ana = accounts.signUp(marker + "-ana@ejemplo.mx", TestAccounts.PASSWORD, "Ana Pública");
        Account beto = accounts.signUp(marker + "-beto@ejemplo.mx", TestAccounts.PASSWORD, "Beto Público");
        Account juror = accounts.signUp(marker + "-jurado@ejemplo.mx", TestAccounts.PASSWORD, "Jurado Público");
        String[] slug = new String[1];
        actingAs.run(setting.coordinator().getId(), () -> {
            slug[0] = service.createPublished(setting.commitment().getId(),
                    ChallengeFixtures.openToday("Reto privado", service.today())).getSlug();
            service.addCriterion(slug[0], "Utilidad", null, 1);
            service.addJuror(slug[0], juror.getEmail());
        });
        String s = slug[0];
        String base = "/retos/" + s;

        mvc.perform(post(base + "/equipos").with(details.signedIn(ana)).with(csrf()).param("name", "Equipo Público"))
                .andExpect(redirectedUrl(base + "/mi-equipo"));
        Team team = service.detail(s).teams().stream().map(t -> service.team(t.id())).findFirst().orElseThrow();
        assertThat(body(base)).doesNotContain(team.getJoinCode());
        mvc.perform(post(base + "/equipos/unirse").with(details.signedIn(beto)).with(csrf()).param("code", "nada"))
                .andExpect(flash().attribute("problems", List.of("Ese código no corresponde a ningún equipo de este reto.")));
        mvc.perform(post(base + "/equipos/unirse").with(details.signedIn(beto)).with(csrf())
                .param("code", team.getJoinCode())).andExpect(redirectedUrl(base + "/mi-equipo"));
        String refused = mvc.perform(post(base + "/entrega").with(details.signedIn(beto)).with(csrf())
                        .param("title", "Herramienta").param("description", "Una herramienta.")
                        .param("link", "https://codigo.example.org/herramienta").param("licence", "CC-BY-NC-4.0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("CC-BY-NC-4.0 no es una licencia libre: prohíbe el uso comercial.");
        assertThat(service.detail(s).submissions()).isEmpty();
        mvc.perform(post(base + "/entrega").with(details.signedIn(beto)).with(csrf()).param("title", "Herramienta")
                        .param("description", "Una herramienta.").param("link", "https://codigo.example.org/herramienta")
                        .param("licence", "CC-BY-SA-4.0"))
                .andExpect(redirectedUrl(base + "/mi-equipo"));
        actingAs.run(setting.coordinator().getId(), () -> service.change(s,
                ChallengeFixtures.closedYesterday(service.challenge(s), service.today())));
        Submission submission = service.submissions(service.challenge(s)).get(0);
        Criterion criterion = service.rubric(service.challenge(s)).get(0);
        mvc.perform(post(base + "/entregas/" + submission.getId() + "/calificacion").with(details.signedIn(juror))
                        .with(csrf()).param("criterio-" + criterion.getId(), "8").param("comment", "Bien."))
                .andExpect(flash().attribute("notice", "challenge.notice.scored"));
        actingAs.run(setting.coordinator().getId(), () -> {
            service.publishResults(s, Map.of(submission.getId(), "Primer lugar"));
            service.linkFollowUp(s, submission.getId(), plans.milestones(setting.commitment()).get(0).getId(),
                    "Se adoptó.");
        });

        Challenge challenge = service.challenge(s);
        List<String> outputs = List.of(base, "/retos", "/retos.csv", base + "/entregas.csv",
                base + "/entregas.csv?idioma=en", "/api/v1/challenges", "/api/v1/challenges/" + s,
                "/api/v1/ledger?limit=1000&subjectKind=challenge&subjectId=" + challenge.getId(),
                "/historial?tipo=challenge&id=" + challenge.getId(), "/compromisos/" + setting.commitment().getId(),
                "/hitos/" + plans.milestones(setting.commitment()).get(0).getId(),
                "/ejercicios/" + challenge.getExerciseSlug(), "/datos", "/datos/diccionario");
        for (String path : outputs) {
            assertThat(body(path)).as(path).doesNotContainIgnoringCase(marker).doesNotContain(team.getJoinCode());
        }
        assertThat(body(base)).contains("Ana Pública", "Beto Público", "Jurado Público", "Equipo Público", "Bien.");
        assertThat(body("/api/v1/ledger?limit=1000&subjectKind=challenge&subjectId=" + challenge.getId()))
                .contains("Ana Pública", "Beto Público", "Jurado Público");
    }
}
