package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.apertura.participation.ParticipationFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Milestone;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Winners become milestones (ADR 0022): the coordinator names the action plan's commitment that executes the funded
 * projects; on publication each funded project becomes one of its milestones (at once, when the results are already
 * out), and the project page shows its execution. A stranger, a commitment of another exercise and a second link are
 * refused and change nothing.
 */
@IntegrationTest
class BudgetExecutionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
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
    @Autowired
    Today today;

    @Test
    void theCoordinatorLinksACommitmentAndEachFundedProjectBecomesOneOfItsMilestonesOnPublication() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        var other = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autora de la obra ejecutada");
        BudgetProject park = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Parque con sombra", "600000");
        BudgetProject lights = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Luminarias caras", "900000");
        ParticipationFixtures.votedOnline(accounts, actingAs, service, open, "Votante de la obra ejecutada",
                "colonia-norte", 701, park);
        Commitment mine = service.executionCandidates(open.process()).get(0);
        Commitment foreign = service.executionCandidates(other.process()).get(0);
        int before = plans.milestones(mine).size();
        String base = "/presupuestos-participativos/" + open.slug();

        // A stranger may not; nothing changes.
        Account stranger = TestAccounts.person(accounts, "Persona ajena al ejercicio");
        actingAs.run(stranger.getId(), () -> assertThatThrownBy(() -> service.followExecution(open.slug(), mine.getId()))
                .isInstanceOf(AccessDeniedException.class));
        Account coordinator = TestAccounts.person(accounts, "Coordinadora del presupuesto ejecutado");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, open.body(), null));
        // A commitment of another exercise, or none: a clear error, nothing linked.
        mvc.perform(post(base + "/ejecucion").param("commitment", foreign.getId().toString())
                .with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problems"));
        mvc.perform(post(base + "/ejecucion").with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(flash().attributeExists("problems"));
        assertThat(service.process(open.slug()).getCommitmentId()).isEmpty();

        // The coordinator sees the form on the results page and links the commitment before publication.
        mvc.perform(get(base + "/resultados").with(details.signedIn(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dar seguimiento como hitos")));
        mvc.perform(post(base + "/ejecucion").param("commitment", mine.getId().toString())
                .with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        assertThat(service.process(open.slug()).getCommitmentId()).contains(mine.getId());
        assertThat(plans.milestones(mine)).hasSize(before);
        actingAs.run(coordinator.getId(), () -> refused(() -> service.followExecution(open.slug(), mine.getId()),
                "participation.error.executionLinked"));

        // Publication: the park is funded and becomes a milestone; the lights (over the district's amount) do not.
        today.on(service.today().plusDays(6), () -> SystemActor.run(() -> service.publishResults(open.slug())));
        BudgetProject funded = service.project(service.process(open.slug()), park.getNumber());
        assertThat(funded.getMilestoneId()).isPresent();
        assertThat(service.project(service.process(open.slug()), lights.getNumber()).getMilestoneId()).isEmpty();
        Milestone milestone = plans.milestone(funded.getMilestoneId().get());
        assertThat(milestone.getCommitmentId()).isEqualTo(mine.getId());
        assertThat(milestone.getTitle()).contains("Parque con sombra");
        assertThat(plans.milestones(mine)).hasSize(before + 1);

        mvc.perform(get(base + "/proyectos/" + park.getNumber())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ejecución")))
                .andExpect(content().string(containsString(milestone.getTitle())))
                .andExpect(content().string(containsString("/compromisos/" + mine.getId() + "#hito-" + milestone.getId())));
        mvc.perform(get(base + "/proyectos/" + lights.getNumber())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"ejecucion\""))));
        mvc.perform(get(base + "/proyectos/" + park.getNumber()).header("Accept-Language", "en")
                .param("lang", "en")).andExpect(content().string(containsString("Execution")));
        mvc.perform(get("/compromisos/" + mine.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Parque con sombra")));
        mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/results"))
                .andExpect(content().string(containsString("\"milestone\":" + milestone.getId())));
        String ledger = mvc.perform(get("/api/v1/ledger").param("subjectKind", "commitment")
                .param("subjectId", mine.getId().toString()).param("limit", "100"))
                .andReturn().getResponse().getContentAsString();
        assertThat(ledger).contains("milestone.decided", "proyecto " + park.getNumber())
                .doesNotContain("Autora de la obra", "Votante de la obra", author.getEmail());
    }

    @Test
    void linkingAfterPublicationMakesTheMilestonesAtOnce() {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autor de la obra tardía");
        BudgetProject square = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-sur",
                "Plaza del sur", "400000");
        ParticipationFixtures.votedOnline(accounts, actingAs, service, open, "Votante del sur", "colonia-sur", 702,
                square);
        today.on(service.today().plusDays(6), () -> SystemActor.run(() -> service.publishResults(open.slug())));
        assertThat(service.project(open.process(), square.getNumber()).getMilestoneId()).isEmpty();
        Commitment commitment = service.executionCandidates(open.process()).get(0);
        SystemActor.run(() -> service.followExecution(open.slug(), commitment.getId()));
        assertThat(service.execution(service.project(service.process(open.slug()), square.getNumber())))
                .hasValueSatisfying(e -> {
                    assertThat(e.commitmentCode()).isEqualTo(commitment.getCode());
                    assertThat(e.completedOn()).isNull();
                });
    }
}
