package org.apertura.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apertura.IntegrationTest;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.web.PublicDataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A list whose first record appears after start-up, from a module that says nothing, is registered in the catalog by
 * the next run (once the demo is loaded, every night, or on a module's own event), and only once. Run on the real
 * catalog inside a transaction that is rolled back, so the test's list never reaches the shared database.
 */
@IntegrationTest
class PlatformListsRunsTest {

    @Autowired
    DatasetRepository datasets;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    JurisdictionService directory;
    @Autowired
    MessageSource messages;
    @Autowired
    OpenDataProperties settings;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aListIsRegisteredOnceItsFirstRecordAppearsAndNeverTwice() {
        String key = "budget.lines.test-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicReference<Map<String, String>> record = new AtomicReference<>(Map.of());
        PublicDataset lines = PublicDataset.perRecord(key, "/presupuesto/{institucion}/lineas.csv",
                "/api/v1/budgets/{institucion}/lines", List.of("budget.amount"), record::get);
        PlatformLists lists = new PlatformLists(List.of(() -> List.of(lines)), datasets, publishing, directory,
                messages, settings, transactions);
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            assertThat(lists.register()).as("no record yet: no link that would answer 404").isZero();
            assertThat(datasets.findBySourceKey(key)).isEmpty();

            String owner = lists.owner().orElseThrow();
            record.set(Map.of("institucion", owner));
            assertThat(lists.register()).isEqualTo(1);
            Dataset registered = datasets.findBySourceKey(key).orElseThrow();
            assertThat(registered.getKind()).isEqualTo(DatasetKind.PLATFORM_LIST);
            assertThat(registered.getState()).isEqualTo(DatasetState.PUBLISHED);

            assertThat(lists.register()).as("a second run adds nothing").isZero();
        });
        assertThat(datasets.findBySourceKey(key)).as("rolled back").isEmpty();
    }

    @Test
    void theRunsAreWiredToTheDemoTheNightlyScheduleAndTheModulesEvent() throws Exception {
        assertThat(PlatformLists.class.getDeclaredMethod("on", DemoSeed.Loaded.class)
                .getAnnotation(EventListener.class)).isNotNull();
        assertThat(PlatformLists.class.getDeclaredMethod("on", PublicDataset.Changed.class)
                .getAnnotation(TransactionalEventListener.class)).isNotNull();
        Scheduled nightly = PlatformLists.class.getDeclaredMethod("nightly").getAnnotation(Scheduled.class);
        assertThat(nightly.cron()).isEqualTo("${apertura.opendata.platform-lists-cron:0 40 3 * * *}");
        assertThat(nightly.zone()).isEqualTo("America/Mexico_City");
    }
}
