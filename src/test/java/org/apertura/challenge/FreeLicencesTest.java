package org.apertura.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The licence check against the shipped SPDX list and the free Creative Commons licences. */
class FreeLicencesTest {

    private final FreeLicences list = FreeLicences.list();

    @ParameterizedTest
    @ValueSource(strings = {"MIT", "Apache-2.0", "GPL-3.0-or-later", "AGPL-3.0-or-later", "CC0-1.0", "CC-BY-4.0",
            "CC-BY-SA-4.0", "CC-BY-3.0", "CC-BY-SA-3.0", "MPL-2.0", "BSD-3-Clause"})
    void freeLicencesAreAccepted(String id) {
        FreeLicences.Verdict verdict = list.check(id);
        assertThat(verdict.accepted()).as(id).isTrue();
        assertThat(verdict.licence().id()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"CC-BY-NC-4.0, challenge.licence.nonCommercial", "CC-BY-NC-SA-4.0, challenge.licence.nonCommercial",
            "CC-BY-ND-4.0, challenge.licence.noDerivatives", "CC-BY-NC-ND-4.0, challenge.licence.nonCommercial",
            "BUSL-1.1, challenge.licence.notApproved", "SSPL-1.0, challenge.licence.notApproved",
            "proprietary, challenge.licence.unknown", "LicenseRef-mine, challenge.licence.unknown",
            "MIT OR Apache, challenge.licence.unknown"})
    void anythingElseIsRefusedWithItsReason(String id, String reason) {
        FreeLicences.Verdict verdict = list.check(id);
        assertThat(verdict.accepted()).as(id).isFalse();
        assertThat(verdict.problem().field()).isEqualTo("licence");
        assertThat(verdict.problem().messageKey()).isEqualTo(reason);
    }

    @Test
    void caseAndSurroundingSpacesDoNotMatterAndTheListSpellingIsKept() {
        assertThat(list.check("  mit ").licence().id()).isEqualTo("MIT");
        assertThat(list.check("apache-2.0").licence().id()).isEqualTo("Apache-2.0");
        assertThat(list.check("cc-by-sa-4.0\t").licence().id()).isEqualTo("CC-BY-SA-4.0");
        assertThat(list.check("cc-by-nc-4.0").problem().args()).containsExactly("CC-BY-NC-4.0");
    }

    @Test
    void blankIsRequired() {
        assertThat(list.check("  ").problem().messageKey()).isEqualTo("challenge.licence.required");
        assertThat(list.check(null).problem().messageKey()).isEqualTo("challenge.licence.required");
    }

    @Test
    void theShippedListSaysWhichVersionItIs() {
        assertThat(list.version()).isEqualTo("3.28.0");
        assertThat(list.free()).extracting(FreeLicences.Licence::id).contains("MIT", "CC-BY-4.0", "CC0-1.0")
                .doesNotContain("CC-BY-NC-4.0");
    }
}
