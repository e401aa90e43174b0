package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** What an operator's probes and monitoring read: liveness, readiness (database and file store), the shared work. */
@IntegrationTest
class OperationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    LedgerService ledger;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void livenessAndReadinessAnswerUp() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theSharedWorkAndLedgerAppendsAreMeasured() {
        assertThat(meters.get("apertura.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("apertura.outbox.failed").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("apertura.rate-limits.rows").gauge().value()).isGreaterThanOrEqualTo(0);
        long before = meters.get("apertura.ledger.append").timer().count();
        transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar", "medicion", Map.of()));
        assertThat(meters.get("apertura.ledger.append").timer().count()).isEqualTo(before + 1);
    }

    @Autowired
    java.util.List<WatchedFigure> figures;

    @Test
    void theRemindersDueAndTheHarvestLagAreWatched() {
        assertThat(figures).extracting(WatchedFigure::name).contains("apertura.reminders.due",
                "apertura.national.harvest.lag");
        for (WatchedFigure figure : figures) {
            assertThat(figure.value()).as(figure.name() + " " + figure.tags()).isGreaterThanOrEqualTo(0);
        }
        for (String kind : java.util.List.of("access-requests", "milestones", "archives")) {
            assertThat(meters.get("apertura.reminders.due").tag("kind", kind).gauge().value()).as(kind)
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(meters.get("apertura.national.harvest.lag").gauge().value()).isGreaterThanOrEqualTo(0);
    }
}
