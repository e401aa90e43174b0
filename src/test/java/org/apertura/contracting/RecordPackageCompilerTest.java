package org.apertura.contracting;

import static org.apertura.contracting.ReleaseReaderTest.gzip;
import static org.apertura.contracting.ReleaseReaderTest.json;
import static org.apertura.contracting.ReleaseReaderTest.pkg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apertura.contracting.RecordPackageCompiler.Options;
import org.apertura.contracting.RecordPackageCompiler.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The stateless compile writes the record package ocdskit would, whether the grouping fits in memory or not. */
class RecordPackageCompilerTest {

    @TempDir
    Path temp;

    @Test
    void fictionalExampleReleasePackagesCompileToItsRecord() throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(SharedReference.ocds("fictional-example"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*-0\\d-.*\\.json")).sorted()
                    .toList()) {
                lines.write(OcdsJson.MAPPER.writeValueAsBytes(SharedReference.read(file)));
                lines.write('\n');
            }
        }
        JsonNode recordPackage = compile(gzip(lines.toByteArray()), options().withVersioned(true));

        JsonNode expected = SharedReference.read(SharedReference.ocds("fictional-example", "record",
                "ocds-213czf-000-00001-withversions.json")).get("records").get(0);
        JsonNode record = recordPackage.get("records").get(0);
        assertThat(recordPackage.get("records")).hasSize(1);
        assertThat(recordPackage.get("version").asString()).isEqualTo("1.1");
        assertThat(record.get("ocid").asString()).isEqualTo("ocds-213czf-000-00001");
        assertThat(record.get("releases")).hasSize(6);
        assertThat(record.get("compiledRelease")).isEqualTo(expected.get("compiledRelease"));
        assertThat(record.get("versionedRelease")).isEqualTo(expected.get("versionedRelease"));
        // The six packages share one URI; it is listed once (the schema wants unique package URIs).
        assertThat(recordPackage.get("packages")).hasSize(1);
    }

    @Test
    void spillingToDiskGivesTheSameRecordPackageAsGroupingInMemory() {
        List<String> releases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Ocids interleaved through the input, dates out of order: ocds-x-0 is latest (September) at i = 7.
            releases.add("{'ocid':'ocds-x-" + (i % 7) + "','id':'" + i + "','date':'2024-0" + (1 + (i * 5) % 9)
                    + "-01T00:00:00Z','tag':['tender'],'tender':{'id':'t','title':'Compra " + i + "'}}");
        }
        byte[] input = json(pkg("'version':'1.1','extensions':['https://example.com/bids.json']",
                releases.toArray(String[]::new)));

        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        Result memory = RecordPackageCompiler.compile(new ByteArrayInputStream(input), inMemory,
                options().withVersioned(true));
        ByteArrayOutputStream spilled = new ByteArrayOutputStream();
        Result disk = RecordPackageCompiler.compile(new ByteArrayInputStream(input), spilled,
                options().withVersioned(true).withMemoryBudget(2_000));

        assertThat(memory.spilledRuns()).isZero();
        assertThat(disk.spilledRuns()).isGreaterThan(3);
        assertThat(spilled.toByteArray()).isEqualTo(inMemory.toByteArray());
        assertThat(disk.records()).isEqualTo(7);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("run files are deleted").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        JsonNode recordPackage = OcdsJson.MAPPER.readTree(spilled.toByteArray());
        assertThat(recordPackage.get("records")).extracting(r -> r.get("ocid").asString()).isSorted();
        assertThat(recordPackage.get("extensions")).hasSize(1);
        JsonNode first = recordPackage.get("records").get(0);
        assertThat(first.get("releases")).extracting(r -> Integer.parseInt(r.get("id").asString()))
                .as("releases in input order").isSorted();
        assertThat(first.get("compiledRelease").at("/tender/title").asString()).isEqualTo("Compra 7");
    }

    @Test
    void aPackageWithoutVersionCompilesByTheOneZeroRules() {
        String award = "{'ocid':'ocds-x-1','id':'%s','date':'2015-0%s-01T00:00:00Z','tag':['award'],"
                + "'awards':[{'id':'a','suppliers':[{'id':'%s','name':'Proveedor %s'}]}]}";
        byte[] input = json(pkg("'publishedDate':'2015-03-01T00:00:00Z'", award.formatted("1", "1", "s1", "uno"),
                award.formatted("2", "2", "s2", "dos")));

        JsonNode recordPackage = compile(input, options());

        assertThat(recordPackage.get("version").asString()).isEqualTo("1.0");
        assertThat(recordPackage.at("/records/0/compiledRelease/awards/0/suppliers"))
                .as("1.0 replaces the whole list of suppliers").hasSize(1)
                .first().satisfies(s -> assertThat(s.get("id").asString()).isEqualTo("s2"));
    }

    @Test
    void mixingVersionsIsRefused() {
        byte[] input = json(pkg("'version':'1.1'", "{'ocid':'ocds-x-1','id':'1','date':'2024-01-01T00:00:00Z'}")
                + "\n" + pkg("'version':'1.0'", "{'ocid':'ocds-x-1','id':'2','date':'2024-01-02T00:00:00Z'}"));
        assertThatThrownBy(() -> compile(input, options())).isInstanceOfSatisfying(OcdsDataException.class,
                e -> assertThat(e.messageKey()).isEqualTo("contracting.ocds.inconsistentVersion"));
    }

    private Options options() {
        return new Options(false, 64L << 20, temp, "", "");
    }

    private static JsonNode compile(byte[] input, Options options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordPackageCompiler.compile(new ByteArrayInputStream(input), out, options);
        return OcdsJson.MAPPER.readTree(out.toByteArray());
    }
}
