package org.apertura.contracting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apertura.contracting.ProcessDetail;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.node.StringNode;

/** A quantity and its unit as people read them: a regular Spanish plural, else the unit apart, never mangled. */
class ContractingWordsTest {

    private final ContractingWords words = words();

    private static ContractingWords words() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("contracting.item.quantityOf", Locale.forLanguageTag("es"), "{0} (unidad: {1})");
        return new ContractingWords(messages).in(Locale.forLanguageTag("es"));
    }

    @Test
    void aOneWordSpanishUnitGoesInThePluralAndAnyOtherStaysApart() {
        assertThat(words.quantity(new BigDecimal("400"), "pieza", "es")).isEqualTo("400 piezas");
        assertThat(words.quantity(new BigDecimal("1.00"), "pieza", "es")).isEqualTo("1 pieza");
        assertThat(words.quantity(new BigDecimal("12"), "mes", null)).isEqualTo("12 meses");
        assertThat(words.quantity(new BigDecimal("3"), "Unidad", "es")).isEqualTo("3 Unidades");
        assertThat(words.quantity(new BigDecimal("2"), "galón", "es")).isEqualTo("2 galones");
        assertThat(words.quantity(new BigDecimal("5"), "lápiz", "es")).isEqualTo("5 (unidad: lápiz)");
        assertThat(words.quantity(new BigDecimal("2.5"), "kg", "es")).isEqualTo("2.5 (unidad: kg)");
        assertThat(words.quantity(new BigDecimal("8"), "metro cuadrado", "es")).isEqualTo("8 (unidad: metro cuadrado)");
        assertThat(words.quantity(new BigDecimal("8"), "servicios", "es")).isEqualTo("8 (unidad: servicios)");
        assertThat(words.quantity(new BigDecimal("8"), "Miles", "en")).isEqualTo("8 (unidad: Miles)");
        assertThat(words.quantity(new BigDecimal("8"), null, "es")).isEqualTo("8");
    }

    @Test
    void aSchemeIsReadWithItsIdentifierOnOneLine() {
        List<String> at = List.of("contracts", "#Contrato", "relatedProcesses", "#Licitación");
        List<ContractingWords.Line> lines = words.lines(List.of(
                new ProcessDetail.Change(with(at, "scheme"), null, StringNode.valueOf("ocid")),
                new ProcessDetail.Change(with(at, "identifier"), null, StringNode.valueOf("ocds-213czf-1"))), "es");
        assertThat(lines).extracting(ContractingWords.Line::value).containsExactly("ocid ocds-213czf-1");
    }

    private static List<String> with(List<String> path, String field) {
        List<String> all = new java.util.ArrayList<>(path);
        all.add(field);
        return all;
    }
}
