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
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A coordinator builds a plan through the pages, the check guards approval, and an agreement approves it. */
@IntegrationTest
class ActionPlanFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;
    @Autowired
    LedgerService ledger;

    @Test
    void aCoordinatorBuildsAPlanAndAnAdoptedAgreementApprovesIt() throws Exception {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        Account coordinatorAccount = TestAccounts.person(accounts, "Coordinación del plan");
        SystemActor.run(() -> accounts.grant(coordinatorAccount.getId(), Role.COORDINATOR, body, null));
        RequestPostProcessor coordinator = details.signedIn(coordinatorAccount);
        String exercise = "ej-" + body;

        mvc.perform(get("/ejercicios/nuevo").with(coordinator)).andExpect(status().isOk());
        mvc.perform(post("/ejercicios").with(coordinator).with(csrf()).param("name", "Tepehuanes 2025-2026")
                        .param("slug", exercise).param("bodySlug", body).param("installation", "2025-02-01")
                        .param("implementation", "2025-09-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/ejercicios/" + exercise)).andExpect(content().string(containsString("Implementación")));

        mvc.perform(post("/ejercicios/" + exercise + "/planes").with(coordinator).with(csrf()).param("title", "Plan")
                        .param("presentation", "En virtud de lo anterior, se presenta el plan.").param("revisar", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("INFLESZ")));
        assertThat(plans.plans(plans.exercise(exercise))).isEmpty();
        mvc.perform(post("/ejercicios/" + exercise + "/planes").with(coordinator).with(csrf()).param("title", "Plan")
                        .param("periodStart", "2025-09-01").param("periodEnd", "2025-08-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El fin de la implementación debe ser después de su inicio.")));
        mvc.perform(post("/ejercicios/" + exercise + "/planes").with(coordinator).with(csrf())
                        .param("title", "Plan de Tepehuanes").param("periodStart", "2025-09-01").param("periodEnd", "2026-08-31")
                        .param("expectedCommitments", "1").param("durationMonths", "12"))
                .andExpect(status().is3xxRedirection());
        ActionPlan plan = plans.plans(plans.exercise(exercise)).get(0);
        mvc.perform(get("/planes/" + plan.getId())).andExpect(content().string(containsString(
                "Tiene una regla de 1 compromisos; la Declaración pide 5.")));

        mvc.perform(post("/planes/" + plan.getId() + "/compromisos").with(coordinator).with(csrf())
                        .param("code", "T-01").param("title", "Agua clara").param("startDate", "2025-09-01")
                        .param("endDate", "2025-08-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija la institución responsable.")))
                .andExpect(content().string(containsString("La fecha de fin no puede ser antes del inicio.")));
        assertThat(plans.commitments(plan)).isEmpty();
        mvc.perform(post("/planes/" + plan.getId() + "/compromisos").with(coordinator).with(csrf())
                        .param("code", "T-01").param("title", "Agua clara").param("summary", "El municipio dirá cuánta agua hay.")
                        .param("leadInstitutionSlug", "ayuntamiento-tepehuanes").param("startDate", "2025-09-01")
                        .param("endDate", "2026-08-31").param("themes", "D", "G").param("technology", "Un tablero."))
                .andExpect(status().is3xxRedirection());
        Commitment commitment = plans.commitments(plan).get(0);

        String page = mvc.perform(get("/planes/" + plan.getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Faltan 4 cosas antes de aprobar el plan",
                "Falta el problema que atiende.", "Falta la situación actual (línea base).",
                "Falta al menos un valor de gobierno abierto", "Falta al menos un hito.");
        mvc.perform(post("/planes/" + plan.getId() + "/aprobar").with(coordinator).with(csrf())
                        .param("session", "1").param("agreement", "1"))
                .andExpect(flash().attribute("problems", List.of(
                        "El plan no pasa la revisión de verificabilidad: corrija lo que falta antes de aprobarlo.")));

        mvc.perform(post("/planes/" + plan.getId() + "/compromisos").with(coordinator).with(csrf())
                        .param("code", "T-01").param("title", "Duplicado").param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                        .param("startDate", "2025-09-01").param("endDate", "2026-08-31"))
                .andExpect(content().string(containsString("Ya hay un compromiso con esa clave en el plan.")));
        mvc.perform(post("/compromisos/" + commitment.getId() + "/hitos").with(coordinator).with(csrf())
                        .param("title", "Medidores").param("startDate", "2025-10-01").param("endDate", "2025-09-01")
                        .param("weight", "0"))
                .andExpect(content().string(containsString("La fecha de fin no puede ser antes del inicio.")))
                .andExpect(content().string(containsString("El peso debe estar entre 1 y 100.")));
        mvc.perform(post("/compromisos/" + commitment.getId() + "/hitos").with(coordinator).with(csrf())
                        .param("title", "Medidores").param("deliverable", "50 medidores").param("meansOfVerification", "Fotos")
                        .param("responsible", "Obras").param("startDate", "2025-10-01").param("endDate", "2026-02-01")
                        .param("weight", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.milestones(commitment)).hasSize(1);
        mvc.perform(get("/compromisos/" + commitment.getId())).andExpect(content().string(containsString("50 medidores")));

        Account stranger = TestAccounts.person(accounts, "Otra persona");
        mvc.perform(post("/planes/" + plan.getId() + "/publicar").with(details.signedIn(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/planes/" + plan.getId() + "/compromisos/nuevo").with(details.signedIn(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans/" + plan.getId()))
                .andExpect(jsonPath("$.verifiable").value(false))
                .andExpect(jsonPath("$.commitmentProblems['T-01'][0].key").value("check.commitment.problem"))
                .andExpect(jsonPath("$.commitments[0].progress.completion").value("NOT_STARTED"))
                .andExpect(jsonPath("$.commitments[0].milestones[0].weight").value(2));
        assertThat(ledger.verify().valid()).isTrue();
    }

    @Test
    void onlyAnAdoptedAgreementOfTheRightSecretariatApprovesAVerifiablePlan() throws Exception {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        Account admin = TestAccounts.admin(accounts);
        RequestPostProcessor as = details.signedIn(admin);
        ActionPlan[] plan = {PlanFixtures.draftPlan(plans, body, java.time.LocalDate.parse("2025-12-01"))};
        String approve = "/planes/" + plan[0].getId() + "/aprobar";
        mvc.perform(post(approve).with(as).with(csrf()).param("session", "1").param("agreement", "2"))
                .andExpect(flash().attribute("problems", List.of("Ese acuerdo no fue adoptado: no puede aprobar el plan.")));
        var noSession = mvc.perform(post(approve).with(as).with(csrf()).param("session", "9").param("agreement", "1"))
                .andExpect(flash().attribute("problems", List.of("No existe ese acuerdo en las sesiones del secretariado.")))
                .andReturn();
        // the plan page links the problem to the session's field, which says it is invalid and points at its message
        mvc.perform(get("/planes/" + plan[0].getId()).with(as).flashAttrs(noSession.getFlashMap()))
                .andExpect(content().string(containsString("<a href=\"#plan-approvalSession\">")))
                .andExpect(content().string(containsString("id=\"plan-approvalSession\" name=\"session\" "
                        + "inputmode=\"numeric\" aria-invalid=\"true\" aria-describedby=\"plan-approvalSession-error\"")));
        mvc.perform(post("/planes/" + plan[0].getId() + "/publicar").with(as).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Solo un plan aprobado se puede publicar.")));
        mvc.perform(post(approve).with(as).with(csrf()).param("session", "1").param("agreement", "1"))
                .andExpect(flash().attribute("notice", "plan.notice.approved"));
        mvc.perform(post("/planes/" + plan[0].getId() + "/publicar").with(as).with(csrf()))
                .andExpect(flash().attribute("notice", "plan.notice.published"));
        assertThat(plans.plan(plan[0].getId()).getStatus()).isEqualTo(ActionPlan.Status.PUBLISHED);
        mvc.perform(get("/planes/" + plan[0].getId())).andExpect(content().string(containsString("Acuerdo 1/1 de STL")));
        mvc.perform(get("/api/v1/ledger").param("subjectKind", "plan").param("subjectId", plan[0].getId().toString()))
                .andExpect(jsonPath("$.entries[*].type").value(org.hamcrest.Matchers.contains(
                        "plan.created", "plan.approved", "plan.published")));
    }

    /**
     * The demo plan: the declaration's five commitments and the city's participatory budget (DGO-06, ADR 0081), which
     * the plan shows as its one departure from the declaration; still verifiable with the winners' milestones.
     */
    @Test
    void theDemoPlanIsPublishedWithSixCommitmentsAndSaysItDepartsFromTheDeclaration() throws Exception {
        mvc.perform(get("/api/v1/exercises/durango-2025-2026"))
                .andExpect(jsonPath("$.body").value("stl-durango"))
                .andExpect(jsonPath("$.plans[0].status").value("PUBLISHED"));
        Long planId = plans.plans(plans.exercise("durango-2025-2026")).get(0).getId();
        mvc.perform(get("/api/v1/plans/" + planId))
                .andExpect(jsonPath("$.commitments.length()").value(6))
                .andExpect(jsonPath("$.verifiable").value(true))
                .andExpect(jsonPath("$.departuresFromDeclaration.length()").value(1));
        String csv = mvc.perform(get("/planes/" + planId + "/compromisos.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(7);
        assertThat(csv).contains("DGO-04,Diseño participativo del parque de Gómez Palacio",
                "DGO-06,Presupuesto participativo en la ciudad de Durango");
    }
}
