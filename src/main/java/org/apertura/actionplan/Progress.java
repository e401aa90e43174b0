package org.apertura.actionplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The progress of a commitment, never typed in: the weighted share of its milestones that are complete
 * (a milestone is complete only when its evidence was accepted), as of a date, with the overdue ones.
 */
public record Progress(BigDecimal percent, Completion completion, int milestones, int complete, int overdue,
        LocalDate asOf) {

    public static Progress of(Collection<Milestone> milestones, LocalDate asOf) {
        int totalWeight = milestones.stream().mapToInt(Milestone::getWeight).sum();
        int doneWeight = milestones.stream().filter(Milestone::isComplete).mapToInt(Milestone::getWeight).sum();
        BigDecimal percent = totalWeight == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(doneWeight * 100L).divide(BigDecimal.valueOf(totalWeight), 1, RoundingMode.HALF_UP);
        int complete = (int) milestones.stream().filter(Milestone::isComplete).count();
        int overdue = (int) milestones.stream().filter(m -> m.isOverdue(asOf)).count();
        return new Progress(percent, Completion.of(percent), milestones.size(), complete, overdue, asOf);
    }

    /** The percentage as a whole number, for a progress bar's width. */
    public int wholePercent() {
        return percent.setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
