package org.apertura.opendata;

import static org.apertura.opendata.OpenDataTestActors.publisherOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The catalog's domain on a real database: a publisher creates a draft, adds a CSV, publishes it, replaces the file
 * (both versions stay readable, each with its SHA-256 in the ledger) and withdraws it with a reason; bad input and
 * other people change nothing.
 */
@IntegrationTest
class DatasetPublishingTest {

    static final String CONGRESS = "congreso-durango";

    @Autowired
    DatasetPublishing publishing;
    @Autowired
    Catalog catalog;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcTemplate jdbc;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static DatasetDraft draft(String name) {
        return DatasetDraft.of(name, CONGRESS, "Iniciativas presentadas " + name, "Cada iniciativa presentada al pleno.")
                .withKeywords(List.of("Iniciativas", "congreso", "iniciativas"))
                .withThemes(Set.of(DataTheme.GOVE, DataTheme.JUST)).withContact("Unidad de Transparencia",
                        "transparencia@congreso.example.mx")
                .withFrequency(Frequency.MONTHLY).withSpatial(List.of("10"));
    }

    static FileUpload csv(String name, String text) {
        return FileUpload.of(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void aDraftIsPublishedWithItsFileReplacedAndWithdrawnWithEveryVersionKept() throws IOException {
        String name = unique("iniciativas");
        Dataset created = publisherOf(CONGRESS, () -> publishing.create(draft(name)));
        assertThat(created.getState()).isEqualTo(DatasetState.DRAFT);
        assertThat(created.getKeywords()).containsExactly("congreso", "iniciativas");
        assertThat(created.getLicence()).isEqualTo(Licence.CC_BY_4_0);
        assertThat(catalog.find(name)).as("a draft is not public").isEmpty();

        String first = "folio,fecha,tema\nI-1,2025-01-15,Salud\nI-2,2025-02-01,Agua\n";
        Resource resource = publisherOf(CONGRESS, () -> publishing.addFile(name, ResourceDraft.named("", null),
                csv("iniciativas.csv", first)));
        assertThat(resource.getName()).isEqualTo("iniciativas.csv");
        assertThat(resource.getFormat()).isEqualTo("CSV");
        assertThat(resource.getSha256()).contains(Hashing.sha256Hex(first.getBytes(StandardCharsets.UTF_8)));

        publisherOf(CONGRESS, () -> publishing.publish(name));
        Dataset published = catalog.find(name).orElseThrow();
        assertThat(published.getIssued()).isPresent();
        ResourceVersion v1 = catalog.version(resource.getId(), 1).orElseThrow();
        assertThat(v1.getLedgerSeq()).as("published with the dataset, in the ledger").isPresent();
        assertThat(v1.getQualityReport()).isPresent();

        String second = first + "I-3,2025-03-01,Educación\n";
        ResourceVersion v2 = publisherOf(CONGRESS, () -> publishing.replaceFile(resource.getId(),
                csv("iniciativas-marzo.csv", second)));
        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(v2.getLedgerSeq()).isPresent();
        Resource current = catalog.resource(resource.getId()).orElseThrow();
        assertThat(current.getCurrentVersion()).contains(2);
        assertThat(catalog.versions(current)).extracting(ResourceVersion::getNumber).containsExactly(2, 1);
        try (InputStream old = catalog.open(catalog.version(resource.getId(), 1).orElseThrow()).orElseThrow()) {
            assertThat(new String(old.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first);
        }
        var entries = ledger.subjectAfter(DatasetPublishing.SUBJECT_RESOURCE, resource.getId(), 0, 10);
        assertThat(entries).extracting(e -> e.getType()).containsExactly(DatasetPublishing.VERSION,
                DatasetPublishing.VERSION);
        assertThat(entries.get(1).getPayload()).contains(v2.getSha256());

        assertThatThrownBy(() -> publisherOf(CONGRESS, () -> publishing.withdraw(name, " ")))
                .isInstanceOf(InvalidInputException.class);
        publisherOf(CONGRESS, () -> publishing.withdraw(name, "Lo sustituye el conjunto de iniciativas 2026."));
        Dataset withdrawn = catalog.find(name).orElseThrow();
        assertThat(withdrawn.getState()).isEqualTo(DatasetState.WITHDRAWN);
        assertThat(withdrawn.getWithdrawalReason()).contains("Lo sustituye el conjunto de iniciativas 2026.");
        assertThat(catalog.versions(current)).hasSize(2);
        assertThat(catalog.search(CatalogQuery.all(0, 10).withText(name)).count()).isZero();
        assertThat(catalog.search(CatalogQuery.all(0, 10).withText(name).includingWithdrawn()).count()).isEqualTo(1);
    }

    @Test
    void aNameTakenALicenceNotInTheListAndAFileThatIsNotACsvSaveNothing() {
        String name = unique("obras");
        publisherOf(CONGRESS, () -> publishing.create(draft(name)));
        int datasets = count("opendata_dataset");
        int resources = count("opendata_resource");
        assertThatThrownBy(() -> publisherOf(CONGRESS, () -> publishing.create(draft(name))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("name") && p.messageKey().equals("opendata.error.nameTaken")));
        assertThatThrownBy(() -> Licence.parse("GPL-3.0")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("opendata.error.licence"));
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> publisherOf(CONGRESS, () -> publishing.addFile(name, ResourceDraft.named("", null),
                FileUpload.of("datos.csv", new ByteArrayInputStream(pdf))))).isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("opendata.error.notCsv"));
        assertThat(count("opendata_dataset")).isEqualTo(datasets);
        assertThat(count("opendata_resource")).isEqualTo(resources);
    }

    @Test
    void onlyTheDataPublisherOfTheInstitutionWrites() {
        String name = unique("sesiones");
        assertThatThrownBy(() -> publisherOf("poder-judicial-durango", () -> publishing.create(draft(name))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.findForEditing(name)).isEmpty();
        publisherOf(CONGRESS, () -> publishing.create(draft(name)));
        assertThatThrownBy(() -> publisherOf("poder-judicial-durango", () -> publishing.publish(name)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(publisherOf(CONGRESS, () -> catalog.findForEditing(name))).isPresent();
        assertThat(publisherOf("poder-judicial-durango", () -> catalog.findForEditing(name))).isEmpty();
    }

    @Test
    void aSearchFiltersByFacetsAndCountsThem() {
        String name = unique("asistencia");
        publisherOf(CONGRESS, () -> {
            publishing.create(draft(name).withKeywords(List.of("asistencia-" + name)));
            publishing.addLink(name, ResourceDraft.link("API de asistencia", null, "https://congreso.example.mx/api",
                    "json"));
            publishing.publish(name);
        });
        CatalogResult result = catalog.search(CatalogQuery.all(0, 5).withKeywords(Set.of("asistencia-" + name))
                .withThemes(Set.of(DataTheme.GOVE)).withFormats(Set.of("JSON")).withInstitutions(Set.of(CONGRESS)));
        assertThat(result.count()).isEqualTo(1);
        assertThat(result.datasets()).extracting(Dataset::getName).containsExactly(name);
        assertThat(result.facets().get(Facet.FORMAT)).containsExactly(new CatalogResult.FacetCount("JSON", 1));
        assertThat(result.facets().get(Facet.THEME)).extracting(CatalogResult.FacetCount::value)
                .containsExactlyInAnyOrder("GOVE", "JUST");
        assertThat(catalog.names(0, 100_000)).contains(name);
    }
}
