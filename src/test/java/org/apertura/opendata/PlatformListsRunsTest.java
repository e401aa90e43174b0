package org.apertura.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.web.PublicDataset;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * A list whose first record appears after start-up, from a module that says nothing, is registered in the catalog once
 * the demo is loaded and by the nightly run, once; the module's own event keeps working.
 */
class PlatformListsRunsTest {

    final AtomicReference<Map<String, String>> record = new AtomicReference<>(Map.of());
    final PublicDataset lines = PublicDataset.perRecord("budget.lines", "/presupuesto/{institucion}/lineas.csv",
            "/api/v1/budgets/{institucion}/lines", List.of("budget.amount"), record::get);
    final DatasetRepository datasets = mock(DatasetRepository.class);
    final DatasetPublishing publishing = mock(DatasetPublishing.class);
    final PlatformLists lists = lists();

    private PlatformLists lists() {
        Institution idaip = mock(Institution.class);
        when(idaip.getSlug()).thenReturn("idaip");
        JurisdictionService directory = mock(JurisdictionService.class);
        when(directory.allInstitutions()).thenReturn(List.of(idaip));
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        PublicDataset.Source source = () -> List.of(lines);
        return new PlatformLists(List.of(source), datasets, publishing, directory, messages,
                new OpenDataProperties("idaip", DataSize.ofGigabytes(1)), mock(PlatformTransactionManager.class));
    }

    /** What registering the list writes to the catalog, as often as it happened. */
    private void registered(int times) {
        verify(publishing, times(times)).registerPlatformList(eq("budget.lines"), any(),
                argThat(links -> links.get(0).path().equals("/presupuesto/idaip/lineas.csv")));
    }

    @Test
    void aListWhoseFirstRecordAppearedIsRegisteredOnceTheDemoIsLoaded() {
        lists.on(new DemoSeed.Loaded(30));
        verify(publishing, never()).registerPlatformList(anyString(), any(), any()); // no record yet: no 404 link

        record.set(Map.of("institucion", "idaip"));
        lists.on(new DemoSeed.Loaded(30));
        registered(1);
    }

    @Test
    void theNightlyRunRegistersWhatAppearedSinceAndNothingTwice() {
        lists.nightly();
        record.set(Map.of("institucion", "idaip"));
        lists.nightly();
        registered(1);
        when(datasets.findBySourceKey("budget.lines")).thenReturn(Optional.of(mock(Dataset.class)));
        lists.nightly();
        lists.on(new PublicDataset.Changed());
        registered(1);
    }

    @Test
    void theModulesOwnEventStillRegistersAtOnce() {
        record.set(Map.of("institucion", "idaip"));
        lists.on(new PublicDataset.Changed());
        registered(1);
    }

    @Test
    void theRunsAreWiredToTheDemoAndTheNightlySchedule() throws Exception {
        assertThat(PlatformLists.class.getDeclaredMethod("on", DemoSeed.Loaded.class)
                .getAnnotation(EventListener.class)).isNotNull();
        Scheduled nightly = PlatformLists.class.getDeclaredMethod("nightly").getAnnotation(Scheduled.class);
        assertThat(nightly.cron()).isEqualTo("${apertura.opendata.platform-lists-cron:0 40 3 * * *}");
        assertThat(nightly.zone()).isEqualTo("America/Mexico_City");
    }
}
