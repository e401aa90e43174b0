package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The life cycle the catálogo gives a closed file, as pure functions. */
class RetentionTest {

    @Test
    void yearsEndOnTheSameDayNumberOrTheFirstOfTheNextMonthWhenItDoesNotExist() {
        assertThat(Retention.yearsAfter(LocalDate.of(2020, 3, 15), 2)).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(Retention.yearsAfter(LocalDate.of(2024, 2, 29), 1)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(Retention.yearsAfter(LocalDate.of(2024, 2, 29), 4)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aClosedFileIsDueForItsPrimaryTransferThenForItsDestinoFinal() {
        LocalDate closed = LocalDate.of(2020, 6, 30);
        LocalDate transfer = Retention.transferDue(closed, 2);
        LocalDate disposal = Retention.disposalDue(closed, 2, 5);
        assertThat(transfer).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(disposal).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(Retention.due(Stage.TRAMITE, transfer, disposal, Destination.BAJA, LocalDate.of(2022, 6, 29)))
                .isEqualTo(Retention.Due.NOTHING);
        assertThat(Retention.due(Stage.TRAMITE, transfer, disposal, Destination.BAJA, transfer))
                .isEqualTo(Retention.Due.PRIMARY_TRANSFER);
        assertThat(Retention.due(Stage.CONCENTRACION, transfer, disposal, Destination.BAJA, LocalDate.of(2027, 6, 29)))
                .isEqualTo(Retention.Due.NOTHING);
        assertThat(Retention.due(Stage.CONCENTRACION, transfer, disposal, Destination.BAJA, disposal))
                .isEqualTo(Retention.Due.DISPOSAL);
        assertThat(Retention.due(Stage.CONCENTRACION, transfer, disposal, Destination.CONSERVACION, disposal))
                .isEqualTo(Retention.Due.SECONDARY_TRANSFER);
        assertThat(Retention.due(Stage.TRAMITE, null, null, Destination.BAJA, disposal))
                .as("an open file is due for nothing").isEqualTo(Retention.Due.NOTHING);
    }
}
