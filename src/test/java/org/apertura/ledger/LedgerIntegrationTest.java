package org.apertura.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The hash chain on a real database: appends, paging, and tampering caught by verify. */
@IntegrationTest
class LedgerIntegrationTest {

    @Autowired
    LedgerService ledger;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private LedgerEntry append(String name) {
        return transactions.execute(s -> ledger.append("test", "thing.created", "thing", name, Map.of("name", name)));
    }

    @Test
    void appendsChainEachEntryToTheOneBefore() {
        LedgerEntry first = append("uno");
        LedgerEntry second = append("dos");
        assertThat(second.getSeq()).isEqualTo(first.getSeq() + 1);
        assertThat(second.getPrevHash()).isEqualTo(first.getHash());
        assertThat(second.getHash()).matches("[0-9a-f]{64}").isEqualTo(second.computeHash());
        LedgerVerification verification = ledger.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.head()).isEqualTo(second.getHash());
        assertThat(verification.firstBrokenSeq()).isNull();
    }

    @Test
    void anAppendOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> ledger.append("test", "x", "thing", 1, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void editingAnEntryInTheDatabaseBreaksTheChainAtThatEntry() throws Exception {
        LedgerEntry target = append("original");
        append("later");
        String payload = jdbc.queryForObject("select payload from ledger_entry where seq = ?", String.class, target.getSeq());
        jdbc.update("update ledger_entry set payload = ? where seq = ?", "{\"name\":\"forged\"}", target.getSeq());
        try {
            LedgerVerification broken = ledger.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(target.getSeq());
            mvc.perform(get("/api/v1/ledger/verify"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(target.getSeq()));
            mvc.perform(get("/historial")).andExpect(content().string(org.hamcrest.Matchers.containsString(
                    "La cadena está rota a partir de la entrada " + target.getSeq())));
        } finally {
            jdbc.update("update ledger_entry set payload = ? where seq = ?", payload, target.getSeq());
        }
        assertThat(ledger.verify().valid()).isTrue();
    }

    @Test
    void recomputingTheHashOfAnEditedEntryIsStillCaughtByTheNextOne() {
        LedgerEntry target = append("edited");
        LedgerEntry next = append("next");
        Map<String, Object> row = jdbc.queryForMap("select payload, hash from ledger_entry where seq = ?", target.getSeq());
        LedgerEntry forged = new LedgerEntry(target.getSeq(), target.getRecordedAt(), "test", "thing.created", "thing",
                "edited", "{\"name\":\"forged\"}", target.getPrevHash());
        jdbc.update("update ledger_entry set payload = ?, hash = ? where seq = ?", forged.getPayload(), forged.getHash(),
                target.getSeq());
        try {
            assertThat(ledger.verify().firstBrokenSeq()).isEqualTo(next.getSeq());
        } finally {
            jdbc.update("update ledger_entry set payload = ?, hash = ? where seq = ?", row.get("payload"), row.get("hash"),
                    target.getSeq());
        }
        assertThat(ledger.verify().valid()).isTrue();
    }

    @Test
    void deletingAnEntryBreaksTheChainWhereItWas() {
        LedgerEntry middle = append("middle");
        append("after");
        Map<String, Object> row = jdbc.queryForMap("select * from ledger_entry where seq = ?", middle.getSeq());
        jdbc.update("delete from ledger_entry where seq = ?", middle.getSeq());
        try {
            LedgerVerification broken = ledger.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(middle.getSeq());
        } finally {
            reinsert(row);
        }
        assertThat(ledger.verify().valid()).isTrue();
    }

    @Test
    void deletingTheNewestEntryIsCaughtByTheHead() {
        LedgerEntry newest = append("newest");
        Map<String, Object> row = jdbc.queryForMap("select * from ledger_entry where seq = ?", newest.getSeq());
        jdbc.update("delete from ledger_entry where seq = ?", newest.getSeq());
        try {
            assertThat(ledger.verify().firstBrokenSeq()).isEqualTo(newest.getSeq());
        } finally {
            reinsert(row);
        }
        assertThat(ledger.verify().valid()).isTrue();
    }

    @Test
    void apiPagesInOrderAndValidatesItsParameters() throws Exception {
        LedgerEntry a = append("page-a");
        append("page-b");
        mvc.perform(get("/api/v1/ledger").param("after", String.valueOf(a.getSeq() - 1)).param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].seq").value(a.getSeq()))
                .andExpect(jsonPath("$.entries[0].payload.name").value("page-a"))
                .andExpect(jsonPath("$.entries[0].hash").value(a.getHash()))
                .andExpect(jsonPath("$.next").value(a.getSeq()));
        mvc.perform(get("/api/v1/ledger").param("limit", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("«limit» debe estar entre 1 y 1000."));
        mvc.perform(get("/api/v1/ledger").param("after", "abc").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The parameter \"after\" is missing or not valid."));
        mvc.perform(get("/api/v1/ledger").param("subjectKind", "thing").param("subjectId", "page-a"))
                .andExpect(jsonPath("$.entries.length()").value(1));
    }

    @Test
    void historyDownloadsAsCsv() throws Exception {
        append("csv-row");
        String csv = mvc.perform(get("/historial.csv").param("tipo", "thing").param("id", "csv-row"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("thing.created", "csv-row");
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into ledger_entry (seq, recorded_at, module, type, subject_kind, subject_id, payload, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("seq"), row.get("recorded_at"), row.get("module"),
                row.get("type"), row.get("subject_kind"), row.get("subject_id"), row.get("payload"), row.get("prev_hash"),
                row.get("hash"));
    }
}
