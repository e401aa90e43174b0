package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.Deadlines;
import org.apertura.deadlines.LawRules;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The request's acts the legal review found missing (issue 20), with dates worked by hand on the national calendar
 * (LFT art. 74; in 2026 the third Monday of March is 16 March) and the terms of shared/reference/law/LGTAIP-2025.md:
 * a partial requirement that keeps the rest of the request (art. 130 ¶3), a late registration (art. 125), an
 * incompetence the committee confirms against a notorious one (art. 40 fr. II, art. 138), free delivery after a won
 * appeal for lack of answer (art. 149) and the twenty free pages of simple copies only (art. 143 ¶4).
 */
class RequestActsTest {

    static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");

    static Deadlines national(String ruleSet) {
        return Deadlines.on(BusinessCalendar.national(), new LawRules().byCode(ruleSet).orElseThrow());
    }

    static Deadlines national() {
        return national("LGTAIP-2025");
    }

    static AccessRequest filed(LocalDate day, Channel channel, Modality modality, Deadlines d) {
        return AccessRequest.file("x-2026-000001", "f1", 1L, "x", 1L, new AccessRequest.Filing("Contratos de obra 2025 y "
                + "los informes de supervisión", modality, null, NotificationMedium.PLATFORM, null), channel, NOW, day,
                "nacional", d, null, "hash");
    }

    static AccessRequest filed(LocalDate day) {
        return filed(day, Channel.ONLINE, Modality.SIMPLE_COPY, national());
    }

    // ---- art. 130 ¶3: a partial requirement not answered

    @Test
    void aPartialRequirementNotAnsweredKeepsTheRestOfTheRequestOnItsFirstTerm() {
        // Filed Monday 2 March 2026. The unit asks on Wednesday 4 March about the supervision reports only.
        AccessRequest r = filed(LocalDate.of(2026, 3, 2));
        RequestEvent asked = r.requestClarification("¿De qué obras quiere los informes?", null, true,
                LocalDate.of(2026, 3, 4), NOW, "Unidad", national());
        assertThat(asked.getType()).isEqualTo(RequestEventType.CLARIFICATION_PARTIAL);
        assertThat(r.isClarificationPartial()).isTrue();
        // Ten business days from the day after 4 March: 5, 6, 9–13, 17–19 (16 March is a rest day).
        assertThat(r.getClarificationDue()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(r.expireClarification(LocalDate.of(2026, 3, 19), NOW, national())).as("still within the term").isNull();

        RequestEvent lapsed = r.expireClarification(LocalDate.of(2026, 3, 20), NOW, national());
        assertThat(lapsed.getType()).isEqualTo(RequestEventType.CLARIFICATION_PARTIAL_LAPSED);
        assertThat(lapsed.getBasis()).isEqualTo("LGTAIP 2025 art. 130 ¶3");
        assertThat(r.getStage()).as("filed for what the requirement did not touch").isEqualTo(Stage.IN_PROCESS);
        // The answer term from the receipt, as at first: twenty business days after 2 March are 3–6, 9–13, 17–20,
        // 23–27, 30 and 31 March.
        assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(lapsed.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(r.isOverdue(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(r.isOverdue(LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Test
    void aWholeRequirementNotAnsweredStillLeavesTheRequestNotFiled() {
        AccessRequest r = filed(LocalDate.of(2026, 3, 2));
        r.requestClarification("¿Qué obras?", null, false, LocalDate.of(2026, 3, 4), NOW, "Unidad", national());
        assertThat(r.expireClarification(LocalDate.of(2026, 3, 20), NOW, national()).getType()).isEqualTo(RequestEventType.NOT_FILED);
        assertThat(r.getStage()).isEqualTo(Stage.NOT_FILED);
    }

    @Test
    void aPartialRequirementAnsweredRestartsTheTermLikeAnyOther() {
        AccessRequest r = filed(LocalDate.of(2026, 3, 2));
        r.requestClarification("¿Qué obras?", 5, true, LocalDate.of(2026, 3, 4), NOW, "Unidad", national());
        // Five business days from the day after 4 March: 5, 6, 9, 10, 11.
        assertThat(r.getClarificationDue()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThatThrownBy(() -> r.replyClarification("Tarde", LocalDate.of(2026, 3, 12), NOW, national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("clarificationExpired");
        r.replyClarification("Las de la avenida 20 de Noviembre", LocalDate.of(2026, 3, 11), NOW, national());
        // Art. 130 ¶2: twenty business days from the day after 11 March: 12, 13, 17–20, 23–27, 30, 31, 1–3 April,
        // 6–9 April.
        assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    // ---- art. 125: registration of a request received by another channel

    @Test
    void aRegistrationAfterFiveBusinessDaysFromReceiptIsFlagged() {
        // Received in person on Thursday 12 March 2026: five business days are 13, 17 (16 is a rest day), 18, 19, 20.
        AccessRequest onTime = filed(LocalDate.of(2026, 3, 12), Channel.IN_PERSON, Modality.SIMPLE_COPY, national());
        assertThat(onTime.registered(LocalDate.of(2026, 3, 20), NOW, "Unidad", national())).isNull();
        assertThat(onTime.getRegistrationDue()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(onTime.isRegisteredLate()).isFalse();

        AccessRequest late = filed(LocalDate.of(2026, 3, 12), Channel.POSTAL, Modality.SIMPLE_COPY, national());
        RequestEvent step = late.registered(LocalDate.of(2026, 3, 23), NOW, "Unidad", national());
        assertThat(late.isRegisteredLate()).isTrue();
        assertThat(step.getType()).isEqualTo(RequestEventType.REGISTERED_LATE);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 125");
        // The answer term still runs from the receipt (art. 134 ¶1), not from the registration.
        assertThat(late.getReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void onlineFilingsAndLawsWithoutARegistrationTermFlagNothing() {
        AccessRequest online = filed(LocalDate.of(2026, 3, 2));
        assertThat(online.registered(LocalDate.of(2026, 4, 30), NOW, "Unidad", national())).isNull();
        assertThat(online.getRegistrationDue()).isNull();
        // The LGTAIP 2015 set no term to register (art. 123): nothing is flagged rather than a term it lacked.
        AccessRequest old = filed(LocalDate.of(2024, 3, 4), Channel.IN_PERSON, Modality.SIMPLE_COPY,
                national("LGTAIP-2015"));
        assertThat(old.registered(LocalDate.of(2024, 4, 30), NOW, "Unidad", national("LGTAIP-2015"))).isNull();
        assertThat(old.isRegisteredLate()).isFalse();
    }

    // ---- art. 40 fr. II against art. 138: incompetence

    static CommitteeResolution confirmedIncompetence(LocalDate on) {
        return CommitteeResolution.of(1L, new CommitteeResolution.Terms(ResolutionKind.NOT_COMPETENT, Decision.CONFIRM,
                "El área de obras declaró que la materia es federal; el Comité lo confirma.", null, null, null, null,
                "Tercera sesión extraordinaria"), on, NOW, "Comité");
    }

    @Test
    void anIncompetenceTheCommitteeConfirmsIsOnTimeWithinTheAnswerTerm() {
        // Filed 2 March; answered on 20 March, day 14 of the answer term that ends on 31 March.
        AccessRequest confirmed = filed(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> confirmed.answer(new AccessRequest.Answer(Outcome.NOT_COMPETENT_CONFIRMED,
                "No es competente.", "Secretaría de Infraestructura federal", null, null, null), List.of(),
                LocalDate.of(2026, 3, 20), NOW, "Unidad", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needsCommittee");
        assertThat(confirmed.getStage()).as("nothing changed").isEqualTo(Stage.RECEIVED);
        RequestEvent answered = confirmed.answer(new AccessRequest.Answer(Outcome.NOT_COMPETENT_CONFIRMED,
                "No es competente.", "Secretaría de Infraestructura federal", null, null, null),
                List.of(confirmedIncompetence(LocalDate.of(2026, 3, 19))), LocalDate.of(2026, 3, 20), NOW, "Unidad",
                national());
        assertThat(confirmed.getAnsweredOnTime()).isTrue();
        assertThat(answered.getBasis()).isEqualTo("LGTAIP 2025 art. 134 ¶1");
        assertThat(confirmed.dueFor(Outcome.NOT_COMPETENT_CONFIRMED, national())).isEqualTo(LocalDate.of(2026, 3, 31));

        // The notorious one is told within three business days of receipt (3, 4, 5 March): on 20 March it is late.
        AccessRequest notorious = filed(LocalDate.of(2026, 3, 2));
        assertThat(notorious.dueFor(Outcome.NOT_COMPETENT, national())).isEqualTo(LocalDate.of(2026, 3, 5));
        RequestEvent told = notorious.answer(new AccessRequest.Answer(Outcome.NOT_COMPETENT, "No es competente.",
                "Secretaría de Infraestructura federal", null, null, null), List.of(), LocalDate.of(2026, 3, 20), NOW,
                "Unidad", national());
        assertThat(notorious.getAnsweredOnTime()).isFalse();
        assertThat(told.getBasis()).isEqualTo("LGTAIP 2025 art. 138");
    }

    @Test
    void bothIncompetencesNameTheCompetentBody() {
        AccessRequest r = filed(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> r.answer(new AccessRequest.Answer(Outcome.NOT_COMPETENT_CONFIRMED, "No es competente.",
                " ", null, null, null), List.of(confirmedIncompetence(LocalDate.of(2026, 3, 3))),
                LocalDate.of(2026, 3, 4), NOW, "Unidad", national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("competentBody");
    }

    // ---- art. 149 and art. 143 ¶4: what delivery costs

    @Test
    void aWonAppealForLackOfAnswerMakesDeliveryFreeExceptCertifiedCopies() {
        // Answered on time on 20 March with 100 simple pages at 2 pesos: 200 pesos, payable within 30 days.
        AccessRequest r = filed(LocalDate.of(2026, 3, 2));
        r.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Copias.", null, null, 100, new BigDecimal("200")),
                List.of(), LocalDate.of(2026, 3, 20), NOW, "Unidad", national());
        assertThat(r.getCost()).isEqualByComparingTo("200");
        assertThat(r.getPaymentDue()).isNotNull();
        RequestEvent free = r.deliverFree("RR-2026-000007", LocalDate.of(2026, 5, 4), NOW, national());
        assertThat(free.getType()).isEqualTo(RequestEventType.DELIVERY_FREE);
        assertThat(free.getBasis()).isEqualTo("LGTAIP 2025 art. 149");
        assertThat(free.getNote()).isEqualTo("RR-2026-000007");
        assertThat(r.getCost()).isEqualByComparingTo("0");
        assertThat(r.getPaymentDue()).as("no payment term any more").isNull();
        assertThat(r.deliverFree("RR-2026-000007", LocalDate.of(2026, 5, 4), NOW, national())).as("once").isNull();

        // Not yet answered: the answer that follows costs nothing.
        AccessRequest before = filed(LocalDate.of(2026, 3, 2));
        before.deliverFree("RR-2026-000008", LocalDate.of(2026, 3, 10), NOW, national());
        before.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Copias.", null, null, 100, new BigDecimal("200")),
                List.of(), LocalDate.of(2026, 3, 20), NOW, "Unidad", national());
        assertThat(before.getCost()).isEqualByComparingTo("0");

        // "No se trate de copias certificadas": certified copies keep their cost.
        AccessRequest certified = filed(LocalDate.of(2026, 3, 2), Channel.ONLINE, Modality.CERTIFIED_COPY, national());
        certified.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Copias certificadas.", null, null, 10,
                new BigDecimal("350")), List.of(), LocalDate.of(2026, 3, 20), NOW, "Unidad", national());
        certified.deliverFree("RR-2026-000009", LocalDate.of(2026, 5, 4), NOW, national());
        assertThat(certified.getCost()).isEqualByComparingTo("350");
    }

    @Test
    void aFreeDeliveryNeedsTheAppealAndTheDayItBecameFirm() {
        AccessRequest r = filed(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> r.deliverFree(" ", LocalDate.of(2026, 5, 4), NOW, national()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("freeDelivery");
        assertThatThrownBy(() -> r.deliverFree("RR-1", null, NOW, national()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(r.getFreeDeliveryOn()).isNull();
    }

    @Test
    void theTwentyFreePagesAreSimpleCopiesOnly() {
        // Art. 143 ¶4: "no más de veinte hojas simples".
        assertThat(AccessRequest.cost(20, new BigDecimal("40"), Modality.SIMPLE_COPY, true)).isEqualByComparingTo("0");
        assertThat(AccessRequest.cost(21, new BigDecimal("42"), Modality.SIMPLE_COPY, true)).isEqualByComparingTo("42");
        assertThat(AccessRequest.cost(20, new BigDecimal("40"), Modality.ELECTRONIC, true))
                .as("a storage medium is not simple pages").isEqualByComparingTo("40");
        assertThat(AccessRequest.cost(20, new BigDecimal("40"), Modality.CERTIFIED_COPY, true)).isEqualByComparingTo("40");
        // Art. 136 ¶3: an answer after its term costs the requester nothing, whatever the modality.
        assertThat(AccessRequest.cost(20, new BigDecimal("40"), Modality.ELECTRONIC, false)).isEqualByComparingTo("0");
    }

    // ---- art. 104: a reserve's end and its one extension by the committee; art. 114; art. 105's half-years

    static CommitteeResolution reserve(LocalDate on, int years) {
        return CommitteeResolution.of(1L, new CommitteeResolution.Terms(ResolutionKind.RESERVED, Decision.CONFIRM,
                "Su difusión pondría en riesgo la seguridad de las personas.", 5, "Dar a conocer las rutas permitiría "
                + "anticipar la presencia policial: el riesgo es real, actual y supera el interés público.", years, null,
                "CT-CLA-03/2026"), new CommitteeResolution.ReserveFile("Dirección de Operaciones",
                "Programa de patrullaje 2026", false, true), CommitteeResolution.LGTAIP_2025, on, NOW, "Comité");
    }

    @Test
    void aReserveRunsFromTheDayItIsClassifiedAndEndsOnTheEveOfItsAnniversary() {
        // Art. 104 ¶2: "El periodo de reserva correrá a partir de la fecha en que se clasifica el documento".
        CommitteeResolution r = reserve(LocalDate.of(2026, 3, 19), 3);
        assertThat(r.getReserveFrom()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(r.getReserveUntil()).isEqualTo(LocalDate.of(2029, 3, 18));
        assertThat(r.getArea()).isEqualTo("Dirección de Operaciones");
        // From 1 March of a leap year, one year ends on 28 February; from 29 February, on 28 February too.
        assertThat(CommitteeResolution.reserveEnd(LocalDate.of(2028, 3, 1), 1)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(CommitteeResolution.reserveEnd(LocalDate.of(2028, 2, 29), 1)).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void theCommitteeExtendsAReserveInForceOnceByUpToFiveYears() {
        CommitteeResolution r = reserve(LocalDate.of(2026, 3, 19), 3);
        String harm = "Las rutas siguen vigentes: su difusión permitiría anticipar la presencia policial en 2029.";
        // Art. 104 ¶3: "hasta por un plazo de cinco años adicionales": six is refused and nothing changes.
        assertThatThrownBy(() -> r.extendReserve(6, harm, LocalDate.of(2029, 3, 1), CommitteeResolution.LGTAIP_2025))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reserveYears");
        assertThatThrownBy(() -> r.extendReserve(2, "corta", LocalDate.of(2029, 3, 1), CommitteeResolution.LGTAIP_2025))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("harmTest");
        assertThat(r.getReserveUntil()).isEqualTo(LocalDate.of(2029, 3, 18));
        // On its last day it is still in force: two more years end on 18 March 2031.
        r.extendReserve(2, harm, LocalDate.of(2029, 3, 18), CommitteeResolution.LGTAIP_2025);
        assertThat(r.getReserveUntil()).isEqualTo(LocalDate.of(2031, 3, 18));
        assertThat(r.getExtensionYears()).isEqualTo(2);
        // A further extension is for the guarantor authority (art. 104 ¶4), not the committee.
        assertThatThrownBy(() -> r.extendReserve(1, harm, LocalDate.of(2030, 1, 5), CommitteeResolution.LGTAIP_2025))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reserveExtendedOnce");

        CommitteeResolution ended = reserve(LocalDate.of(2026, 3, 19), 3);
        assertThatThrownBy(() -> ended.extendReserve(1, harm, LocalDate.of(2029, 3, 19), CommitteeResolution.LGTAIP_2025))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reserveEnded");
    }

    @Test
    void theGuarantorAuthorityExtendsAReserveAgainWhenAskedThreeMonthsAheadInTheTwoCasesOfTheFourthParagraph() {
        // Classified 19 March 2026 for 3 years (until 18 March 2029), extended by the committee on its last day by 2
        // (until 18 March 2031). Art. 104 ¶4: the committee asks the guarantor authority "por lo menos con tres meses de
        // anticipación al vencimiento del periodo": three months before 18 March 2031 is 18 December 2030.
        CommitteeResolution r = reserve(LocalDate.of(2026, 3, 19), 3);
        String harm = "Las rutas siguen vigentes: su difusión permitiría anticipar la presencia policial en 2031.";
        // Before the committee's own extension (¶3) it is not "ampliar nuevamente": refused.
        assertThatThrownBy(() -> r.askGuarantorExtension(ReserveExtensionCase.STRATEGIC_INFRASTRUCTURE, 2, harm,
                "autoridad", LocalDate.of(2028, 1, 10), CommitteeResolution.LGTAIP_2025))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("guarantorExtensionFirst");
        r.extendReserve(2, harm, LocalDate.of(2029, 3, 18), CommitteeResolution.LGTAIP_2025);
        assertThat(r.guarantorAskBy()).isEqualTo(LocalDate.of(2030, 12, 18));
        // The day after that is late; fr. IV of art. 112 is not this reserve's ground (fr. V): that case is refused.
        assertThatThrownBy(() -> r.askGuarantorExtension(ReserveExtensionCase.STRATEGIC_INFRASTRUCTURE, 2, harm,
                "autoridad", LocalDate.of(2030, 12, 19), CommitteeResolution.LGTAIP_2025))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("guarantorExtensionLate");
        assertThatThrownBy(() -> r.askGuarantorExtension(ReserveExtensionCase.FINANCIAL_SYSTEM, 2, harm, "autoridad",
                LocalDate.of(2030, 12, 18), CommitteeResolution.LGTAIP_2025))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("extensionCaseGround");
        // No authority assigned, no case, six years (the platform bound: the first term's five) or no harm test: refused.
        assertThatThrownBy(() -> r.askGuarantorExtension(null, 6, "corta", null, LocalDate.of(2030, 12, 18),
                CommitteeResolution.LGTAIP_2025)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .contains("extensionCase", "years", "harmTest"));
        assertThat(r.getGuarantorAskedOn()).isNull();
        // On the last day it is on time.
        r.askGuarantorExtension(ReserveExtensionCase.STRATEGIC_INFRASTRUCTURE, 3, harm, "autoridad",
                LocalDate.of(2030, 12, 18), CommitteeResolution.LGTAIP_2025);
        assertThat(r.getGuarantorAskedOn()).isEqualTo(LocalDate.of(2030, 12, 18));
        assertThat(r.askGuarantorExtensionRefused(LocalDate.of(2030, 12, 18))).get().extracting(p -> p.messageKey())
                .isEqualTo("accessinfo.error.guarantorExtensionAsked");
        // The authority grants at most the three years asked, with reasons; four are refused.
        assertThatThrownBy(() -> r.decideGuarantorExtension(true, 4, "Subsiste el riesgo para la infraestructura.",
                LocalDate.of(2031, 2, 3))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("guarantorYears");
        assertThatThrownBy(() -> r.decideGuarantorExtension(false, 2, "Subsiste el riesgo para la infraestructura.",
                LocalDate.of(2031, 2, 3))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("guarantorYearsRefused");
        r.decideGuarantorExtension(true, 2, "Subsiste el riesgo para la infraestructura estratégica.",
                LocalDate.of(2031, 2, 3));
        // Two more years from 18 March 2031: 18 March 2033; four extension years in all (the committee's 2, the
        // authority's 2).
        assertThat(r.getReserveUntil()).isEqualTo(LocalDate.of(2033, 3, 18));
        assertThat(r.extensionYearsInAll()).isEqualTo(4);
        assertThat(r.reserveLegend(CommitteeResolution.LGTAIP_2025)).contains(
                "ampliado de nuevo por la autoridad garante por 2 años el 03/02/2031", "reservado hasta el 18/03/2033");
        assertThat(r.decideGuarantorExtensionRefused(LocalDate.of(2031, 2, 4))).get().extracting(p -> p.messageKey())
                .isEqualTo("accessinfo.error.guarantorDecided");
        assertThat(CommitteeResolution.LGTAIP_2025.paragraph(4)).isEqualTo("LGTAIP 2025 art. 104 ¶4");
    }

    @Test
    void theGuarantorAuthorityCannotDecideAfterTheReserveEnded() {
        CommitteeResolution r = reserve(LocalDate.of(2026, 3, 19), 1);
        String harm = "La información sobre la red de bombeo sigue siendo crítica para el abasto de agua potable.";
        r.extendReserve(1, harm, LocalDate.of(2027, 3, 1), CommitteeResolution.LGTAIP_2025);
        // One year from 19 March 2026 ends on 18 March 2027; one more year ends on 18 March 2028.
        assertThat(r.getReserveUntil()).isEqualTo(LocalDate.of(2028, 3, 18));
        r.askGuarantorExtension(ReserveExtensionCase.STRATEGIC_INFRASTRUCTURE, 1, harm, "autoridad",
                LocalDate.of(2027, 11, 30), CommitteeResolution.LGTAIP_2025);
        // Asked on 30 November 2027, before 18 December 2027 (three months ahead). Art. 104 fr. II: on 19 March 2028
        // the document is public; no decision can extend it any longer.
        assertThatThrownBy(() -> r.decideGuarantorExtension(true, 1, "Subsiste el riesgo para el abasto de agua.",
                LocalDate.of(2028, 3, 19))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reserveEnded");
        assertThat(r.getReserveUntil()).isEqualTo(LocalDate.of(2028, 3, 18));
    }

    @Test
    void aReserveNamesItsFileAndStatesNoExclusionOfArticle114Applies() {
        assertThat(new CommitteeResolution.ReserveFile(" ", null, false, false).check()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("area", "document", "notExcluded");
        assertThatThrownBy(() -> CommitteeResolution.of(1L, new CommitteeResolution.Terms(ResolutionKind.RESERVED,
                Decision.CONFIRM, "Seguridad pública.", 5, "Dar a conocer las rutas permitiría anticipar la presencia "
                + "policial: el riesgo es real.", 3, null, "CT-1"), new CommitteeResolution.ReserveFile("Operaciones",
                "Programa", false, false), CommitteeResolution.LGTAIP_2025, LocalDate.of(2026, 3, 19), NOW, "Comité"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("art114");
        // A revoked classification reserves nothing: no file, no dates.
        CommitteeResolution revoked = CommitteeResolution.of(1L, new CommitteeResolution.Terms(ResolutionKind.RESERVED,
                Decision.REVOKE, "No se acreditó el daño.", null, null, null, null, "CT-2"),
                CommitteeResolution.ReserveFile.NONE, CommitteeResolution.LGTAIP_2025, LocalDate.of(2026, 3, 19), NOW, "C");
        assertThat(revoked.getReserveUntil()).isNull();
        assertThat(revoked.isReserve()).isFalse();
    }

    @Test
    void theIndexOfReservedFilesIsMadeEveryHalfYear() {
        ReservedIndex.HalfYear second = ReservedIndex.HalfYear.parse("2026-2").orElseThrow();
        assertThat(second.first()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(second.last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(second.previous()).isEqualTo(new ReservedIndex.HalfYear(2026, 1));
        assertThat(new ReservedIndex.HalfYear(2026, 1).previous()).isEqualTo(new ReservedIndex.HalfYear(2025, 2));
        assertThat(ReservedIndex.HalfYear.of(LocalDate.of(2026, 6, 30))).isEqualTo(new ReservedIndex.HalfYear(2026, 1));
        assertThat(ReservedIndex.HalfYear.parse("2026-3")).isEmpty();
        assertThat(ReservedIndex.HalfYear.parse("2014-1")).isEmpty();
        assertThat(ReservedIndex.HalfYear.parse("x")).isEmpty();
        assertThat(org.apertura.platform.Roman.of(4)).isEqualTo("IV");
        assertThat(org.apertura.platform.Roman.of(17)).isEqualTo("XVII");
    }
}
