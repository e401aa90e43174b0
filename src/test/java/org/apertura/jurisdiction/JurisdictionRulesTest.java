package org.apertura.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of the directory, in the domain objects themselves. */
class JurisdictionRulesTest {

    private final Instant now = Instant.parse("2026-11-24T12:00:00Z");
    private final Jurisdiction federation = new Jurisdiction(
            new JurisdictionDraft("mexico", "México", JurisdictionLevel.FEDERAL, null, null, null, null), null, now);
    private final Jurisdiction state = new Jurisdiction(
            new JurisdictionDraft("durango", "Durango", JurisdictionLevel.STATE, "mexico", "10", null, null), federation, now);
    private final Jurisdiction municipality = new Jurisdiction(
            new JurisdictionDraft("tepehuanes", "Tepehuanes", JurisdictionLevel.MUNICIPALITY, "durango", "10035", null, null),
            state, now);

    @Test
    void aMunicipalityHangsFromAStateAndAStateFromTheFederation() {
        assertThat(fields(() -> Jurisdiction.check(
                new JurisdictionDraft("x", "X", JurisdictionLevel.MUNICIPALITY, null, null, null, null), federation)))
                .containsExactly("parentSlug:jurisdiction.error.parentLevel.MUNICIPALITY");
        assertThat(fields(() -> Jurisdiction.check(
                new JurisdictionDraft("x", "X", JurisdictionLevel.STATE, null, null, null, null), null)))
                .containsExactly("parentSlug:jurisdiction.error.parentLevel.STATE");
        assertThat(fields(() -> Jurisdiction.check(
                new JurisdictionDraft("x", "X", JurisdictionLevel.FEDERAL, null, null, null, null), state)))
                .containsExactly("parentSlug:jurisdiction.error.federalHasNoParent");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(fields(() -> Jurisdiction.check(
                new JurisdictionDraft("Mal Slug", null, null, null, "123", null, null), null)))
                .containsExactly("slug:validation.slug", "name:validation.required.max", "level:validation.required",
                        "inegiCode:jurisdiction.error.inegiCode");
    }

    @Test
    void municipalitiesHoldOnlyMunicipalBodiesAndHaveNoGuarantor() {
        assertThat(fields(() -> Institution.check(new InstitutionDraft("x", "X", null, "tepehuanes", Branch.EXECUTIVE,
                false, null, null), municipality))).containsExactly("branch:institution.error.municipalityBranch");
        assertThat(fields(() -> Institution.check(new InstitutionDraft("x", "X", null, "tepehuanes", Branch.MUNICIPAL,
                true, null, null), municipality))).containsExactly("guarantor:institution.error.guarantorLevel");
        assertThat(fields(() -> Institution.check(new InstitutionDraft("x", "X", null, "durango", Branch.MUNICIPAL,
                false, null, null), state))).containsExactly("branch:institution.error.municipalBranchOutside");
    }

    @Test
    void aGuarantorAuthorityMayBeOfAnyBranchAndAWebsiteIsAWebAddress() {
        // LGTAIP 2025 art. 3 fr. III-IV: the federal and local guarantor authorities sit in the executive branch.
        assertThat(fields(() -> Institution.check(new InstitutionDraft("x", "X", null, "durango", Branch.EXECUTIVE,
                true, "javascript:alert(1)", null), state))).containsExactly("website:validation.url");
        assertThat(fields(() -> Institution.check(new InstitutionDraft("oic", "OIC del Congreso", null, "durango",
                Branch.LEGISLATIVE, true, null, null), state))).isEmpty();
        assertThat(fields(() -> Institution.check(new InstitutionDraft("idaip", "IDAIP", "IDAIP", "durango",
                Branch.AUTONOMOUS, true, "https://idaip.org.mx", null), state))).isEmpty();
        assertThat(state.hasGuarantor()).isTrue();
        assertThat(municipality.hasGuarantor()).isFalse();
    }

    /** The problems a check reports, as "field:messageKey"; empty when it accepts. */
    private static List<String> fields(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
    }
}
