package org.apertura.accessinfo;

import org.apertura.platform.SpanishSearch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.NationalCalendar;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.apertura.deadlines.Deadlines;

/**
 * The request's rules with dates worked by hand on the national calendar and the LGTAIP 2025 terms: the
 * answer term, the clarification that stops the clock and restarts it from zero, the committee's one
 * extension before the due date, answers that need the committee, and lapsed clarifications.
 */
class AccessRequestRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");

    /** The national calendar with the LGTAIP 2025 terms. */
    static Deadlines national() {
        return Deadlines.on(org.apertura.deadlines.BusinessCalendar.national(),
                new LawRules().byCode("LGTAIP-2025").orElseThrow());
    }

    static AccessRequest filedOn(LocalDate day) {
        return AccessRequest.file("x-2026-000001", "f1", 1L, "x", 1L, new AccessRequest.Filing("Contratos de obra 2025",
                Modality.ELECTRONIC, null, NotificationMedium.PLATFORM, null), Channel.ONLINE, NOW, day, "nacional",
                national(), null, "hash");
    }

    @Test
    void theAnswerTermSkipsTheThirdMondayOfMarch() {
        // Monday 2 March 2026; 16 March is the third Monday (LFT art. 74 fr. III): 20 business days end on 31 March.
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        assertThat(r.getReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(r.getRuleSet()).isEqualTo("LGTAIP-2025");
    }

    @Test
    void turningCitesItsArticleFromTheRuleSet() {
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        assertThat(r.turn(NOW, "Unidad", national()).getBasis()).isEqualTo("LGTAIP 2025 art. 133");
        assertThat(r.getStage()).isEqualTo(Stage.IN_PROCESS);
        assertThatThrownBy(() -> r.turn(NOW, "Unidad", national())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStepsLedgerEntryKeepsTheRequestLedgersFieldsAndOrder() {
        // The ledger is hash-chained and read by whoever checks it: a request's step writes its term as it always did
        // (termDue, no start day), and no actor, stage of its own or note (docs/adr/0032).
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        RequestEvent filed = r.filedEvent(national(), "Unidad");
        java.util.Map<String, Object> p = filed.publicRecord(AccessRequestService.publicRecord(r), null);
        assertThat(p.keySet()).containsExactly("folio", "institution", "channel", "receivedOn", "stage", "dueDate",
                "outcome", "ruleSet", "calendarVersion", "descriptionSha256", "step", "basis", "term", "termDays",
                "termDue");
        assertThat(p).containsEntry("step", "filed").containsEntry("term", "answer").containsEntry("termDays", 20)
                .containsEntry("termDue", "2026-03-31");
        assertThat(filed.getTerm()).isSameAs(RequestTerm.ANSWER);
        assertThat(r.turn(NOW, "Unidad", national()).publicRecord(new java.util.LinkedHashMap<>(), null).keySet())
                .containsExactly("step", "basis");
    }

    @Test
    void aRequestFiledOnSundayCountsFromMonday() {
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 1));
        assertThat(r.getReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aClarificationStopsTheClockAndItsReplyRestartsTheTermFromZero() {
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        RequestEvent asked = r.requestClarification("¿Qué obras?", LocalDate.of(2026, 3, 4), NOW, "Unidad", national());
        assertThat(r.getStage()).isEqualTo(Stage.CLARIFICATION_REQUESTED);
        assertThat(r.getDueDate()).as("the answer clock is stopped").isNull();
        // 10 business days after 4 March: 5, 6, 9–13, 17–19 (16 is a rest day).
        assertThat(r.getClarificationDue()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(asked.getBasis()).isEqualTo("LGTAIP 2025 art. 130 ¶1");

        r.replyClarification("Las de la avenida 20 de Noviembre", LocalDate.of(2026, 3, 12), NOW, national());
        assertThat(r.getStage()).isEqualTo(Stage.IN_PROCESS);
        // 20 business days from the day after 12 March: 13, 17–20, 23–27, 30, 31, 1–3 April, 6–10 April.
        assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aClarificationIsAskedOnceAndWithinFiveDays() {
        AccessRequest late = filedOn(LocalDate.of(2026, 3, 2));
        // The fifth business day after 2 March is 9 March.
        assertThatThrownBy(() -> late.requestClarification("¿Cuál?", LocalDate.of(2026, 3, 10), NOW, "U", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("clarificationLate");
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        r.requestClarification("¿Cuál?", LocalDate.of(2026, 3, 9), NOW, "U", national());
        r.replyClarification("Esta", LocalDate.of(2026, 3, 10), NOW, national());
        assertThatThrownBy(() -> r.requestClarification("¿Otra vez?", LocalDate.of(2026, 3, 10), NOW, "U", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("clarificationOnce");
    }

    @Test
    void withoutAReplyInTimeTheRequestIsNotFiled() {
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        r.requestClarification("¿Cuál?", LocalDate.of(2026, 3, 4), NOW, "U", national());
        assertThat(r.expireClarification(LocalDate.of(2026, 3, 19), NOW, national())).as("on the last day").isNull();
        assertThatThrownBy(() -> r.replyClarification("tarde", LocalDate.of(2026, 3, 20), NOW, national()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(r.expireClarification(LocalDate.of(2026, 3, 20), NOW, national())).isNotNull();
        assertThat(r.getStage()).isEqualTo(Stage.NOT_FILED);
    }

    @Test
    void theCommitteeExtendsOnceByTenDaysBeforeTheDueDate() {
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        CommitteeResolution yes = CommitteeResolution.of(1L, new CommitteeResolution.Terms(ResolutionKind.EXTENSION,
                Decision.CONFIRM, "Volumen de expedientes", null, null, null, null, "CT-05/2026"),
                LocalDate.of(2026, 3, 30), NOW, "Comité");
        r.extend(yes, LocalDate.of(2026, 3, 31), NOW, "Comité", national());
        // 10 business days after 31 March: 1–3, 6–10, 13, 14 April.
        assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(r.getStage()).isEqualTo(Stage.EXTENDED);
        assertThatThrownBy(() -> r.extend(yes, LocalDate.of(2026, 4, 1), NOW, "Comité", national()))
                .isInstanceOf(InvalidInputException.class);
        AccessRequest late = filedOn(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> late.extend(yes, LocalDate.of(2026, 4, 1), NOW, "Comité", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("extensionLate");
    }

    @Test
    void aReservedAnswerNeedsTheCommitteesClassificationWithItsHarmTest() {
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        AccessRequest.Answer reserved = new AccessRequest.Answer(Outcome.RESERVED, "Se reserva.", null, null, null, null);
        assertThatThrownBy(() -> r.answer(reserved, List.of(), LocalDate.of(2026, 3, 20), NOW, "U", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needsCommittee");
        assertThat(new CommitteeResolution.Terms(ResolutionKind.RESERVED, Decision.CONFIRM, "Seguridad", 1, "corto", 6,
                null, "CT-1").check()).extracting(p -> p.field()).containsExactlyInAnyOrder("harmTest", "reserveYears");
        CommitteeResolution classified = CommitteeResolution.of(1L, new CommitteeResolution.Terms(ResolutionKind.RESERVED,
                Decision.CONFIRM, "Seguridad pública", 1, "La difusión de las rutas de patrullaje pondría en riesgo real "
                + "y demostrable la seguridad de las personas.", 5, null, "CT-06/2026"), LocalDate.of(2026, 3, 19), NOW, "C");
        r.answer(reserved, List.of(classified), LocalDate.of(2026, 3, 20), NOW, "U", national());
        assertThat(r.getOutcome()).isEqualTo(Outcome.RESERVED);
        assertThat(r.getAnsweredOnTime()).isTrue();
        // Business days from 2 March to 20 March: 3–6, 9–13, 17–20 = 13.
        assertThat(r.getBusinessDaysToAnswer()).isEqualTo(13);
    }

    @Test
    void aLateAnswerIsMarkedLateAndCostsNothingAndPagesBeyondTwentyCost() {
        AccessRequest late = filedOn(LocalDate.of(2026, 3, 2));
        late.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Se entregan copias.", null, null, 35,
                new java.math.BigDecimal("75.00")), List.of(), LocalDate.of(2026, 4, 1), NOW, "U", national());
        assertThat(late.getAnsweredOnTime()).isFalse();
        // Art. 136 ¶3: no answer within the term, so reproduction and shipping are at the subject's expense.
        assertThat(late.getCost()).isEqualByComparingTo("0");
        assertThat(late.getPaymentDue()).isNull();
        // Twenty business days from 2 March end on 31 March (16 March is a rest day): 27 March is on time.
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        r.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Se entregan copias.", null, null, 35,
                new java.math.BigDecimal("75.00")), List.of(), LocalDate.of(2026, 3, 27), NOW, "U", national());
        assertThat(r.getAnsweredOnTime()).isTrue();
        assertThat(r.getCost()).isEqualByComparingTo("75.00");
        // 30 business days to pay, from the day after 27 March.
        assertThat(r.getPaymentDue()).isEqualTo(NationalCalendar.dueDate(LocalDate.of(2026, 3, 27), 30));
        assertThatThrownBy(() -> r.recordPayment(r.getPaymentDue().plusDays(1), r.getPaymentDue().plusDays(1), NOW, "U",
                national())).isInstanceOf(InvalidInputException.class).hasMessageContaining("paymentLate");
        RequestEvent paid = r.recordPayment(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6), NOW, "U", national());
        // Sixty business days to collect it, from the day after 6 April.
        assertThat(r.getAvailableUntil()).isEqualTo(NationalCalendar.dueDate(LocalDate.of(2026, 4, 6), 60));
        assertThat(paid.getBasis()).isEqualTo("LGTAIP 2025 art. 137");
        assertThatThrownBy(() -> r.recordPayment(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 7), NOW, "U", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alreadyPaid");
        // Twenty simple copies (art. 143 ¶4): an electronic answer's storage medium is not simple pages.
        AccessRequest free = RequestActsTest.filed(LocalDate.of(2026, 3, 2));
        free.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Copias.", null, null, 20, new java.math.BigDecimal("40")),
                List.of(), LocalDate.of(2026, 3, 20), NOW, "U", national());
        assertThat(free.getCost()).as("free up to 20 pages").isEqualByComparingTo("0");
        // Art. 143 ¶4: the twenty free pages are simple ones; certified copies are paid from the first page.
        assertThat(AccessRequest.cost(20, new java.math.BigDecimal("40"), Modality.CERTIFIED_COPY, true))
                .isEqualByComparingTo("40");
        assertThat(AccessRequest.cost(20, new java.math.BigDecimal("40"), Modality.SIMPLE_COPY, true))
                .isEqualByComparingTo("0");
        assertThat(AccessRequest.cost(21, new java.math.BigDecimal("42"), Modality.SIMPLE_COPY, false))
                .isEqualByComparingTo("0");
    }

    @Test
    void notCompetentNamesTheCompetentBodyAndAlreadyPublicSaysWhere() {
        AccessRequest r = filedOn(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> r.answer(new AccessRequest.Answer(Outcome.NOT_COMPETENT, "No es de aquí.", " ", null, null,
                null), List.of(), LocalDate.of(2026, 3, 3), NOW, "U", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("competentBody");
        assertThatThrownBy(() -> r.answer(new AccessRequest.Answer(Outcome.ALREADY_PUBLIC, "Ya está.", null, null, null,
                null), List.of(), LocalDate.of(2026, 3, 3), NOW, "U", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("publicSource");
        assertThat(r.getStage()).isEqualTo(Stage.RECEIVED);
    }

    @Test
    void notCompetentHasThreeDaysAndAlreadyPublicFive() {
        // Received Monday 2 March 2026: three business days end on 5 March, five on 9 March.
        AccessRequest late = filedOn(LocalDate.of(2026, 3, 2));
        RequestEvent step = late.answer(new AccessRequest.Answer(Outcome.NOT_COMPETENT, "No es competente.",
                "Fiscalía General", null, null, null), List.of(), LocalDate.of(2026, 3, 6), NOW, "U", national());
        assertThat(late.getAnsweredOnTime()).isFalse();
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 138");
        AccessRequest onTime = filedOn(LocalDate.of(2026, 3, 2));
        onTime.answer(new AccessRequest.Answer(Outcome.NOT_COMPETENT, "No es competente.", "Fiscalía General", null,
                null, null), List.of(), LocalDate.of(2026, 3, 5), NOW, "U", national());
        assertThat(onTime.getAnsweredOnTime()).isTrue();
        AccessRequest published = filedOn(LocalDate.of(2026, 3, 2));
        assertThat(published.dueFor(Outcome.ALREADY_PUBLIC, national())).isEqualTo(LocalDate.of(2026, 3, 9));
        published.answer(new AccessRequest.Answer(Outcome.ALREADY_PUBLIC, "Está publicada.", null, "Portal, art. 65",
                null, null), List.of(), LocalDate.of(2026, 3, 10), NOW, "U", national());
        assertThat(published.getAnsweredOnTime()).isFalse();
    }

    @Test
    void searchTermsIgnoreAccentsCaseAndPlurals() {
        assertThat(SpanishSearch.words("Contratos de OBRA pública")).containsExactly("contrat", "obra", "public");
        assertThat(SpanishSearch.words("contrato obras publicas")).containsExactly("contrat", "obra", "public");
        assertThat(SpanishSearch.words("información")).isEqualTo(SpanishSearch.words("informaciones"));
    }
}
