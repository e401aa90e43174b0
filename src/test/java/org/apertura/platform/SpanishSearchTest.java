package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a citizen expects of the search in Spanish (ADR 0034): the query is written one way, the text another
 * (plural, gender, accents, a verb or the noun of the act), and they still find each other; unrelated words do not.
 */
class SpanishSearchTest {

    private static boolean finds(String query, String text) {
        return SpanishSearch.matches(SpanishSearch.words(query), text);
    }

    @Test
    void contractingIsFoundByTheContractsAndTheVerb() {
        assertThat(finds("contratos", "Contratación de obra pública 2024")).isTrue();
        assertThat(finds("contratación", "Copia de los contratos firmados")).isTrue();
        assertThat(finds("contrataciones", "Contratar el alumbrado")).isTrue();
        assertThat(finds("licitar", "Licitaciones del ayuntamiento")).isTrue();
    }

    @Test
    void pluralsGenderAndAccentsDoNotMatter() {
        assertThat(finds("niñas", "Becas para niños de primaria")).isTrue();
        assertThat(finds("nino", "Programa para niñas")).isTrue();
        assertThat(finds("presupuestos", "El presupuesto de egresos")).isTrue();
        assertThat(finds("presupuesto", "Presupuestos participativos")).isTrue();
        assertThat(finds("regidoras", "Sueldo del regidor")).isTrue();
        assertThat(finds("mujeres", "Centro de atención a la mujer")).isTrue();
        assertThat(finds("jóvenes", "Empleo joven")).isTrue();
        assertThat(finds("titulares", "Nombre del titular de la unidad")).isTrue();
        assertThat(finds("luces", "Luz de las calles")).isTrue();
        assertThat(finds("INFORMACION PUBLICA", "Información pública de oficio")).isTrue();
        assertThat(finds("contratacion", "Contratación directa")).isTrue();
        assertThat(finds("sesión", "Actas de las sesiones de cabildo")).isTrue();
    }

    @Test
    void openDataIsFoundAsTwoWordsInAnyForm() {
        assertThat(finds("datos abiertos", "Portal de datos abiertos")).isTrue();
        assertThat(finds("dato abierto", "Datos abiertos del municipio")).isTrue();
        assertThat(finds("datos abiertos", "Datos del padrón cerrado")).isFalse();
    }

    @Test
    void differentWordsStayApart() {
        assertThat(finds("acta", "Actos de gobierno")).isFalse();
        assertThat(finds("general", "Generar un informe")).isFalse();
        assertThat(finds("obra", "Obrero del año")).isFalse();
        assertThat(finds("agua", "Aguinaldo de los regidores")).isFalse();
    }

    @Test
    void stopWordsRequestWordsAndNoiseAreNotTerms() {
        assertThat(SpanishSearch.words("Solicito, por favor, ¿cuál es el monto?")).containsExactly("mont");
        assertThat(SpanishSearch.words("  ")).isEmpty();
        assertThat(SpanishSearch.words(null)).isEmpty();
        assertThat(finds("de la", "Datos de la obra")).isFalse();
    }

    @Test
    void termsAreOnlyLowercaseLettersAndDigitsForTheSqlSearch() {
        Set<String> words = SpanishSearch.words("Folio SA-2024/00_17 «Año» ½ Ωmega straße Œuvre 1.5");
        assertThat(words).allMatch(w -> w.matches("[a-z0-9]{2,}"));
        assertThat(words).contains("sa", "2024", "00", "17", "ano");
        assertThat(SpanishSearch.terms("Contratos y contrato")).isEqualTo(" contrat ");
        assertThat(SpanishSearch.words("Informacio\u0301n")).isEqualTo(SpanishSearch.words("Información"));
    }
}
