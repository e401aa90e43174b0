package org.apertura.contracting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Settings read as Cardinal reads its settings file, with its defaults. */
class RedFlagSettingsTest {

    @Test
    void anEmptySectionEnablesAnIndicatorWithCardinalsDefaults() {
        RedFlagSettings settings = RedFlagSettings.fromSections(Map.of("R003", Map.of(), "R038", Map.of()));

        assertEquals(Set.of(Indicator.R003, Indicator.R038), settings.enabled());
        assertEquals(15, settings.r003Threshold());
        assertEquals(Set.of("open", "selective"), settings.r018ProcurementMethods());
        assertEquals(75, settings.r025Percentile());
        assertEquals(2, settings.r038MinimumSubmittedBids());
        assertEquals(20, settings.r048MinimumContractingProcesses());
        assertNull(settings.r038Threshold());
        assertNull(settings.currency());
    }

    @Test
    void readsTopLevelExclusionsAndPerProcedureThresholds() {
        RedFlagSettings settings = RedFlagSettings.fromSections(Map.of(
                "", Map.of("currency", "MXN", "no_price_comparison_procurement_methods", "Sorteo|Precio fijo"),
                "exclusions", Map.of("procurement_method_details", "Prueba"),
                RedFlagSettings.R003_DETAILS_SECTION, Map.of("Licitación", "10", "Cotización", "7"),
                "R024", Map.of("threshold", "0.05")));

        assertEquals(Set.of(Indicator.R003, Indicator.R024), settings.enabled());
        assertEquals("MXN", settings.currency());
        assertEquals(Set.of("Sorteo", "Precio fijo"), settings.noPriceComparisonProcurementMethods());
        assertEquals(Set.of("Prueba"), settings.excludedProcurementMethodDetails());
        assertEquals(Map.of("Licitación", 10L, "Cotización", 7L), settings.r003ProcurementMethodDetails());
        assertEquals(0.05, settings.r024Threshold());
    }

    @Test
    void splitsListsAsRustsSplitTerminator() {
        assertEquals(Set.of(), RedFlagSettings.pipeSeparated(""));
        assertEquals(Set.of("a", "b"), RedFlagSettings.pipeSeparated("a|b|"));
        assertEquals(Set.of("a", ""), RedFlagSettings.pipeSeparated("a||"));
    }

    @Test
    void raisesR035sThresholdToOne() {
        assertEquals(1, RedFlagSettings.fromSections(Map.of("R035", Map.of("threshold", "0"))).r035Threshold());
    }

    @Test
    void rejectsWhatCardinalRejects() {
        assertThrows(IllegalArgumentException.class,
                () -> RedFlagSettings.fromSections(Map.of("R003", Map.of("treshold", "10"))));
        assertThrows(IllegalArgumentException.class,
                () -> RedFlagSettings.fromSections(Map.of("R999", Map.of())));
        assertThrows(IllegalArgumentException.class,
                () -> RedFlagSettings.fromSections(Map.of("R048", Map.of("digits", "two"))));
    }
}
