package org.apertura.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Voters changing their ballots from several clients at once: every voter ends with exactly one ballot holding one
 * whole choice (none lost, none counted twice, never a mix of two changes).
 */
@IntegrationTest
class BallotConcurrencyTest {

    @Autowired
    ParticipationService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Today today;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentChangesLeaveOneWholeBallotPerVoter() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.APPROVAL, 2);
        Account author = TestAccounts.person(accounts, "Autor concurrente");
        List<BudgetProject> projects = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            projects.add(ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                    "Obra " + i, "100000"));
        }
        List<Account> voters = new ArrayList<>();
        for (int v = 0; v < 12; v++) {
            Account voter = TestAccounts.person(accounts, "Votante concurrente " + v);
            String curp = ParticipationFixtures.curp(200 + v);
            actingAs.run(voter.getId(), () -> service.declareResidence(open.slug(), "colonia-norte", curp, true));
            voters.add(voter);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (Account voter : voters) {
                int r = round;
                work.add(pool.submit(() -> actingAs.run(voter.getId(), () -> service.vote(open.slug(),
                        List.of(projects.get(r).getId(), projects.get((r + 1) % 4).getId())))));
            }
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE process_id = ?").param(open.process().getId())
                .query(Long.class).single()).isEqualTo(voters.size());
        // Every ballot holds exactly two choices, consecutive projects of one round: never a mix of two rounds.
        for (List<Long> choices : jdbc.sql("SELECT b.choices FROM pb_ballot b WHERE b.process_id = ?")
                .param(open.process().getId()).query(String.class).list().stream().map(Ballots::parsed).toList()) {
            assertThat(choices).hasSize(2);
            int first = projects.stream().map(BudgetProject::getId).toList().indexOf(choices.get(0));
            assertThat(choices.get(1)).isEqualTo(projects.get((first + 1) % 4).getId());
        }
        int votes = service.count(open.process()).values().stream()
                .mapToInt(t -> t.lines().stream().mapToInt(BallotCount.Line::votes).sum()).sum();
        assertThat(votes).isEqualTo(2 * voters.size());
    }
}
