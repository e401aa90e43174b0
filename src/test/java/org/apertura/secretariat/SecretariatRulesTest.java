package org.apertura.secretariat;

import org.apertura.platform.time.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apertura.identity.Sector;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of bodies, sessions, quorum and votes, in the domain objects. */
class SecretariatRulesTest {

    private final Instant now = Instant.parse("2026-11-24T12:00:00Z");
    private final LocalDate term = LocalDate.parse("2026-01-01");
    private long ids = 1;

    private BodyMember member(Sector sector, MemberRole role) {
        BodyMember m = new BodyMember(1L, null, "Persona " + ids, sector, "Organización", role, term, null, now);
        ReflectionTestUtils.setField(m, "id", ids++);
        return m;
    }

    @Test
    void majorityWithEachSectorNeedsMoreThanHalfAndEverySectorPresent() {
        BodyMember society = member(Sector.CIVIL_SOCIETY, MemberRole.MEMBER);
        BodyMember society2 = member(Sector.CIVIL_SOCIETY, MemberRole.MEMBER);
        BodyMember government = member(Sector.GOVERNMENT, MemberRole.MEMBER);
        BodyMember guarantor = member(Sector.GUARANTOR, MemberRole.COORDINATOR);
        BodyMember alternate = member(Sector.GOVERNMENT, MemberRole.ALTERNATE);
        List<BodyMember> all = List.of(society, society2, government, guarantor, alternate);
        QuorumRule rule = QuorumRule.MAJORITY_WITH_EACH_SECTOR;

        QuorumRule.Quorum met = rule.evaluate(all, List.of(society, government, guarantor));
        assertThat(met.met()).isTrue();
        assertThat(met.members()).isEqualTo(4);
        assertThat(met.required()).isEqualTo(3);

        QuorumRule.Quorum noGuarantor = rule.evaluate(all, List.of(society, society2, government, alternate));
        assertThat(noGuarantor.met()).isFalse();
        assertThat(noGuarantor.missingSectors()).containsExactly(Sector.GUARANTOR);

        QuorumRule.Quorum alternateDoesNotCount = rule.evaluate(all, List.of(society, guarantor, alternate));
        assertThat(alternateDoesNotCount.present()).isEqualTo(2);
        assertThat(alternateDoesNotCount.met()).isFalse();

        assertThat(QuorumRule.MAJORITY.evaluate(all, List.of(society, society2, government)).met()).isTrue();
    }

    @Test
    void requiredCounts() {
        assertThat(QuorumRule.MAJORITY.required(4)).isEqualTo(3);
        assertThat(QuorumRule.MAJORITY.required(5)).isEqualTo(3);
        assertThat(QuorumRule.TWO_THIRDS_WITH_EACH_SECTOR.required(6)).isEqualTo(4);
        assertThat(QuorumRule.TWO_THIRDS_WITH_EACH_SECTOR.required(7)).isEqualTo(5);
    }

    @Test
    void aSecretariatMissingASectorSaysWhich() {
        CollegiateBody stl = new CollegiateBody("stl", "STL", BodyKind.LOCAL_TECHNICAL_SECRETARIAT, 1L, null, 5, null, now);
        assertThat(stl.missingSectors(List.of(member(Sector.CIVIL_SOCIETY, MemberRole.MEMBER),
                member(Sector.GUARANTOR, MemberRole.ALTERNATE)))).containsExactly(Sector.GOVERNMENT, Sector.GUARANTOR);
        CollegiateBody council = new CollegiateBody("consejo", "Consejo", BodyKind.CONSULTATIVE_COUNCIL, 1L, null, 5, null, now);
        assertThat(council.missingSectors(List.of())).isEmpty();
    }

    @Test
    void aMemberVotesOnceAndAnAgreementNeedsQuorum() {
        Agreement agreement = new Agreement(1L, 1, "Se aprueba el plan.", now);
        agreement.vote(1L, VoteChoice.FOR);
        assertThatThrownBy(() -> agreement.vote(1L, VoteChoice.AGAINST)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo("agreement.error.votedTwice");
        agreement.vote(2L, VoteChoice.AGAINST);
        agreement.vote(3L, VoteChoice.ABSTAIN);
        assertThatThrownBy(() -> agreement.decide(false, now))
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo("agreement.error.noQuorum");
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.PROPOSED);
        agreement.decide(true, now);
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.REJECTED);
        assertThatThrownBy(() -> agreement.vote(4L, VoteChoice.FOR))
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo("agreement.error.decided");

        Agreement adopted = new Agreement(1L, 2, "Otro acuerdo.", now);
        adopted.vote(1L, VoteChoice.FOR);
        adopted.vote(2L, VoteChoice.ABSTAIN);
        adopted.decide(true, now);
        assertThat(adopted.getStatus()).isEqualTo(AgreementStatus.ADOPTED);
    }

    @Test
    void aSessionNeedsAPlaceAnAgendaAndANoticeBeforeIt() {
        Instant startsAt = LocalDateTime.parse("2026-11-23T10:00").atZone(Today.ZONE).toInstant();
        assertThatThrownBy(() -> new BodySession(1L, 1, SessionKind.ORDINARY, startsAt, " ", null,
                LocalDate.parse("2026-11-24"), List.of(" "), now))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(p -> p.messageKey()).toList())
                .isEqualTo(List.of("session.error.where", "session.error.noticeAfter", "session.error.agenda"));
        BodySession session = new BodySession(1L, 1, SessionKind.ORDINARY, startsAt, "Sala 1", null,
                LocalDate.parse("2026-11-13"), List.of("Instalación"), now);
        CollegiateBody body = new CollegiateBody("stl", "STL", BodyKind.LOCAL_TECHNICAL_SECRETARIAT, 1L, null, 6, null, now);
        assertThat(session.noticeGiven()).isEqualTo(5);
        assertThat(session.isShortNotice(body)).isTrue();
    }

    @Test
    void approvedMinutesFreezeTheSession() {
        Instant startsAt = LocalDateTime.parse("2026-11-23T10:00").atZone(Today.ZONE).toInstant();
        BodySession session = new BodySession(1L, 1, SessionKind.ORDINARY, startsAt, "Sala 1", null,
                LocalDate.parse("2026-11-13"), List.of("Instalación"), now);
        session.approveMinutes("<article>Acta</article>", now);
        assertThat(session.getMinutesSha256()).isEqualTo(org.apertura.platform.Hashing.sha256Hex("<article>Acta</article>"));
        assertThatThrownBy(() -> session.recordAttendance(java.util.Map.of(1L, true)))
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo("session.error.frozen");
    }
}
