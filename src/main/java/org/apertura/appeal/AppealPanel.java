package org.apertura.appeal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a request's page shows about its appeals (fragment {@code accessinfo/appeal-panel :: panel(appeals)}):
 * each appeal with its stage and next due date, and whether the request may be appealed now and until when.
 */
public record AppealPanel(String requestFolio, boolean appealable, LocalDate appealableUntil, List<Item> items) {

    public record Item(String folio, AppealStage stage, AppealResolution resolution, LocalDate filedOn,
            LocalDate nextDue) {
    }
}
