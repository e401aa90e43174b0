package org.apertura.deadlines;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * A calendar's after-hours cut-off as typed: a time {@code HH:MM} (empty: none, the whole day counts) and where
 * the calendar's owner published it (required with a time).
 */
public record CutoffDraft(String time, String publication) {

    /** The checked cut-off and its publication, both null when cleared. */
    record Checked(LocalTime cutoff, String publication) {
    }

    Checked check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (time == null || time.isBlank()) {
            return new Checked(null, null);
        }
        LocalTime cutoff = null;
        try {
            cutoff = LocalTime.parse(time.strip());
            if (cutoff.equals(LocalTime.MIDNIGHT)) {
                problems.add(new FieldProblem("cutoffTime", "calendars.error.cutoff"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("cutoffTime", "calendars.error.cutoff"));
        }
        CalendarDayDraft.text(publication, "cutoffPublication", problems);
        InvalidInputException.throwIfAny(problems);
        return new Checked(cutoff, publication.strip());
    }
}
