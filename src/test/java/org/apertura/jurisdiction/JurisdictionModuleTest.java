package org.apertura.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apertura.OwnDatabase;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The directory with the modules it needs (the ledger, plain language: a Spring Modulith module test, docs/adr/0064),
 * on a database of its own that starts empty, with no demo: a directory built from nothing, as on a new installation
 * — what the shared context, whose demo fills it, cannot show. Until a guarantor is registered no jurisdiction has
 * one; a municipality's is its state's; each entry goes to the ledger in order from the first. Its database is its own
 * on both runs (an H2, or a PostgreSQL database under -Ppostgres: {@link OwnDatabase}, docs/adr/0083).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform",
        verifyAutomatically = false,
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
class JurisdictionModuleTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.register(registry, "jurisdiction");
    }

    @Autowired
    JurisdictionService directory;
    @Autowired
    LedgerService ledger;

    @Test
    void aDirectoryBuiltFromNothingFindsEachJurisdictionsGuarantor() {
        assertThat(directory.isEmpty()).as("a new installation").isTrue();
        SystemActor.run(() -> {
            directory.createJurisdiction(new JurisdictionDraft("mexico", "México", JurisdictionLevel.FEDERAL, null,
                    null, null, null));
            directory.createJurisdiction(new JurisdictionDraft("durango", "Durango", JurisdictionLevel.STATE,
                    "mexico", "10", null, null));
            directory.createJurisdiction(new JurisdictionDraft("lerdo", "Lerdo", JurisdictionLevel.MUNICIPALITY,
                    "durango", "10012", null, null));
        });
        Jurisdiction lerdo = directory.get("lerdo");
        assertThat(directory.guarantorFor(lerdo)).as("no guarantor registered yet").isEmpty();

        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft("garante-durango",
                "Garante de Durango", null, "durango", Branch.AUTONOMOUS, true, null, null)));
        assertThat(directory.guarantorFor(lerdo)).map(Institution::getSlug).as("its state's")
                .contains("garante-durango");
        assertThat(directory.guarantorOf(directory.get("durango"))).map(Institution::getSlug)
                .contains("garante-durango");
        assertThat(directory.isEmpty()).isFalse();

        List<LedgerEntry> entries = ledger.subjectAfter("institution", String.valueOf(
                directory.institution("garante-durango").getId()), 0, 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo("institution.created");
            assertThat(e.getSeq()).as("after the three jurisdictions, from the first entry").isEqualTo(4L);
        });
        assertThat(ledger.verify().entries()).isEqualTo(4);
    }
}
