package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apertura.OwnDatabase;
import org.apertura.StillClock;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Contracting with the modules it needs (the directory, the ledger, and plain language for the directory: a Spring
 * Modulith module test, docs/adr/0083), on a database of its own that starts empty (H2, or PostgreSQL under
 * -Ppostgres), with no demo and a clock that stands still. The buyer is an institution of a directory built here; its
 * procurement office publishes through the module's service, as the forms, the upload and the API do.
 *
 * <p>What the shared context cannot show: the whole ledger from its first entry — the directory's three entries, then
 * exactly one entry of the buyer's per publication that stored something, each naming its release and process — and
 * a process's record compiled from nothing but its own six releases.
 */
@Import(StillClock.class)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"platform", "plainlanguage"},
        verifyAutomatically = false,
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
class ContractingModuleTest {

    static final String BUYER = "ejecutivo-durango";
    static final String OCID = "ocds-213czf-modulo-0001";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.register(registry, "contracting");
    }

    @Autowired
    JurisdictionService directory;
    @Autowired
    OcdsPublication publication;
    @Autowired
    OcdsCatalogue catalogue;
    @Autowired
    LedgerService ledger;

    @Test
    void theFictionalExampleReleaseByReleaseGivesBackItsRecordAndOneLedgerEntryEach() throws Exception {
        SystemActor.run(() -> {
            directory.createJurisdiction(new JurisdictionDraft("mexico", "México", JurisdictionLevel.FEDERAL, null,
                    null, null, null));
            directory.createJurisdiction(new JurisdictionDraft("durango", "Durango", JurisdictionLevel.STATE,
                    "mexico", "10", null, null));
            directory.createInstitution(new InstitutionDraft(BUYER, "Poder Ejecutivo de Durango", null, "durango",
                    Branch.EXECUTIVE, false, null, null));
        });
        String planning = OcdsFixtures.example(OcdsFixtures.RELEASE_FILES.get(0), OCID, BUYER);
        assertThatThrownBy(() -> as(null, () -> publish(planning))).as("only the buyer's procurement office")
                .isInstanceOf(AccessDeniedException.class);

        for (String file : OcdsFixtures.RELEASE_FILES) {
            OcdsPublication.Published published = as(BUYER, () -> publish(OcdsFixtures.example(file, OCID, BUYER)));
            assertThat(published.releasesStored()).isEqualTo(1);
            assertThat(published.ocids()).containsExactly(OCID);
        }
        OcdsPublication.Published again = as(BUYER, () -> publish(planning));
        assertThat(again.releasesStored()).isZero();
        assertThat(again.releasesUnchanged()).isEqualTo(1);

        ProcessRecord record = catalogue.record(OCID).orElseThrow();
        JsonNode expected = OcdsJson.MAPPER.readTree(OcdsFixtures.expectedRecord(OCID, BUYER)).get("records").get(0);
        assertThat(OcdsJson.MAPPER.readTree(record.getCompiledJson())).isEqualTo(expected.get("compiledRelease"));
        assertThat(OcdsJson.MAPPER.readTree(record.getVersionedJson())).isEqualTo(expected.get("versionedRelease"));
        assertThat(record.getReleaseCount()).isEqualTo(6);
        assertThat(record.getBuyerSlug()).isEqualTo(BUYER);

        List<LedgerEntry> entries = ledger.subjectAfter(OcdsPublication.BUYER_SUBJECT, BUYER, 0, 20);
        assertThat(entries).extracting(LedgerEntry::getSeq).as("after the directory's three, none for the repeat")
                .containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(entries).extracting(LedgerEntry::getType).containsOnly(OcdsPublication.PUBLISHED_BATCH);
        assertThat(entries).allSatisfy(e -> assertThat(e.getPayload()).contains(OCID, "\"count\":1"));
        assertThat(ledger.verify().entries()).isEqualTo(9);
    }

    private OcdsPublication.Published publish(String json) {
        return publication.publish(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs the work as the procurement office of the institution (none: someone signed in without a role). */
    private static <T> T as(String institution, Supplier<T> work) {
        return SystemActor.callAs("oficina", institution == null ? List.of()
                : SystemActor.grants(Authority.of(Role.PROCUREMENT, institution)), work);
    }
}
