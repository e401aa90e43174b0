package org.apertura.infographics;

import static org.apertura.infographics.NormTesting.messages;
import static org.apertura.infographics.NormTesting.step;
import static org.apertura.infographics.NormTesting.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.apertura.infographics.CitizenVersion.Branch;
import org.apertura.platform.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The rules of a citizen version: how days count is always said, branches go somewhere, and every path ends. */
class CitizenVersionTest {

    private final MessageSource messages = messages();

    private List<String> words(CitizenVersion version, Locale locale) {
        return version.problems().stream().map(p -> messages.getMessage(p.messageKey(), p.args(), locale)).toList();
    }

    @Test
    void aWellFormedVersionHasNoProblemsAndALoopWithAWayOutIsFine() {
        assertThat(NormTesting.simple().problems()).isEmpty();
    }

    @Test
    void aStepWithoutItsDeadlineTypeIsRefusedInSpanishAndEnglish() {
        CitizenVersion version = version(List.of(step("Tú", 10, DayType.CALENDAR), step("La oficina", 5, null)));
        assertThat(version.problems()).extracting(FieldProblem::field).containsExactly("steps[1].dayType");
        assertThat(words(version, NormTesting.SPANISH)).containsExactly(
                "El paso 2 no dice cómo se cuentan sus días: elija días hábiles o días naturales.");
        assertThat(words(version, Locale.ENGLISH)).containsExactly(
                "Step 2 does not say how its days are counted: choose business days or calendar days.");
    }

    @Test
    void aCycleThatNeverEndsIsRefusedNamingItsSteps() {
        CitizenVersion version = version(List.of(step("Tú", 1, DayType.BUSINESS),
                step("La oficina", 2, DayType.BUSINESS, new Branch("Falta algo", 3), new Branch("Revisa de nuevo", 2)),
                step("Tú", 3, DayType.BUSINESS, new Branch("Entregas", 2)),
                step("La oficina", 4, DayType.BUSINESS)));
        assertThat(version.problems()).extracting(FieldProblem::field).containsExactly("steps");
        assertThat(words(version, NormTesting.SPANISH)).containsExactly(
                "Los pasos 1, 2, 3 forman un ciclo que nunca termina: dé a alguno un camino que lleve al fin.");
        assertThat(words(version, Locale.ENGLISH)).containsExactly(
                "Steps 1, 2, 3 form a cycle that never ends: give one of them a path that leads to the end.");
    }

    @Test
    void aBranchToAStepThatDoesNotExistAndAPointWithoutItsArticleAreRefused() {
        CitizenVersion steps = version(List.of(step("Tú", 1, DayType.BUSINESS, new Branch("Sigue", 7))));
        assertThat(words(steps, NormTesting.SPANISH)).containsExactly(
                "Un camino del paso 1 va a un paso que no existe: use un número del 1 al 1, o fin.");
        CitizenVersion uncited = new CitizenVersion(List.of(new CitizenVersion.Point("Sirve para algo.", null)),
                List.of(), List.of(), List.of(), NormTesting.simple().steps(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(words(uncited, NormTesting.SPANISH)).containsExactly(
                "El punto 1 no cita su artículo: agréguelo al final entre corchetes, por ejemplo [art. 12].");
    }
}
