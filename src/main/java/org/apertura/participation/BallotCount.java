package org.apertura.participation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.intake.Channel;

/**
 * The count of one district's ballots, as a pure function of the rule, the district's amount, its feasible projects
 * and the ballots: the same input always gives the same result, so anyone can recount from the published counts.
 *
 * <p>Each ballot gives each project it names its points: one for {@code KNAPSACK} and {@code APPROVAL}; for
 * {@code RANKED}, the maximum minus the rank plus one (the first of five gets 5). Projects are ordered by points,
 * then — the published tie rule — by the lower cost, then by the lower project number. In that order each project
 * with at least one point is funded when its cost fits in what is left of the amount; one that does not fit is
 * skipped and the next ones still may be funded.
 */
public final class BallotCount {

    private BallotCount() {
    }

    /** A feasible project that ballots may name, with its reviewed public cost. */
    public record Candidate(long id, int number, BigDecimal cost) {
    }

    /** One ballot: the projects it names, in rank order (the order matters only for {@code RANKED}). */
    public record Cast(List<Long> choices, Channel channel) {
    }

    /**
     * What a ballot names, as the voter gave it: the projects in rank order, and — on a ranked ballot typed as a
     * place per project — every place given to more than one project, with those projects. A ballot with a shared
     * place is refused ({@link #samePlace}): the order between those projects would be the request's, not the voter's.
     */
    public record Choices(List<Long> inOrder, Map<Long, List<Long>> sharedPlaces) {

        public Choices {
            inOrder = List.copyOf(inOrder);
            sharedPlaces = Map.copyOf(sharedPlaces);
        }

        /** Projects already in order (checkboxes: the order does not matter; a list typed in rank order). */
        public static Choices of(List<Long> inOrder) {
            return new Choices(inOrder, Map.of());
        }

        /** A ranked ballot typed as a place per project: ordered by place; places shared by projects kept aside. */
        public static Choices ranked(Map<Long, Long> placeOf) {
            java.util.TreeMap<Long, List<Long>> byPlace = new java.util.TreeMap<>();
            placeOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> byPlace.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
            List<Long> inOrder = new ArrayList<>();
            Map<Long, List<Long>> shared = new java.util.TreeMap<>();
            byPlace.forEach((place, ids) -> {
                inOrder.addAll(ids);
                if (ids.size() > 1) {
                    shared.put(place, List.copyOf(ids));
                }
            });
            return new Choices(inOrder, shared);
        }
    }

    /**
     * One problem per place given to more than one project on a ranked ballot, naming the place and the projects
     * (by {@code nameOf}, e.g. their number and title); empty when each place is one project's.
     */
    public static List<FieldProblem> samePlace(Choices choices, java.util.function.Function<Long, String> nameOf) {
        List<FieldProblem> problems = new ArrayList<>();
        choices.sharedPlaces().forEach((place, ids) -> problems.add(new FieldProblem("choices",
                "participation.error.samePlace", place, String.join(", ", ids.stream().map(nameOf).toList()))));
        return problems;
    }

    /** A project's line in the result. */
    public record Line(Candidate candidate, int online, int inPerson, int remote, long points, boolean funded,
            int position) {

        public int votes() {
            return online + inPerson + remote;
        }
    }

    /** A district's result: every candidate's line in order, the ballots per channel, what was funded and left. */
    public record Tally(List<Line> lines, int ballotsOnline, int ballotsInPerson, int ballotsRemote,
            BigDecimal funded, BigDecimal left) {

        public int ballots() {
            return ballotsOnline + ballotsInPerson + ballotsRemote;
        }
    }

    /** The published order: more points first, then the lower cost, then the lower project number. */
    public static final Comparator<Line> ORDER = Comparator.comparingLong(Line::points).reversed()
            .thenComparing(l -> l.candidate().cost()).thenComparingInt(l -> l.candidate().number());

    /** The paper counts of a district's polling tables, added up: valid ballots and votes per project id. */
    public record Paper(int ballots, Map<Long, Integer> votes) {

        public static final Paper NONE = new Paper(0, Map.of());
    }

    public static Tally count(VotingRule rule, Integer maxChoices, BigDecimal amount, List<Candidate> candidates,
            List<Cast> ballots) {
        return count(rule, maxChoices, amount, candidates, ballots, Paper.NONE);
    }

    /**
     * The count with the tables' paper counts added to the in-person channel: each paper vote is one point (paper
     * counts are taken only under knapsack and approval, where a vote is a point).
     */
    public static Tally count(VotingRule rule, Integer maxChoices, BigDecimal amount, List<Candidate> candidates,
            List<Cast> ballots, Paper paper) {
        Map<Long, int[]> votes = new HashMap<>();
        Map<Long, long[]> points = new HashMap<>();
        for (Candidate c : candidates) {
            votes.put(c.id(), new int[Channel.values().length]);
            points.put(c.id(), new long[1]);
        }
        int[] cast = new int[Channel.values().length];
        cast[Channel.IN_PERSON.ordinal()] = paper.ballots();
        for (Map.Entry<Long, Integer> e : paper.votes().entrySet()) {
            int[] v = votes.get(e.getKey());
            if (v != null) {
                v[Channel.IN_PERSON.ordinal()] += e.getValue();
                points.get(e.getKey())[0] += e.getValue();
            }
        }
        for (Cast ballot : ballots) {
            cast[ballot.channel().ordinal()]++;
            int rank = 0;
            for (Long choice : ballot.choices()) {
                rank++;
                int[] v = votes.get(choice);
                if (v == null) {
                    continue;
                }
                v[ballot.channel().ordinal()]++;
                points.get(choice)[0] += rule == VotingRule.RANKED ? Math.max(1, maxChoices - rank + 1) : 1;
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Candidate c : candidates) {
            int[] v = votes.get(c.id());
            lines.add(new Line(c, v[Channel.ONLINE.ordinal()], v[Channel.IN_PERSON.ordinal()],
                    v[Channel.REMOTE.ordinal()], points.get(c.id())[0], false, 0));
        }
        lines.sort(ORDER);
        BigDecimal left = amount;
        List<Line> result = new ArrayList<>();
        int position = 0;
        for (Line line : lines) {
            boolean funded = line.points() > 0 && line.candidate().cost().compareTo(left) <= 0;
            if (funded) {
                left = left.subtract(line.candidate().cost());
            }
            result.add(new Line(line.candidate(), line.online(), line.inPerson(), line.remote(), line.points(), funded,
                    ++position));
        }
        return new Tally(List.copyOf(result), cast[Channel.ONLINE.ordinal()], cast[Channel.IN_PERSON.ordinal()],
                cast[Channel.REMOTE.ordinal()], amount.subtract(left), left);
    }

    /**
     * Why a ballot naming these projects (in rank order) may not be cast under the rule, or empty when it may: it
     * names at least one project, each once, each a candidate of the voter's district; within the amount
     * ({@code KNAPSACK}) or the maximum ({@code APPROVAL}, {@code RANKED}).
     */
    public static Optional<FieldProblem> refusal(VotingRule rule, Integer maxChoices, BigDecimal amount,
            List<Candidate> candidates, List<Long> choices) {
        if (choices == null || choices.isEmpty()) {
            return Optional.of(new FieldProblem("choices", "participation.error.emptyBallot"));
        }
        Set<Long> seen = new HashSet<>();
        Map<Long, Candidate> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        BigDecimal total = BigDecimal.ZERO;
        for (Long choice : choices) {
            Candidate c = byId.get(choice);
            if (c == null) {
                return Optional.of(new FieldProblem("choices", "participation.error.notCandidate"));
            }
            if (!seen.add(choice)) {
                return Optional.of(new FieldProblem("choices", "participation.error.repeated"));
            }
            total = total.add(c.cost());
        }
        if (rule == VotingRule.KNAPSACK && total.compareTo(amount) > 0) {
            return Optional.of(new FieldProblem("choices", "participation.error.overBudget", total, amount));
        }
        if (rule.hasMaximum() && choices.size() > maxChoices) {
            return Optional.of(new FieldProblem("choices", "participation.error.tooMany", maxChoices));
        }
        return Optional.empty();
    }
}
