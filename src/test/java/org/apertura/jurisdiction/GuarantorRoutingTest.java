package org.apertura.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Which guarantor authority hears an appeal, worked by hand from LGTAIP 2025 art. 3 fr. III–V and the
 * transitory articles Noveno and Décimo Noveno (shared/reference/law/LGTAIP-2025.md).
 */
class GuarantorRoutingTest {

    static final long STATE = 10, MUNICIPALITY = 11, FEDERATION = 1;
    static final long INSTITUTE = 100, COMPTROLLER = 101, CONGRESS_OIC = 102, JUDICIAL_BODY = 103;
    static final long CONGRESS = 200, EXECUTIVE = 201, TOWN_HALL = 202, JUDICIARY = 203, TRUST = 204;
    static final LocalDate HARMONISED = LocalDate.of(2025, 9, 1);

    static GuarantorAssignment byKind(long id, long jurisdiction, Branch kind, long authority, LocalDate from,
            LocalDate to) {
        return new GuarantorAssignment(id, jurisdiction, "j" + jurisdiction, "J", kind, null, null, null, authority,
                "a" + authority, "A" + authority, from, to, "basis " + id);
    }

    static GuarantorAssignment forInstitution(long id, long jurisdiction, long institution, long authority,
            LocalDate from, LocalDate to) {
        return new GuarantorAssignment(id, jurisdiction, "j" + jurisdiction, "J", null, institution, "i", "I",
                authority, "a" + authority, "A" + authority, from, to, "override " + id);
    }

    /** A state whose transitional institute heard everything until it harmonised; then the Congress has its own. */
    static final List<GuarantorAssignment> STATE_ASSIGNMENTS = List.of(
            byKind(1, STATE, Branch.EXECUTIVE, INSTITUTE, null, null),
            byKind(2, STATE, Branch.MUNICIPAL, INSTITUTE, null, null),
            byKind(3, STATE, Branch.LEGISLATIVE, INSTITUTE, null, HARMONISED.minusDays(1)),
            byKind(4, STATE, Branch.LEGISLATIVE, CONGRESS_OIC, HARMONISED, null),
            byKind(5, STATE, Branch.JUDICIAL, INSTITUTE, null, null),
            forInstitution(6, STATE, TRUST, COMPTROLLER, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)),
            byKind(7, FEDERATION, Branch.TRUST, 999, null, null));

    static long route(long institution, Branch kind, List<Long> chain, LocalDate day) {
        return GuarantorRouting.route(STATE_ASSIGNMENTS, institution, kind, chain, day).orElseThrow()
                .authorityInstitutionId();
    }

    @Test
    void anAppealGoesToTheAuthorityAssignedOnItsFilingDate() {
        // Transitorio Décimo Noveno: until harmonisation the state institute also does the legislature's part.
        assertThat(route(CONGRESS, Branch.LEGISLATIVE, List.of(STATE, FEDERATION), HARMONISED.minusDays(1)))
                .isEqualTo(INSTITUTE);
        // Art. 3 fr. V: from harmonisation, the legislature's internal comptroller.
        assertThat(route(CONGRESS, Branch.LEGISLATIVE, List.of(STATE, FEDERATION), HARMONISED))
                .isEqualTo(CONGRESS_OIC);
        assertThat(route(EXECUTIVE, Branch.EXECUTIVE, List.of(STATE, FEDERATION), HARMONISED)).isEqualTo(INSTITUTE);
        assertThat(GuarantorRouting.route(STATE_ASSIGNMENTS, CONGRESS, Branch.LEGISLATIVE, List.of(STATE), HARMONISED)
                .orElseThrow().legalBasis()).isEqualTo("basis 4");
    }

    @Test
    void aMunicipalityFallsToItsStatesAssignmentForMunicipalGovernments() {
        // Art. 3 fr. IV: the local authority "conocerá también de los asuntos … de sus municipios".
        assertThat(route(TOWN_HALL, Branch.MUNICIPAL, List.of(MUNICIPALITY, STATE, FEDERATION), HARMONISED))
                .isEqualTo(INSTITUTE);
    }

    @Test
    void anInstitutionsOverrideWinsOnlyWhileItIsInForce() {
        assertThat(route(TRUST, Branch.TRUST, List.of(STATE, FEDERATION), LocalDate.of(2025, 6, 1)))
                .isEqualTo(COMPTROLLER);
        assertThat(route(TRUST, Branch.TRUST, List.of(STATE, FEDERATION), LocalDate.of(2025, 12, 31)))
                .isEqualTo(COMPTROLLER);
        // After the override ends: the state assigns no trusts, so none (the caller chains only a municipality's
        // state, never the federation for a state's subjects); a chain that names another jurisdiction is asked.
        assertThat(GuarantorRouting.route(STATE_ASSIGNMENTS, TRUST, Branch.TRUST, List.of(STATE),
                LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(route(TRUST, Branch.TRUST, List.of(STATE, FEDERATION), LocalDate.of(2026, 1, 1))).isEqualTo(999);
        assertThat(GuarantorRouting.route(STATE_ASSIGNMENTS, 777, Branch.UNION, List.of(STATE), HARMONISED)).isEmpty();
    }

    @Test
    void aPendingMatterFollowsTheNewAssignmentOrTheSuccessor() {
        Map<Long, GuarantorAuthority> none = Map.of();
        // An appeal against the Congress filed with the institute before harmonisation follows the comptroller.
        assertThat(GuarantorRouting.follow(STATE_ASSIGNMENTS, none, INSTITUTE, CONGRESS, Branch.LEGISLATIVE,
                List.of(STATE), HARMONISED)).contains(new GuarantorRouting.Move(CONGRESS_OIC, "basis 4"));
        // The executive stays with the institute while it is in force.
        assertThat(GuarantorRouting.follow(STATE_ASSIGNMENTS, none, INSTITUTE, EXECUTIVE, Branch.EXECUTIVE,
                List.of(STATE), HARMONISED)).isEmpty();
        // Transitorio Noveno: the INAI's pending matters continue before Transparencia para el Pueblo. With no
        // assignment naming another body, an ended authority's matter goes to its successor, through a chain.
        GuarantorAuthority inai = authority(500, LocalDate.of(2025, 3, 20), 501L, "Transitorio Noveno");
        GuarantorAuthority tpp = authority(501, null, null, null);
        assertThat(GuarantorRouting.follow(List.of(), Map.of(500L, inai, 501L, tpp), 500, 600, Branch.EXECUTIVE,
                List.of(FEDERATION), LocalDate.of(2025, 3, 21)))
                .contains(new GuarantorRouting.Move(501, "Transitorio Noveno"));
        assertThat(GuarantorRouting.follow(List.of(), Map.of(500L, inai, 501L, tpp), 500, 600, Branch.EXECUTIVE,
                List.of(FEDERATION), LocalDate.of(2025, 3, 20))).isEmpty();
    }

    @Test
    void aNewAssignmentClosesTheOneBeforeItAndRefusesAnOverlap() {
        List<GuarantorAssignment> congress = List.of(byKind(3, STATE, Branch.LEGISLATIVE, INSTITUTE, null, null));
        assertThat(GuarantorRouting.supersede(congress, HARMONISED, null))
                .containsExactly(new GuarantorRouting.Closing(3, LocalDate.of(2025, 8, 31)));
        assertThat(GuarantorRouting.supersede(List.of(byKind(3, STATE, Branch.LEGISLATIVE, INSTITUTE, null,
                LocalDate.of(2025, 1, 31))), HARMONISED, null)).isEmpty();
        List<GuarantorAssignment> later = List.of(byKind(4, STATE, Branch.LEGISLATIVE, CONGRESS_OIC, HARMONISED, null));
        assertThatThrownBy(() -> GuarantorRouting.supersede(later, HARMONISED, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("guarantor.error.overlap"));
        // A bounded assignment that ends before the later one starts fits.
        assertThat(GuarantorRouting.supersede(later, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 31))).isEmpty();
    }

    @Test
    void everyKindOfAuthorityCitesTheProvisionThatCreatesIt() {
        assertThat(GuarantorKind.FEDERAL.article()).isEqualTo("LGTAIP 2025, art. 3 fr. III");
        assertThat(GuarantorKind.LOCAL_COMPTROLLER.article()).isEqualTo("LGTAIP 2025, art. 3 fr. IV");
        assertThat(GuarantorKind.LEGISLATIVE_COMPTROLLER.article()).isEqualTo("LGTAIP 2025, art. 3 fr. V");
        assertThat(GuarantorKind.TRANSITIONAL_STATE_INSTITUTE.article()).contains("Décimo Noveno");
        assertThat(GuarantorKind.SCJN_COMMITTEE.article()).isEqualTo("LGTAIP 2025, art. 189");
    }

    static GuarantorAuthority authority(long id, LocalDate to, Long successor, String basis) {
        return new GuarantorAuthority(id, "a" + id, "A" + id, null, "mexico", "México", GuarantorKind.FEDERAL, "b",
                null, to, successor, successor == null ? null : "a" + successor, null, basis, null);
    }
}
