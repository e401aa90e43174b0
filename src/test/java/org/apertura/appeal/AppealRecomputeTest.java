package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.RuleSet;
import org.apertura.deadlines.Term;
import org.junit.jupiter.api.Test;
import org.apertura.deadlines.Deadlines;

/**
 * An appeal's running deadlines recomputed on a newer version of its guarantor's calendar: one day closed
 * inside the resolution term moves it (and the extension on top) by one business day, from the same day and
 * with the same terms; a day outside moves nothing; a finished appeal is never touched. Pure, like
 * {@link AppealRulesTest}.
 */
class AppealRecomputeTest {

    static final RuleSet LGTAIP = new LawRules().byCode("LGTAIP-2025").orElseThrow();
    static final Deadlines V1 = Deadlines.on(BusinessCalendar.of("idaip", 1, List.of()), LGTAIP);
    static final Instant NOW = Instant.parse("2026-06-01T17:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    /** Version 2 of the calendar: version 1 with one non-business day. */
    static Deadlines closing(LocalDate day) {
        return Deadlines.on(BusinessCalendar.of("idaip", 2, List.of(new BusinessCalendar.Closure(day, day,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Aniversario del instituto", "Periódico Oficial"))), LGTAIP);
    }

    static Appeal admitted() {
        Appeal a = Appeal.file("rr-idaip-2026-0001", AppealRulesTest.answered(MONDAY), 9L, "idaip", "durango",
                AppealRulesTest.DRAFT, MONDAY.plusDays(1), NOW, V1);
        a.admit(WEDNESDAY, NOW, "Garante", V1);
        return a;
    }

    @Test
    void aDayClosedInsideTheResolutionTermMovesItByOneBusinessDayFromTheSameDay() {
        Appeal a = admitted();
        LocalDate before = a.getResolutionDue();
        LocalDate allegationsBefore = a.getAllegationsDue();
        assertThat(before).isEqualTo(V1.due(WEDNESDAY, Term.APPEAL_RESOLUTION));
        Deadlines v2 = closing(V1.due(WEDNESDAY, 2));

        List<AppealStep> steps = a.recompute(v2, NOW);

        assertThat(a.getResolutionDue()).isEqualTo(V1.due(before, 1))
                .isEqualTo(v2.due(WEDNESDAY, Term.APPEAL_RESOLUTION));
        assertThat(a.getAllegationsDue()).isEqualTo(V1.due(allegationsBefore, 1));
        assertThat(a.getCalendarVersion()).isEqualTo(v2.calendarVersion());
        assertThat(steps).extracting(s -> s.getType().getKey()).containsOnly("deadline.recomputed");
        AppealStep resolution = steps.get(0);
        assertThat(resolution.getTerm()).isEqualTo(Term.APPEAL_RESOLUTION);
        assertThat(resolution.getTermDays()).isEqualTo(V1.days(Term.APPEAL_RESOLUTION));
        assertThat(resolution.getTermFrom()).isEqualTo(WEDNESDAY);
        assertThat(resolution.getDueDate()).isEqualTo(a.getResolutionDue());
        assertThat(resolution.getCalendarVersion()).isEqualTo(v2.calendarVersion());
        assertThat(resolution.getNote()).isEqualTo(before + " → " + a.getResolutionDue() + " ("
                + V1.calendarVersion() + " → " + v2.calendarVersion() + ")");
        assertThat(resolution.getCapacity()).isEqualTo(AppealCapacity.GUARANTOR);
        assertThat(resolution.getActor()).isNull();

        // Recomputing again on the same calendar moves nothing.
        assertThat(a.recompute(v2, NOW)).isEmpty();
    }

    @Test
    void theExtensionStaysOnTopOfTheRecomputedResolutionTerm() {
        Appeal a = admitted();
        a.extend("Volumen de anexos.", WEDNESDAY.plusDays(7), NOW, "Garante", V1);
        LocalDate before = a.getResolutionDue();
        assertThat(before).isEqualTo(V1.due(V1.due(WEDNESDAY, Term.APPEAL_RESOLUTION),
                Term.APPEAL_RESOLUTION_EXTENSION));
        Deadlines v2 = closing(V1.due(WEDNESDAY, 10));

        List<AppealStep> steps = a.recompute(v2, NOW);

        assertThat(a.getResolutionDue()).isEqualTo(V1.due(before, 1)).isEqualTo(
                v2.due(v2.due(WEDNESDAY, Term.APPEAL_RESOLUTION), Term.APPEAL_RESOLUTION_EXTENSION));
        AppealStep resolution = steps.stream().filter(s -> s.getTerm() == Term.APPEAL_RESOLUTION_EXTENSION)
                .findFirst().orElseThrow();
        assertThat(resolution.getTermDays())
                .isEqualTo(V1.days(Term.APPEAL_RESOLUTION) + V1.days(Term.APPEAL_RESOLUTION_EXTENSION));
        assertThat(resolution.getTermFrom()).isEqualTo(WEDNESDAY);
        assertThat(resolution.getDueDate()).isEqualTo(a.getResolutionDue());
    }

    @Test
    void aDayClosedAfterTheDueDatesMovesNothing() {
        Appeal a = admitted();
        LocalDate before = a.getResolutionDue();
        LocalDate allegations = a.getAllegationsDue();

        assertThat(a.recompute(closing(V1.due(before, 3)), NOW)).isEmpty();
        assertThat(a.getResolutionDue()).isEqualTo(before);
        assertThat(a.getAllegationsDue()).isEqualTo(allegations);
    }

    @Test
    void theComplianceTermKeepsTheDaysTheResolutionSet() {
        Appeal a = admitted();
        a.allege(AppealCapacity.APPELLANT, "No se entregaron anexos.", WEDNESDAY.plusDays(1), NOW, null, V1);
        a.allege(AppealCapacity.TRANSPARENCY_UNIT, "Se entregó todo.", WEDNESDAY.plusDays(1), NOW, "Unidad", V1);
        LocalDate resolvedOn = WEDNESDAY.plusDays(7);
        a.resolve(AppealResolution.REVOKED, "Entregue los anexos.", 5, resolvedOn, NOW, "Garante", V1);
        LocalDate before = a.getComplianceDue();
        assertThat(before).isEqualTo(V1.due(resolvedOn, 5));

        List<AppealStep> steps = a.recompute(closing(V1.due(resolvedOn, 2)), NOW);

        assertThat(a.getComplianceDue()).isEqualTo(V1.due(before, 1));
        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.getTerm()).isEqualTo(Term.COMPLIANCE);
            assertThat(s.getTermDays()).isEqualTo(5);
            assertThat(s.getTermFrom()).isEqualTo(resolvedOn);
        });
    }

    @Test
    void aFinishedAppealIsNeverTouched() {
        Appeal a = admitted();
        a.allege(AppealCapacity.APPELLANT, "No se entregaron anexos.", WEDNESDAY.plusDays(1), NOW, null, V1);
        a.allege(AppealCapacity.TRANSPARENCY_UNIT, "Se entregó todo.", WEDNESDAY.plusDays(1), NOW, "Unidad", V1);
        a.resolve(AppealResolution.CONFIRMED, "Se confirma la respuesta.", null, WEDNESDAY.plusDays(7), NOW,
                "Garante", V1);
        assertThat(a.getStage()).isEqualTo(AppealStage.RESOLVED);
        LocalDate before = a.getResolutionDue();

        assertThat(a.recompute(closing(V1.due(WEDNESDAY, 2)), NOW)).isEmpty();
        assertThat(a.getResolutionDue()).isEqualTo(before);
        assertThat(a.getCalendarVersion()).isEqualTo(V1.calendarVersion());
    }
}
