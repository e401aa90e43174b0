package org.apertura.jurisdiction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apertura.platform.FieldProblem;

/** A day typed in a form or sent to the API as {@code YYYY-MM-DD}, between 1970 and 2100, read with its problem. */
public final class DayInput {

    private DayInput() {
    }

    /** The day, or null with a problem on {@code field} when it is unreadable, out of range, or required and blank. */
    public static LocalDate parse(String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < 1970 || day.getYear() > 2100) {
                problems.add(new FieldProblem(field, "calendars.error.dateRange"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "calendar.error.date"));
            return null;
        }
    }
}
