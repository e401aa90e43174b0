package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database refuses a hold the domain could never place (migration V202612156300), whatever code writes it: one
 * lifted before it was placed, without a reason, of a kind computed from the file's own dates, an access hold without
 * its request's or appeal's source key or a hand-placed one with one, a hand-placed one without its review date, one on
 * a file that does not exist, or a second active hold of the same request on the same file.
 */
@IntegrationTest
class HoldConstraintsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFileRepository files;
    @Autowired
    TransactionTemplate transactions;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "lifted before placed        | LITIGATION     | Juicio 1/2026 | -                 | 2027-03-02 | 2026-03-01 | 0",
        "blank reason                | AUDIT          | '   '         | -                 | 2027-03-02 | -          | 0",
        "kind computed from dates    | VIGENCIA       | Vigencia      | -                 | -          | -          | 0",
        "access hold without its key | ACCESS_REQUEST | Solicitud     | -                 | -          | -          | 0",
        "request hold named appeal   | ACCESS_REQUEST | Solicitud     | appeal:RR-1       | -          | -          | 0",
        "appeal hold without a folio | APPEAL         | Recurso       | 'appeal:'         | -          | -          | 0",
        "hand hold with a key        | LITIGATION     | Juicio 1/2026 | request:1         | 2027-03-02 | -          | 0",
        "hand hold without review    | AUDIT          | Auditoría     | -                 | -          | -          | 0",
        "access hold with review     | APPEAL         | Recurso       | appeal:RR-1       | 2027-03-02 | -          | 0",
        "file that does not exist    | LITIGATION     | Juicio 1/2026 | -                 | 2027-03-02 | -          | -1"})
    void aBadHoldIsRefusedByTheDatabase(String what, String kind, String reason, String sourceKey, String reviewOn,
            String liftedOn, long fileOffset) {
        long fileId = fileOffset < 0 ? -1 : anyFile();
        assertThatThrownBy(() -> insert(fileId, kind, reason, sourceKey, reviewOn, liftedOn))
                .as(what).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aFileCarriesOneActiveHoldOfTheSameRequestAndAnotherOnceItIsLifted() {
        long fileId = anyFile();
        String key = "request:constraints-" + System.nanoTime();
        assertThatCode(() -> insert(fileId, "ACCESS_REQUEST", "Solicitud en trámite", key, null, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> insert(fileId, "ACCESS_REQUEST", "Solicitud en trámite", key, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        // lifted without clearing its active key: refused too (the key must follow the lifting)
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc.update(
                "UPDATE archives_hold SET lifted_on = ? WHERE source_key = ?", Date.valueOf(DAY), key)))
                .isInstanceOf(DataIntegrityViolationException.class);
        transactions.executeWithoutResult(s -> jdbc.update(
                "UPDATE archives_hold SET lifted_on = ?, active_source_key = NULL WHERE source_key = ?",
                Date.valueOf(DAY), key));
        assertThatCode(() -> insert(fileId, "ACCESS_REQUEST", "Solicitud en trámite", key, null, null))
                .doesNotThrowAnyException();
        transactions.executeWithoutResult(s -> jdbc.update("DELETE FROM archives_hold WHERE source_key = ?", key));
    }

    private long anyFile() {
        return files.findAll(org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).getId();
    }

    private void insert(long fileId, String kind, String reason, String sourceKey, String reviewOn, String liftedOn) {
        transactions.executeWithoutResult(s -> jdbc.update("""
                INSERT INTO archives_hold (file_id, kind, reason, source_key, active_source_key, placed_on, review_on,
                                           lifted_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", fileId, kind, reason,
                sourceKey, liftedOn == null ? sourceKey : null, Date.valueOf(DAY),
                reviewOn == null ? null : Date.valueOf(reviewOn), liftedOn == null ? null : Date.valueOf(liftedOn)));
    }
}
