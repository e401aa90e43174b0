package org.apertura.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apertura.participation.BallotCount.Candidate;
import org.apertura.participation.BallotCount.Cast;
import org.apertura.participation.BallotCount.Line;
import org.apertura.participation.BallotCount.Tally;
import org.apertura.platform.intake.Channel;
import org.junit.jupiter.api.Test;

/** The count of each voting rule, and the count against a brute-force reference on random ballots. */
class BallotCountTest {

    private static final Channel WEB = Channel.ONLINE;
    private static final Channel TABLE = Channel.IN_PERSON;

    private static Candidate c(long id, String cost) {
        return new Candidate(id, (int) id, new BigDecimal(cost));
    }

    private static Cast ballot(Channel channel, Long... choices) {
        return new Cast(List.of(choices), channel);
    }

    @Test
    void knapsackFundsByVotesWithinTheAmountSkippingWhatDoesNotFit() {
        List<Candidate> projects = List.of(c(1, "600000"), c(2, "500000"), c(3, "300000"), c(4, "100000"));
        Tally tally = BallotCount.count(VotingRule.KNAPSACK, null, new BigDecimal("1000000"), projects, List.of(
                ballot(WEB, 1L, 3L, 4L), ballot(WEB, 1L, 4L), ballot(TABLE, 2L, 3L), ballot(TABLE, 2L, 3L, 4L),
                ballot(WEB, 2L)));
        // 2 and 3 have 3 votes each (3 is cheaper, so first), 4 has 3 too but is cheapest: 4, 3, 2 then 1.
        assertThat(tally.lines()).extracting(l -> l.candidate().id()).containsExactly(4L, 3L, 2L, 1L);
        assertThat(tally.lines()).extracting(Line::funded).containsExactly(true, true, true, false);
        assertThat(tally.funded()).isEqualByComparingTo("900000");
        assertThat(tally.left()).isEqualByComparingTo("100000");
        assertThat(tally.ballotsOnline()).isEqualTo(3);
        assertThat(tally.ballotsInPerson()).isEqualTo(2);
        Line three = tally.lines().get(1);
        assertThat(three.online()).isEqualTo(1);
        assertThat(three.inPerson()).isEqualTo(2);
    }

    @Test
    void aProjectThatDoesNotFitIsSkippedAndACheaperOneBelowItIsStillFunded() {
        List<Candidate> projects = List.of(c(1, "700000"), c(2, "500000"), c(3, "200000"));
        Tally tally = BallotCount.count(VotingRule.APPROVAL, 2, new BigDecimal("1000000"), projects, List.of(
                ballot(WEB, 1L, 2L), ballot(WEB, 1L, 2L), ballot(WEB, 1L, 3L)));
        assertThat(tally.lines()).extracting(l -> l.candidate().id()).containsExactly(1L, 2L, 3L);
        assertThat(tally.lines()).extracting(Line::funded).containsExactly(true, false, true);
    }

    @Test
    void rankedGivesTheFirstChoiceTheMostPointsAndNoVotesFundNothing() {
        List<Candidate> projects = List.of(c(1, "100"), c(2, "100"), c(3, "100"), c(4, "100"));
        Tally tally = BallotCount.count(VotingRule.RANKED, 3, new BigDecimal("1000"), projects, List.of(
                ballot(WEB, 3L, 1L, 2L), ballot(TABLE, 1L, 3L), ballot(WEB, 3L)));
        // 3: 3+2+3 = 8; 1: 2+3 = 5; 2: 1; 4: 0 (never funded).
        assertThat(tally.lines()).extracting(Line::points).containsExactly(8L, 5L, 1L, 0L);
        assertThat(tally.lines()).extracting(Line::funded).containsExactly(true, true, true, false);
    }

    @Test
    void ballotsOverTheAmountOverTheMaximumRepeatedOrOutsideTheDistrictAreRefused() {
        List<Candidate> projects = List.of(c(1, "600"), c(2, "500"));
        BigDecimal amount = new BigDecimal("1000");
        assertThat(BallotCount.refusal(VotingRule.KNAPSACK, null, amount, projects, List.of(1L, 2L)))
                .get().extracting(p -> p.messageKey()).isEqualTo("participation.error.overBudget");
        assertThat(BallotCount.refusal(VotingRule.KNAPSACK, null, amount, projects, List.of(1L))).isEmpty();
        assertThat(BallotCount.refusal(VotingRule.APPROVAL, 1, amount, projects, List.of(1L, 2L)))
                .get().extracting(p -> p.messageKey()).isEqualTo("participation.error.tooMany");
        assertThat(BallotCount.refusal(VotingRule.RANKED, 2, amount, projects, List.of(1L, 1L)))
                .get().extracting(p -> p.messageKey()).isEqualTo("participation.error.repeated");
        assertThat(BallotCount.refusal(VotingRule.RANKED, 2, amount, projects, List.of(9L)))
                .get().extracting(p -> p.messageKey()).isEqualTo("participation.error.notCandidate");
        assertThat(BallotCount.refusal(VotingRule.APPROVAL, 2, amount, projects, List.of()))
                .get().extracting(p -> p.messageKey()).isEqualTo("participation.error.emptyBallot");
    }

    @Test
    void theCountEqualsABruteForceReferenceOnRandomBallots() {
        Random random = new Random(20261215);
        for (int round = 0; round < 300; round++) {
            VotingRule rule = VotingRule.values()[random.nextInt(3)];
            int n = 1 + random.nextInt(12);
            Integer max = rule.hasMaximum() ? 1 + random.nextInt(n) : null;
            List<Candidate> projects = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                // Few distinct costs, so ties on points and cost happen and the number decides.
                projects.add(new Candidate(100 + i, i, BigDecimal.valueOf(1000L * (1 + random.nextInt(4)))));
            }
            BigDecimal amount = BigDecimal.valueOf(1000L * (1 + random.nextInt(3 * n)));
            List<Cast> ballots = new ArrayList<>();
            int voters = random.nextInt(60);
            for (int v = 0; v < voters; v++) {
                List<Long> ids = new ArrayList<>(projects.stream().map(Candidate::id).toList());
                Collections.shuffle(ids, random);
                List<Long> choice = new ArrayList<>();
                BigDecimal spent = BigDecimal.ZERO;
                int wanted = 1 + random.nextInt(n);
                for (Long id : ids) {
                    if (choice.size() == wanted || max != null && choice.size() == max) {
                        break;
                    }
                    BigDecimal cost = projects.stream().filter(p -> p.id() == id).findFirst().orElseThrow().cost();
                    if (rule == VotingRule.KNAPSACK && spent.add(cost).compareTo(amount) > 0) {
                        continue;
                    }
                    spent = spent.add(cost);
                    choice.add(id);
                }
                if (!choice.isEmpty()) {
                    assertThat(BallotCount.refusal(rule, max, amount, projects, choice)).isEmpty();
                    ballots.add(new Cast(choice, random.nextBoolean() ? WEB : TABLE));
                }
            }
            Tally tally = BallotCount.count(rule, max, amount, projects, ballots);
            Reference reference = reference(rule, max, amount, projects, ballots);
            assertThat(tally.lines()).extracting(l -> l.candidate().id()).as("order, round " + round)
                    .containsExactlyElementsOf(reference.order);
            assertThat(tally.lines().stream().filter(Line::funded).map(l -> l.candidate().id()).sorted().toList())
                    .as("funded, round " + round).isEqualTo(reference.funded);
            assertThat(tally.funded()).isLessThanOrEqualTo(amount);
            assertThat(tally.ballots()).isEqualTo(ballots.size());
            assertThat(tally.lines().stream().mapToInt(Line::votes).sum())
                    .isEqualTo(ballots.stream().mapToInt(b -> b.choices().size()).sum());
        }
    }

    /** The reference count's order and funded projects (BallotBenchmark checks the PostgreSQL count with it too). */
    record Reference(List<Long> order, List<Long> funded) {
    }

    /**
     * The reference: points summed ballot by ballot, projects ordered by selection (repeatedly take the best by
     * points, then cost, then number — no comparator shared with the code), then funding walked in that order.
     */
    static Reference reference(VotingRule rule, Integer max, BigDecimal amount, List<Candidate> projects,
            List<Cast> ballots) {
        List<long[]> rows = new ArrayList<>(); // id, points, cost, number
        for (Candidate p : projects) {
            long points = 0;
            for (Cast b : ballots) {
                int at = b.choices().indexOf(p.id());
                if (at >= 0) {
                    points += rule == VotingRule.RANKED ? max - at : 1;
                }
            }
            rows.add(new long[] {p.id(), points, p.cost().longValueExact(), p.number()});
        }
        List<Long> order = new ArrayList<>();
        List<long[]> ordered = new ArrayList<>();
        while (!rows.isEmpty()) {
            long[] best = rows.get(0);
            for (long[] r : rows) {
                if (r[1] > best[1] || r[1] == best[1] && (r[2] < best[2] || r[2] == best[2] && r[3] < best[3])) {
                    best = r;
                }
            }
            rows.remove(best);
            order.add(best[0]);
            ordered.add(best);
        }
        long left = amount.longValueExact();
        List<Long> chosen = new ArrayList<>();
        for (long[] r : ordered) {
            if (r[1] > 0 && r[2] <= left) {
                left -= r[2];
                chosen.add(r[0]);
            }
        }
        Collections.sort(chosen);
        return new Reference(order, chosen);
    }
}
