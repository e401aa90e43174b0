package org.apertura.appeal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a request's page shows about its appeals (fragment {@code appeal/appeal-panel :: panel(appeals)}):
 * each appeal with its stage and next due date, and whether the request may be appealed now and until when.
 */
public record AppealPanel(String requestFolio, boolean appealable, LocalDate appealableUntil, List<Item> items,
        boolean late, boolean unusual) {

    /**
     * {@code unusual}: no act to appeal yet (neither answered nor overdue) and no appeal under way: a filing is
     * still received, flagged for the guarantor, who will likely dismiss it (art. 145, 153 fr. I, 158 fr. III).
     */
    public AppealPanel {
    }

    /** {@code late}: the term to appeal ended on {@code appealableUntil}; a filing is still taken, for the guarantor to
     * dismiss if it finds it out of time (art. 153 fr. I, 158 fr. I). */
    public AppealPanel(String requestFolio, boolean appealable, LocalDate appealableUntil, List<Item> items) {
        this(requestFolio, appealable, appealableUntil, items, false, false);
    }

    public record Item(String folio, AppealStage stage, AppealResolution resolution, LocalDate filedOn,
            LocalDate nextDue) {
    }
}
