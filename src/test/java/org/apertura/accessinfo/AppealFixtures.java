package org.apertura.accessinfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.deadlines.NationalCalendar;
import org.apertura.platform.Hashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.apertura.deadlines.Deadlines;

/**
 * Test helper: answered or overdue requests made through the request domain and its repositories (the
 * request service is written elsewhere), and "time passes" for appeals by moving one of their due dates into
 * the past directly in the database.
 */
@Component
public class AppealFixtures {

    /** Columns of {@code appeal} a test may move into the past. */
    static final Set<String> TERMS = Set.of("appeal_due", "clarification_due", "allegations_due", "resolution_due",
            "compliance_due", "objection_due", "verification_due");

    private final AccessRequestRepository requests;
    private final RequestDeadlines deadlines;
    private final JurisdictionService directory;
    private final AppealService appeals;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    AppealFixtures(AccessRequestRepository requests, RequestDeadlines deadlines, JurisdictionService directory,
            AppealService appeals, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.directory = directory;
        this.appeals = appeals;
        this.jdbc = jdbc;
        this.tx = tx;
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
        return tx.execute(s -> {
            AccessRequest r = filed(institutionSlug, answeredOn.minusDays(6), who);
            r.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Se entregan los contratos solicitados.", null, null,
                    4, null), List.of(), answeredOn, Instant.now(), "Unidad de Transparencia", deadlines.of(r));
            return requests.save(r).getFolio();
        });
    }

    /** A request never answered whose due date passed a few days ago, still within the appeal term. */
    public String overdue(String institutionSlug, Requester who) {
        return tx.execute(s -> {
            LocalDate today = today();
            for (int back = 28;; back++) {
                AccessRequest r = filed(institutionSlug, today.minusDays(back), who);
                if (r.isOverdue(today)) {
                    return requests.save(r).getFolio();
                }
            }
        });
    }

    /** A request still open and within its term (not appealable). */
    public String open(String institutionSlug, Requester who) {
        return tx.execute(s -> requests.save(filed(institutionSlug, today(), who)).getFolio());
    }

    /** Moves one due date of an appeal to the last business day before today, as if its term had run out. */
    public void termPassed(String appealFolio, String column) {
        if (!TERMS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        LocalDate before = today().minusDays(1);
        while (!NationalCalendar.isBusinessDay(before)) {
            before = before.minusDays(1);
        }
        jdbc.update("UPDATE appeal SET " + column + " = ? WHERE folio = ?", before, appealFolio);
    }

    private AccessRequest filed(String institutionSlug, LocalDate filedOn, Requester who) {
        Institution institution = directory.institution(institutionSlug);
        String folio = "%s-%d-%06d".formatted(institutionSlug, filedOn.getYear(),
                (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000));
        Deadlines d = deadlines.forAct(institution.getJurisdiction(), filedOn);
        return AccessRequest.file(folio, UUID.randomUUID().toString().substring(0, 12), institution.getId(),
                institutionSlug, institution.getJurisdiction().getId(), new AccessRequest.Filing(
                        "Contratos de obra pública de 2025 con sus anexos", Modality.ELECTRONIC, null,
                        who.contactEmail() == null ? NotificationMedium.PLATFORM : NotificationMedium.EMAIL,
                        who.contactEmail()), Channel.ONLINE, Instant.now(), filedOn, deadlines.calendarOf(
                        institution.getJurisdiction()), d, who.accountId(),
                who.followKey() == null ? null : Hashing.sha256Hex(who.followKey()));
    }
}
