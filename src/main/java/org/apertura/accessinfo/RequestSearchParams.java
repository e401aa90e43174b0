package org.apertura.accessinfo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * The request search's parameters as a reader or a program typed them, read in one place: the search page
 * ({@code /solicitudes}) and the API ({@code /api/v1/requests}) both go through {@link #query}, so they accept and
 * refuse the same things with the same words. Every part is optional; a stage of {@code VENCIDA} (the page's word)
 * or {@code OVERDUE} selects open requests past due; dates are written {@code YYYY-MM-DD}. Problems are named by the
 * API's parameter names ({@code outcome}, {@code stage}, {@code from}, {@code to}).
 */
public record RequestSearchParams(String text, String institution, String outcome, String stage, String from,
        String to) {

    /** The stage values that mean "open and past due". */
    static final Set<String> OVERDUE = Set.of("VENCIDA", "OVERDUE");

    /** The query these parameters ask for on a page of results, or every problem they have (400). */
    public RequestSearch.Query query(LocalDate today, int page) {
        List<FieldProblem> problems = new ArrayList<>();
        Outcome outcomeValue = choice(Outcome.class, outcome, "outcome", "accessinfo.validation.outcome", problems);
        boolean overdue = !Texts.isBlank(stage) && OVERDUE.contains(stage.strip());
        Stage stageValue = overdue ? null
                : choice(Stage.class, stage, "stage", "accessinfo.validation.stage", problems);
        LocalDate fromDay = day(from, "from", problems);
        LocalDate toDay = day(to, "to", problems);
        InvalidInputException.throwIfAny(problems);
        return new RequestSearch.Query(text, institution, outcomeValue, stageValue, overdue, fromDay, toDay, today,
                page);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String key,
            List<FieldProblem> problems) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, key));
            return null;
        }
    }

    private static LocalDate day(String value, String field, List<FieldProblem> problems) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "calendar.error.date"));
            return null;
        }
    }
}
