package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** After publication a commitment's text changes only with a reason, and the earlier text stays readable. */
@IntegrationTest
class VersioningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;

    @Test
    void aRevisionKeepsTheEarlierTextWithItsReason() throws Exception {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixtures.draftPlan(plans, body, LocalDate.parse("2025-12-01"));
        SystemActor.run(() -> {
            plans.approve(plan.getId(), 1, 1);
            plans.publish(plan.getId());
        });
        Commitment commitment = plans.commitments(plan).get(0);
        RequestPostProcessor coordinator = PlanFixtures.withRole(accounts, details, "Coordinadora", Role.COORDINATOR, body, null);
        RequestPostProcessor stranger = PlanFixtures.withRole(accounts, details, "Extraño", Role.LIAISON, "idaip", null);
        String url = "/compromisos/" + commitment.getId();

        mvc.perform(get(url + "/editar").with(stranger)).andExpect(status().isForbidden());
        String reviewed = mvc.perform(post(url).with(coordinator).with(csrf()).param("title", "Compromiso corregido")
                        .param("summary", "La dependencia coadyuvará en la implementación de los mecanismos institucionales.")
                        .param("revisar", "1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(reviewed)).contains("INFLESZ 16.17: muy difícil",
                "«coadyuvará» es lenguaje burocrático");
        assertThat(plans.versions(commitment)).isEmpty();
        mvc.perform(post(url).with(coordinator).with(csrf()).param("title", "Compromiso corregido").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Explique la razón del cambio.")));
        assertThat(plans.commitment(commitment.getId()).getTitle()).isEqualTo("Compromiso");
        mvc.perform(post(url).with(coordinator).with(csrf()).param("title", "Compromiso corregido")
                        .param("summary", "Un resumen más claro.").param("problem", "Problema")
                        .param("baseline", "Línea base").param("reason", "El título no decía qué se entrega."))
                .andExpect(redirectedUrl(url + "#versiones"));
        assertThat(plans.commitment(commitment.getId()).getTitle()).isEqualTo("Compromiso corregido");
        assertThat(plans.versions(commitment)).singleElement()
                .satisfies(v -> assertThat(v.getPrevious()).contains("\"title\":\"Compromiso\""));
        String page = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Versión 1", "Coordinadora: El título no decía qué se entrega.",
                "<dd>Compromiso</dd>", "<dd>Hoy es un lindo día.</dd>");
        mvc.perform(get("/api/v1/ledger").param("subjectKind", "commitment").param("subjectId", commitment.getId().toString()))
                .andExpect(jsonPath("$.entries[-1:].type").value(org.hamcrest.Matchers.contains("commitment.revised")))
                .andExpect(jsonPath("$.entries[-1:].payload.reason").value(
                        org.hamcrest.Matchers.contains("El título no decía qué se entrega.")));
    }
}
