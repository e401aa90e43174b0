package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The support phase: verified residents support the projects of their district; a project reaching the process's
 * threshold goes on to the feasibility review (recorded once, in the ledger with counts only); below it the review
 * is refused; counts stay exact when many support at once; no supporter appears in any public output.
 */
@IntegrationTest
class BudgetSupportTest {

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
    @Autowired
    JdbcClient jdbc;

    @Test
    void residentsSupportAProjectUntilItReachesTheThresholdAndOnlyThenIsItReviewed() throws Exception {
        var open = ParticipationFixtures.supporting(secretariat, plans, service, 2);
        Account author = TestAccounts.person(accounts, "Autora con apoyos");
        BudgetProject park = ParticipationFixtures.proposed(service, today, open, author.getId(), "colonia-norte", "Parque");
        BudgetProject south = ParticipationFixtures.proposed(service, today, open, author.getId(), "colonia-sur", "Sur");
        String base = "/presupuestos-participativos/" + open.slug();
        String page = base + "/proyectos/" + park.getNumber();
        Account ana = TestAccounts.person(accounts, "Ana Apoyadora Secreta");
        Account beto = TestAccounts.person(accounts, "Beto Apoyador Secreto");

        // Not registered as a resident: refused with the reason, in both languages, and nothing counts.
        mvc.perform(post(page + "/apoyo").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Para apoyar, primero regístrese: declare el distrito "
                        + "donde vive y su CURP.")));
        mvc.perform(post(page + "/apoyo").param("lang", "en").header("Accept-Language", "en")
                        .with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("To support, first register: declare the district "
                        + "where you live and your CURP.")));
        mvc.perform(get(page).with(details.signedIn(ana))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Para apoyar, declare dónde vive")));
        assertThat(service.supportCount(park)).isZero();

        actingAs.run(ana.getId(), () -> service.declareResidence(open.slug(), "colonia-norte",
                ParticipationFixtures.curp(301), true));
        actingAs.run(beto.getId(), () -> service.declareResidence(open.slug(), "colonia-norte",
                ParticipationFixtures.curp(302), true));

        // Below the threshold the review is refused and nothing changes.
        mvc.perform(post(page + "/apoyo").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.supported"));
        mvc.perform(post(page + "/apoyo").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.supported"));
        assertThat(service.supportCount(park)).as("a second support of the same person counts once").isEqualTo(1);
        SystemActor.run(() -> assertThatThrownBy(() -> service.review(open.slug(), park.getNumber(),
                new BudgetProject.Review(ProjectStatus.FEASIBLE, "Viable.", new BigDecimal("300000"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anyMatch(p -> p.messageKey().equals("participation.error.belowThreshold"))));
        assertThat(service.project(open.process(), park.getNumber()).isReviewed()).isFalse();
        // A project of another district: refused.
        mvc.perform(post(base + "/proyectos/" + south.getNumber() + "/apoyo").with(details.signedIn(ana)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Solo puede apoyar proyectos del distrito donde "
                        + "declaró que vive.")));
        assertThat(service.supportCount(south)).isZero();

        // The second resident's support reaches the threshold: the project goes on to the review, recorded once.
        mvc.perform(post(page + "/apoyo").with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.supported"));
        assertThat(service.project(open.process(), park.getNumber()).getSelectedAt()).isNotNull();
        mvc.perform(get(page).with(details.signedIn(beto))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Apoyos: 2 de 2 necesarios")))
                .andExpect(content().string(containsString("Usted apoya este proyecto.")))
                .andExpect(content().string(containsString("Retirar mi apoyo")));
        // Withdrawn, it counts one less; the project stays selected.
        mvc.perform(post(page + "/apoyo/retirar").with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.supportWithdrawn"));
        assertThat(service.supportCount(park)).isEqualTo(1);
        mvc.perform(post(page + "/apoyo").with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.supported"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = 'pb.project.selected' AND subject_id = ?")
                .param(String.valueOf(open.process().getId())).query(Long.class).single()).isEqualTo(1);
        SystemActor.run(() -> service.review(open.slug(), park.getNumber(),
                new BudgetProject.Review(ProjectStatus.FEASIBLE, "Viable.", new BigDecimal("300000"))));

        // Public outputs carry counts, never who supported.
        StringBuilder everything = new StringBuilder();
        for (String path : List.of(base, page, base + "/proyectos.csv", "/api/v1/participatory-budgets/" + open.slug()
                + "/projects", "/api/v1/ledger?subjectKind=pb-process&subjectId=" + open.process().getId() + "&limit=100")) {
            everything.append(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        }
        assertThat(everything.toString()).contains("\"supports\":2", "2 apoyos", "apoyos")
                .doesNotContain("Ana Apoyadora", "Beto Apoyador", ana.getEmail(), beto.getEmail());

        // After the support phase: no support is received or withdrawn, and the project that missed it is shown so.
        today.on(service.today().plusDays(6), () -> {
            assertThatThrownBy(() -> actingAs.run(ana.getId(), () -> service.withdrawSupport(open.slug(),
                    park.getNumber()))).isInstanceOf(InvalidInputException.class);
            assertThat(service.missedThreshold(service.process(open.slug()))).containsExactly(south.getId());
            try {
                mvc.perform(get(base + "/proyectos/" + south.getNumber())).andExpect(status().isOk())
                        .andExpect(content().string(containsString("No alcanzó los apoyos necesarios")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(service.supportCount(park)).isEqualTo(2);
    }

    @Test
    void manyResidentsSupportingAtOnceAreCountedExactlyAndTheThresholdIsRecordedOnce() throws Exception {
        var open = ParticipationFixtures.supporting(secretariat, plans, service, 10);
        Account author = TestAccounts.person(accounts, "Autor de apoyos concurrentes");
        BudgetProject project = ParticipationFixtures.proposed(service, today, open, author.getId(), "colonia-norte",
                "Plaza");
        List<Account> residents = new ArrayList<>();
        for (int v = 0; v < 24; v++) {
            Account resident = TestAccounts.person(accounts, "Residente concurrente " + v);
            String curp = ParticipationFixtures.curp(400 + v);
            actingAs.run(resident.getId(), () -> service.declareResidence(open.slug(), "colonia-norte", curp, true));
            residents.add(resident);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Account resident : residents) {
                work.add(pool.submit(() -> actingAs.run(resident.getId(),
                        () -> service.support(open.slug(), project.getNumber()))));
            }
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertThat(service.supportCount(project)).isEqualTo(residents.size());
        assertThat(service.project(open.process(), project.getNumber()).getSelectedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = 'pb.project.selected' AND subject_id = ?")
                .param(String.valueOf(open.process().getId())).query(Long.class).single()).isEqualTo(1);
    }
}
