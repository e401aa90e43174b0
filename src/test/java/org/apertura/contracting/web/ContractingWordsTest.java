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
        Locale es = Locale.forLanguageTag("es");
        messages.addMessage("contracting.item.quantityOf", es, "{0} (unidad: {1})");
        messages.addMessage("contracting.scheme.COG", es, "Partida COG");
        messages.addMessage("contracting.scheme.APERTURA.named", es, "{0} (institución registrada en Apertura)");
        messages.addMessage("contracting.tag.award", es, "Adjudicación");
        messages.addMessage("contracting.tag.contract", es, "Contrato");
        messages.addMessage("contracting.tag.update", es, "Actualización");
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
        // a unit of several words: its noun and the words that agree with it, up to a preposition
        assertThat(words.quantity(new BigDecimal("2"), "metro cuadrado", "es")).isEqualTo("2 metros cuadrados");
        assertThat(words.quantity(new BigDecimal("1"), "metro cuadrado", "es")).isEqualTo("1 metro cuadrado");
        assertThat(words.quantity(new BigDecimal("3"), "metro lineal", "es")).isEqualTo("3 metros lineales");
        assertThat(words.quantity(new BigDecimal("6"), "metro  cúbico", "es")).isEqualTo("6 metros cúbicos");
        assertThat(words.quantity(new BigDecimal("5"), "mes de servicio", "es")).isEqualTo("5 meses de servicio");
        assertThat(words.quantity(new BigDecimal("4"), "hora hombre", "es")).isEqualTo("4 horas hombre");
        assertThat(words.quantity(new BigDecimal("9"), "caja con 10 piezas", "es")).isEqualTo("9 cajas con 10 piezas");
        assertThat(words.quantity(new BigDecimal("8"), "metro m2", "es")).isEqualTo("8 (unidad: metro m2)");
        assertThat(words.quantity(new BigDecimal("8"), "metros cuadrados", "es"))
                .isEqualTo("8 (unidad: metros cuadrados)");
        assertThat(words.quantity(new BigDecimal("8"), "square metre", "en")).isEqualTo("8 (unidad: square metre)");
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

    @Test
    void aClassificationSaysItsKeyOnceWithItsDescription() {
        assertThat(words.described("Vestuario y uniformes", "COG", "27101"))
                .isEqualTo("Vestuario y uniformes (Partida COG 27101)");
        assertThat(words.described("Partida 27101 Vestuario y uniformes", "COG", "27101"))
                .isEqualTo("Partida 27101 Vestuario y uniformes (Partida COG)");
        assertThat(words.described(null, "COG", "27101")).isEqualTo("Partida COG 27101");
        assertThat(words.described(" ", null, null)).isEqualTo("—");
        assertThat(words.classification(new ProcessDetail.Item("Uniforme", BigDecimal.ONE, "pieza",
                "21101 Materiales, útiles y equipos menores de oficina", "COG", "21101")))
                .isEqualTo("21101 Materiales, útiles y equipos menores de oficina (Partida COG)")
                .containsOnlyOnce("21101");
        List<String> at = List.of("tender", "items", "#Uniforme", "classification");
        List<ContractingWords.Line> lines = words.lines(List.of(
                new ProcessDetail.Change(with(at, "scheme"), null, StringNode.valueOf("COG")),
                new ProcessDetail.Change(with(at, "id"), null, StringNode.valueOf("27101")),
                new ProcessDetail.Change(with(at, "description"), null,
                        StringNode.valueOf("27101 Vestuario y uniformes"))), "es");
        assertThat(lines).extracting(ContractingWords.Line::value)
                .containsExactly("27101 Vestuario y uniformes (Partida COG)");
    }

    @Test
    void anInstitutionOfThisDirectoryIsNamedAndAReleaseIsSaidByWhatItIsAndItsDay() {
        List<String> at = List.of("parties", "#Gobierno", "identifier");
        List<ContractingWords.Line> lines = words.lines(List.of(
                new ProcessDetail.Change(with(at, "scheme"), null,
                        StringNode.valueOf(ProcessDetail.INSTITUTION_SCHEME)),
                new ProcessDetail.Change(with(at, "id"), null, StringNode.valueOf("Gobierno del Estado"))), "es");
        assertThat(lines).extracting(ContractingWords.Line::value)
                .containsExactly("Gobierno del Estado (institución registrada en Apertura)");
        java.time.Instant day = java.time.Instant.parse("2026-03-04T03:00:00Z"); // 3 March in Mexico City
        assertThat(words.release(new ProcessDetail.ReleaseChanges("r-1", day, List.of("award", "contract"),
                List.of(), List.of()))).isEqualTo("Adjudicación, Contrato, 3 de marzo de 2026");
        assertThat(words.release(new ProcessDetail.ReleaseChanges("r-2", day, List.of(), List.of(), List.of())))
                .isEqualTo("Actualización, 3 de marzo de 2026");
        assertThat(words.in(Locale.ENGLISH).longDate(day)).isEqualTo("March 3, 2026");
    }

    private static List<String> with(List<String> path, String field) {
        List<String> all = new java.util.ArrayList<>(path);
        all.add(field);
        return all;
    }
}
