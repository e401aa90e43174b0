package org.apertura.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The completeness score, criterion by criterion, as a pure function of a dataset, its resources and the date. */
class CompletenessTest {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    static final Instant PUBLISHED = Instant.parse("2025-03-01T18:00:00Z");

    private static Dataset dataset(DatasetDraft draft) {
        Dataset dataset = new Dataset(draft, PUBLISHED);
        dataset.publish(PUBLISHED);
        return dataset;
    }

    private static DatasetDraft bare() {
        return DatasetDraft.of("obra-publica", "ayuntamiento-durango", "Obra pública", "Obras del municipio.")
                .withFrequency(Frequency.MONTHLY);
    }

    private static Resource csv(boolean described) {
        Resource resource = Resource.file(1L, 0, ResourceDraft.named("obras", null), "obras.csv", DetectedFormat.CSV,
                "a".repeat(64), 10, PUBLISHED);
        resource.defineDictionary(List.of(new DictionaryField("monto", FieldType.NUMBER,
                described ? "Monto contratado en pesos" : null, "MXN", null)), PUBLISHED);
        return resource;
    }

    @Test
    void aDatasetWithEverythingScores100AndEachMissingCriterionCosts20() {
        DatasetDraft full = bare().withKeywords(List.of("obra")).withThemes(Set.of(DataTheme.REGI))
                .withContact("Obras Públicas", "obras@durango.example.mx").withSpatial(List.of("10005"));
        LocalDate inTime = LocalDate.of(2025, 3, 20);
        Completeness complete = Completeness.of(dataset(full), List.of(csv(true)), inTime, ZONE);
        assertThat(complete.score()).isEqualTo(100);

        assertThat(Completeness.of(dataset(bare()), List.of(csv(true)), inTime, ZONE))
                .satisfies(c -> assertThat(c.metadata()).isFalse()).extracting(Completeness::score).isEqualTo(80);
        assertThat(Completeness.of(dataset(full), List.of(csv(false)), inTime, ZONE).dictionary()).isFalse();
        Resource pdfLink = Resource.link(1L, 0, ResourceDraft.link("Informe", null, "https://x.example.mx/i.pdf",
                "PDF"), PUBLISHED);
        Completeness onlyPdf = Completeness.of(dataset(full), List.of(pdfLink), inTime, ZONE);
        assertThat(onlyPdf.machineReadable()).isFalse();
        assertThat(onlyPdf.dictionary()).isFalse();
        assertThat(onlyPdf.score()).isEqualTo(60);
    }

    @Test
    void aMonthlyDatasetNotUpdatedFor35DaysIsLateAndAnIrregularOneNever() {
        DatasetDraft full = bare().withKeywords(List.of("obra")).withThemes(Set.of(DataTheme.REGI))
                .withContact("Obras Públicas", "obras@durango.example.mx").withSpatial(List.of("10005"));
        assertThat(Completeness.of(dataset(full), List.of(csv(true)), LocalDate.of(2025, 4, 5), ZONE).onSchedule())
                .isTrue();
        assertThat(Completeness.of(dataset(full), List.of(csv(true)), LocalDate.of(2025, 4, 6), ZONE).onSchedule())
                .isFalse();
        Dataset irregular = dataset(full.withFrequency(Frequency.IRREGULAR));
        assertThat(Completeness.of(irregular, List.of(csv(true)), LocalDate.of(2030, 1, 1), ZONE).onSchedule())
                .isTrue();
        Dataset draft = new Dataset(full, PUBLISHED);
        assertThat(Completeness.of(draft, List.of(csv(true)), LocalDate.of(2025, 3, 2), ZONE).onSchedule()).isFalse();
    }
}
