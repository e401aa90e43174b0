package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Set;
import org.apertura.accessinfo.RequestFixtures;
import org.apertura.deadlines.NationalCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test helper: answered or overdue requests to appeal (made by the request module's {@link RequestFixtures}), and "time passes" for appeals by moving one of their due dates into
 * the past directly in the database.
 */
@Component
public class AppealFixtures {

    /** Columns of {@code appeal} a test may move into the past. */
    static final Set<String> TERMS = Set.of("appeal_due", "clarification_due", "allegations_due", "resolution_due",
            "compliance_due", "objection_due", "verification_due", "instruction_due");

    private final RequestFixtures requests;
    private final AppealService appeals;
    private final JdbcTemplate jdbc;

    AppealFixtures(RequestFixtures requests, AppealService appeals, JdbcTemplate jdbc) {
        this.requests = requests;
        this.appeals = appeals;
        this.jdbc = jdbc;
    }

    /** Who asked: an account, or a private contact e-mail and a follow-up key (either may be null). */
    public record Requester(Long accountId, String contactEmail, String followKey) {

        public static Requester account(Long accountId) {
            return new Requester(accountId, null, null);
        }

        public static Requester anonymous(String contactEmail, String followKey) {
            return new Requester(null, contactEmail, followKey);
        }
    }

    public LocalDate today() {
        return appeals.today();
    }

    /** A request to an institution answered (delivered) on a day; returns its folio. */
    public String answered(String institutionSlug, LocalDate answeredOn, Requester who) {
        return requests.answered(institutionSlug, answeredOn, who.accountId(), who.contactEmail(), who.followKey());
    }

    /** A request never answered whose due date passed a few days ago, still within the appeal term. */
    public String overdue(String institutionSlug, Requester who) {
        return requests.overdue(institutionSlug, today(), who.accountId(), who.contactEmail(), who.followKey());
    }

    /** A request still open and within its term (not appealable). */
    public String open(String institutionSlug, Requester who) {
        return requests.open(institutionSlug, today(), who.accountId(), who.contactEmail(), who.followKey());
    }

    /** The terms of {@link #TERMS} that record the day they started counting from ({@code <term>_from}). */
    static final Set<String> STARTED = Set.of("clarification_due", "resolution_due", "compliance_due", "objection_due",
            "verification_due", "instruction_due");

    /**
     * Moves one due date of an appeal to the last business day before today, as if its term had run out; a term that
     * records its start, started today (an act on a weekend counts from Monday), starts that day too, so the page never
     * shows a term that ends before it starts.
     */
    public void termPassed(String appealFolio, String column) {
        if (!TERMS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        LocalDate before = today().minusDays(1);
        while (!NationalCalendar.isBusinessDay(before)) {
            before = before.minusDays(1);
        }
        jdbc.update("UPDATE appeal SET " + column + " = ? WHERE folio = ?", before, appealFolio);
        if (STARTED.contains(column)) {
            String from = column.replace("_due", "_from");
            jdbc.update("UPDATE appeal SET " + from + " = CASE WHEN " + from + " > ? THEN ? ELSE " + from
                    + " END WHERE folio = ?", before, before, appealFolio);
        }
    }
}
