package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The ocds-merge conformance fixtures and the fictional example merge to exactly the expected releases. */
class MergeFixturesTest {

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(SharedReference.ocds("merge-fixtures"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("-compiled.json"))
                    .map(n -> n.substring(0, n.length() - "-compiled.json".length()))
                    .sorted().toList();
            // The 1.1 suite has 17 cases: an empty or moved folder must fail, not pass vacuously.
            assertThat(names).hasSizeGreaterThanOrEqualTo(17);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void compiledReleaseMatchesTheReferenceImplementation(String name) {
        OcdsRecord record = OcdsRecord.of(releases(name), MergeRules.of(OcdsVersion.V1_1), false);
        assertThat(record.compiledRelease()).isEqualTo(expected(name + "-compiled.json"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void versionedReleaseMatchesTheReferenceImplementation(String name) {
        OcdsRecord record = OcdsRecord.of(releases(name), MergeRules.of(OcdsVersion.V1_1), true);
        assertThat(record.versionedRelease()).isEqualTo(expected(name + "-versioned.json"));
    }

    /**
     * Releases read as bytes ({@link Utf8Tree}, as the compile and the import read them) merge to the reference
     * results too, and the compiled and versioned releases are written byte for byte as from Jackson's trees.
     */
    @ParameterizedTest
    @MethodSource("fixtures")
    void releasesReadAsBytesMergeAndWriteAsJacksonTrees(String name) {
        List<JsonNode> jackson = releases(name);
        List<JsonNode> bytes = jackson.stream().map(r -> Utf8Tree.read(OcdsJson.MAPPER.writeValueAsBytes(r))).toList();
        OcdsRecord ours = OcdsRecord.of(bytes, MergeRules.of(OcdsVersion.V1_1), true);
        OcdsRecord theirs = OcdsRecord.of(jackson, MergeRules.of(OcdsVersion.V1_1), true);
        assertThat(ours.compiledRelease()).isEqualTo(expected(name + "-compiled.json"));
        assertThat(ours.versionedRelease()).isEqualTo(expected(name + "-versioned.json"));
        assertThat(written(ours, true)).isEqualTo(written(theirs, true));
        assertThat(written(ours, false)).isEqualTo(written(theirs, false));
    }

    private static String written(OcdsRecord record, boolean compiled) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (tools.jackson.core.JsonGenerator generator = OcdsJson.MAPPER.createGenerator(out)) {
            if (compiled) {
                record.writeCompiledRelease(generator);
            } else {
                record.writeVersionedRelease(generator);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void fictionalExampleCompilesToItsPublishedRecord() {
        JsonNode releasePackage = SharedReference.read(
                SharedReference.ocds("fictional-example", "ocds-213czf-000-00001.json"));
        OcdsRecord record = OcdsRecord.of(SharedReference.elements(releasePackage.get("releases")),
                MergeRules.of(OcdsVersion.V1_1), true);

        JsonNode compiled = SharedReference.read(SharedReference.ocds("fictional-example", "record",
                "ocds-213czf-000-00001.json")).get("records").get(0);
        JsonNode withVersions = SharedReference.read(SharedReference.ocds("fictional-example", "record",
                "ocds-213czf-000-00001-withversions.json")).get("records").get(0);
        assertThat(record.compiledRelease()).isEqualTo(compiled.get("compiledRelease"));
        assertThat(record.versionedRelease()).isEqualTo(withVersions.get("versionedRelease"));
    }

    /**
     * Real OCDS 1.0 data: release packages Mexico City's Secretaría de Finanzas published (no {@code version} field,
     * two releases of one process each) merge under the 1.0 rules to the compiled and versioned releases that
     * {@code ocdskit compile} (ocdsmerge with release schema 1.0.3) gave for them; see ocds/real/cdmx/README.md.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void realMexicoCityPackagesOfVersion10MergeAsTheReferenceToolsDo(String n) {
        JsonNode releasePackage = SharedReference.real("cdmx/release-package-" + n + ".json");
        String declared = releasePackage.has("version") ? releasePackage.get("version").asString() : null;
        OcdsVersion version = OcdsVersion.ofPackageField(declared, "release-package-" + n);
        assertThat(version).isEqualTo(OcdsVersion.V1_0);
        List<JsonNode> releases = SharedReference.elements(releasePackage.get("releases"));
        assertThat(releases).hasSizeGreaterThanOrEqualTo(2);

        OcdsRecord record = OcdsRecord.of(releases, MergeRules.of(version), true);
        assertThat(SharedReference.asValues(record.compiledRelease()))
                .isEqualTo(SharedReference.asValues(SharedReference.real("cdmx/compiled-release-" + n + ".json")));
        assertThat(SharedReference.asValues(record.versionedRelease()))
                .isEqualTo(SharedReference.asValues(SharedReference.real("cdmx/versioned-release-" + n + ".json")));
    }

    private static List<JsonNode> releases(String name) {
        return SharedReference.elements(SharedReference.read(SharedReference.ocds("merge-fixtures", name + ".json")));
    }

    private static JsonNode expected(String file) {
        return SharedReference.read(SharedReference.ocds("merge-fixtures", file));
    }
}
