package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list per record gives example addresses only from a record that has data: never a 404 link. */
class PublicDatasetTest {

    @Test
    void aListPerRecordIsFilledWithTheExampleOrGivesNothingWhileThereIsNone() {
        PublicDataset none = PublicDataset.perRecord("budget-lines", "/presupuesto/{institucion}/{anio}/lineas.csv",
                "/api/v1/budget/budgets/{institucion}/{anio}/lines", List.of("line"), Map::of);
        assertThat(none.templated()).isTrue();
        assertThat(none.resolved()).isEmpty();

        PublicDataset some = PublicDataset.perRecord("budget-lines", "/presupuesto/{institucion}/{anio}/lineas.csv",
                "/api/v1/budget/budgets/{institucion}/{anio}/lines", List.of("line"),
                () -> Map.of("institucion", "congreso-durango", "anio", "2025"));
        PublicDataset filled = some.resolved().orElseThrow();
        assertThat(filled.csvPath()).isEqualTo("/presupuesto/congreso-durango/2025/lineas.csv");
        assertThat(filled.jsonPath()).isEqualTo("/api/v1/budget/budgets/congreso-durango/2025/lines");
        assertThat(filled.templated()).isFalse();

        PublicDataset half = PublicDataset.perRecord("x", "/a/{institucion}/{anio}.csv", "/a/{institucion}.json",
                List.of(), () -> Map.of("institucion", "congreso-durango"));
        assertThat(half.resolved()).as("a placeholder without a value").isEmpty();

        PublicDataset fixed = new PublicDataset("glossary", "/glosario.csv", "/api/v1/plain-language/glossary", List.of());
        assertThat(fixed.resolved()).contains(fixed);
    }
}
