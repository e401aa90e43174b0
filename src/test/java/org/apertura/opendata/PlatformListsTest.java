package org.apertura.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.platform.web.PublicDataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public list of Apertura is a published dataset of the catalog, with its live CSV and JSON and the CSV's
 * dictionary, registered once; and the demo catalog is what the issue asks: files in three formats, a quality problem
 * the report shows, a replaced file whose first version is still there, a withdrawn dataset with its reason.
 */
@IntegrationTest
class PlatformListsTest {

    @Autowired
    List<PublicDataset.Source> sources;
    @Autowired
    PlatformLists lists;
    @Autowired
    Catalog catalog;
    @Autowired
    DatasetRepository datasets;

    @Test
    void everyPublicListIsAPublishedDatasetWithItsDownloadsAndDictionaryOnce() {
        List<PublicDataset> templates = sources.stream().flatMap(s -> s.datasets().stream()).toList();
        List<PublicDataset> all = templates.stream()
                .map(list -> list.resolved().orElseThrow(() -> new AssertionError("no example: " + list.key()))).toList();
        assertThat(all).hasSizeGreaterThan(20);
        for (PublicDataset list : all) {
            Dataset dataset = datasets.findBySourceKey(list.key()).orElseThrow(() -> new AssertionError(list.key()));
            assertThat(dataset.getState()).isEqualTo(DatasetState.PUBLISHED);
            assertThat(dataset.getKind()).isEqualTo(DatasetKind.PLATFORM_LIST);
            assertThat(dataset.getTitle()).doesNotStartWith("dataset.");
            assertThat(dataset.getInstitutionSlug()).isEqualTo("idaip");
            List<Resource> resources = catalog.resources(dataset);
            // a list per record is registered with the addresses of a record that has data (a pattern's instance)
            PublicDataset template = templates.stream().filter(t -> t.key().equals(list.key())).findFirst().orElseThrow();
            assertThat(resources).extracting(r -> r.getUrl().orElseThrow())
                    .satisfiesExactly(csv -> assertThat(csv).matches(pattern(template.csvPath())),
                            json -> assertThat(json).matches(pattern(template.jsonPath())));
            assertThat(resources.get(0).getDictionary()).hasSize(list.columns().size())
                    .allMatch(DictionaryField::isDescribed);
            assertThat(resources.get(0).getDictionary()).noneMatch(f -> f.getName().startsWith("csv."));
        }
        long before = datasets.count();
        assertThat(lists.register()).isZero();
        assertThat(datasets.count()).isEqualTo(before);
    }

    /** A list's address as a pattern: each {placeholder} stands for one path segment. */
    private static String pattern(String template) {
        return java.util.regex.Pattern.quote(template).replaceAll("\\{[a-z]+}", "\\\\E[^/]+\\\\Q");
    }

    @Test
    void theDemoCatalogHasFilesInThreeFormatsAProblemAReplacedFileAndAWithdrawnDataset() {
        // about forty as the issue asks, more as modules add public lists (each is a dataset; registering twice adds none)
        assertThat(catalog.count()).isGreaterThanOrEqualTo(35L);
        Dataset works = catalog.find("obra-publica-municipio-durango-2025").orElseThrow();
        Resource file = catalog.resources(works).get(0);
        assertThat(catalog.versions(file)).extracting(ResourceVersion::getFileName)
                .containsExactly("obras-2025.csv", "obras-2025-primer-semestre.csv");
        assertThat(catalog.completeness(works).score()).isEqualTo(100);
        QualityReport schools = catalog.currentVersion(catalog.resources(catalog.find("escuelas-publicas-durango")
                .orElseThrow()).get(0)).orElseThrow().getQualityReport().orElseThrow();
        assertThat(schools.findings()).extracting(QualityReport.Finding::problem)
                .contains(QualityProblem.TYPE, QualityProblem.DATE_FORMAT, QualityProblem.BLANK_ROW);
        assertThat(catalog.search(CatalogQuery.all(0, 0)).facets().get(Facet.FORMAT))
                .extracting(CatalogResult.FacetCount::value).contains("CSV", "XLSX", "GEOJSON", "JSON");
        assertThat(catalog.find("asistencia-pleno-2024").orElseThrow().getWithdrawalReason()).isPresent();
        assertThat(catalog.find("mercados-municipales-durango")).as("a draft").isEmpty();
        assertThat(catalog.ranking()).isNotEmpty();
    }
}
