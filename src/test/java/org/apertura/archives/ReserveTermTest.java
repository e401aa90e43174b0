package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The days a reserved file's reserve runs (LGTAIP 2025 art. 104), as a rule of the file itself. */
class ReserveTermTest {

    private static final LocalDate OPENED = LocalDate.of(2021, 3, 10);

    private static CaseFile openedIn(Classification classification) {
        ClassificationNode series = new ClassificationNode(1L, 1, new CatalogRow(1, Level.SERIE, "1C.1", null,
                "Seguridad pública", "Dirección de Seguridad", null, Set.of(PrimaryValue.A), 2, 5, Destination.BAJA,
                classification, false, null));
        return new CaseFile("municipio", series, "1C.1/2021/1", "Operativo", "Operativo", "Dirección de Seguridad",
                OPENED, null, Instant.parse("2021-03-10T16:00:00Z"));
    }

    @Test
    void aReserveRunsFromItsOpeningThroughItsLastDayAndNotAfter() {
        CaseFile file = openedIn(Classification.RESERVED);
        LocalDate last = file.getReservedUntil();
        assertThat(last).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(file.reserveRunsOn(OPENED)).isTrue();
        assertThat(file.reserveRunsOn(last.minusDays(1))).isTrue();
        assertThat(file.reserveRunsOn(last)).as("its last day still counts").isTrue();
        assertThat(file.reserveRunsOn(last.plusDays(1))).as("the day after, its information is public").isFalse();
    }

    @Test
    void aFileNotClassifiedReservedHasNoReserveRunning() {
        assertThat(openedIn(Classification.PUBLIC).reserveRunsOn(OPENED)).isFalse();
        assertThat(openedIn(Classification.CONFIDENTIAL).reserveRunsOn(OPENED)).isFalse();
    }
}
