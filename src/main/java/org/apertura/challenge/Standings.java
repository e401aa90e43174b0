package org.apertura.challenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results of a challenge: each submission's score is the average, over the jury members who scored
 * it, of their weighted average on the rubric (0 to 10, two decimals); the ranking is by score, ties share
 * a place (1, 1, 3).
 */
final class Standings {

    private Standings() {
    }

    /** A submission's score and place. */
    record Place(Submission submission, BigDecimal score, int rank) {
    }

    static List<Place> of(List<Criterion> rubric, List<Submission> submissions, List<Evaluation> evaluations) {
        Map<Long, List<Evaluation>> bySubmission = evaluations.stream()
                .collect(Collectors.groupingBy(Evaluation::getSubmissionId));
        List<Place> unranked = submissions.stream().map(s -> new Place(s, score(rubric,
                bySubmission.getOrDefault(s.getId(), List.of())), 0))
                .sorted(Comparator.comparing(Place::score).reversed()
                        .thenComparing(p -> p.submission().getSubmittedAt())).toList();
        List<Place> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Place place = unranked.get(i);
            int rank = i > 0 && unranked.get(i - 1).score().compareTo(place.score()) == 0 ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Place(place.submission(), place.score(), rank));
        }
        return ranked;
    }

    static BigDecimal score(List<Criterion> rubric, List<Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = evaluations.stream().map(e -> e.weighted(rubric)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(evaluations.size()), 2, RoundingMode.HALF_UP);
    }
}
