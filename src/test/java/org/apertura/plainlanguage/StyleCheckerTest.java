package org.apertura.plainlanguage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of hint, where it points, and the look-alikes it must leave alone. */
class StyleCheckerTest {

    private static List<Hint> hints(String text) {
        return PlainLanguageService.analyseUnchecked(text).hints();
    }

    private static List<String> excerpts(String text, HintKind kind) {
        return hints(text).stream().filter(h -> h.kind() == kind).map(h -> h.excerpt(text)).toList();
    }

    @Test
    void sentencesOverThirtyWords() {
        String thirtyOne = "Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
                + "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
                + "veintiséis veintisiete veintiocho veintinueve treinta treintaiuno.";
        String text = "Corta. " + thirtyOne;
        List<Hint> found = hints(text).stream().filter(h -> h.kind() == HintKind.LONG_SENTENCE).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).start()).isEqualTo(7);
        assertThat(found.get(0).end()).isEqualTo(text.length());
        assertThat(found.get(0).args()).containsExactly(31, 30);
        assertThat(excerpts("Una oración de treinta palabras no basta para la alerta si no pasa el límite que fija el "
                + "manual de lenguaje ciudadano para los textos del gobierno federal ya mismo.",
                HintKind.LONG_SENTENCE)).isEmpty();
    }

    @Test
    void passiveVoice() {
        assertThat(excerpts("El plan fue aprobado por el Congreso.", HintKind.PASSIVE_VOICE)).containsExactly("fue aprobado");
        assertThat(excerpts("El informe fue debidamente revisado.", HintKind.PASSIVE_VOICE))
                .containsExactly("fue debidamente revisado");
        assertThat(excerpts("Los datos están publicados y el acta será firmada.", HintKind.PASSIVE_VOICE))
                .containsExactly("están publicados", "será firmada");
        assertThat(excerpts("Se publicaron los resultados.", HintKind.PASSIVE_VOICE)).containsExactly("Se publicaron");
        assertThat(excerpts("Son medidas necesarias. Se trata de un tema. Se le informó. Es cuidado.",
                HintKind.PASSIVE_VOICE)).isEmpty();
    }

    @Test
    void nominalisationsWithLightVerbsSuggestTheVerb() {
        String text = "La Secretaría realizará la revisión del padrón.";
        Hint hint = hints(text).stream().filter(h -> h.kind() == HintKind.NOMINALISATION).findFirst().orElseThrow();
        assertThat(hint.excerpt(text)).isEqualTo("realizará la revisión");
        assertThat(hint.suggestion()).isEqualTo("revisar");
        assertThat(hints("Se llevó a cabo la evaluación.").stream().filter(h -> h.kind() == HintKind.NOMINALISATION))
                .singleElement().extracting(Hint::suggestion).isEqualTo("evaluar");
        assertThat(hints("Vamos a dar seguimiento al caso.").stream().filter(h -> h.kind() == HintKind.NOMINALISATION))
                .singleElement().extracting(Hint::suggestion).isEqualTo("seguir");
        assertThat(excerpts("Procedió a la notificación.", HintKind.NOMINALISATION))
                .containsExactly("Procedió a la notificación");
        assertThat(excerpts("Realizó un viaje. Da gusto.", HintKind.NOMINALISATION)).isEmpty();
    }

    @Test
    void jargonWithPlainAlternatives() {
        String text = "En virtud de lo anterior, el suscrito solicita,  de   conformidad con la ley, lo siguiente.";
        List<Hint> jargon = hints(text).stream().filter(h -> h.kind() == HintKind.JARGON).toList();
        assertThat(jargon).extracting(h -> h.excerpt(text))
                .containsExactly("En virtud de", "el suscrito", "de   conformidad con");
        assertThat(jargon).extracting(Hint::suggestion).containsExactly("por, debido a", "yo", "según");
        assertThat(jargon.get(0).start()).isZero();
        assertThat(jargon.get(0).end()).isEqualTo(12);
        Hint delete = hints("Por medio del presente le informo.").stream().filter(h -> h.kind() == HintKind.JARGON)
                .findFirst().orElseThrow();
        assertThat(delete.suggestion()).isNull();
        assertThat(delete.messageKey()).isEqualTo("plain.hint.jargonDelete");
        assertThat(excerpts("La virtud de la paciencia.", HintKind.JARGON)).isEmpty();
    }

    @Test
    void acronymsUsedBeforeTheyAreSpelledOut() {
        String text = "La PNT publica datos. El Instituto Nacional Electoral (INE) vigila. El SAT (Servicio de "
                + "Administración Tributaria) cobra. La PNT otra vez. Vea la fracción III. AVISO IMPORTANTE.";
        assertThat(excerpts(text, HintKind.UNDEFINED_ACRONYM)).containsExactly("PNT");
    }

    @Test
    void hintsComeInTextOrder() {
        List<Hint> found = hints("El suscrito informa. La PNT fue actualizada.");
        assertThat(found).extracting(Hint::kind)
                .containsExactly(HintKind.JARGON, HintKind.UNDEFINED_ACRONYM, HintKind.PASSIVE_VOICE);
    }
}
