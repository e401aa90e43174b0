package org.apertura.contracting;

import static org.apertura.contracting.ReleaseReaderTest.json;
import static org.apertura.contracting.ReleaseReaderTest.pkg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apertura.contracting.RecordPackageCompiler.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateless compile merges each release straight from its tokens (no tree per release); it must write, byte
 * for byte, the record package the tree merge writes, and pass the reference merge fixtures.
 */
class StreamedMergeTest {

    @TempDir
    Path temp;

    static Stream<String> fixtures() throws IOException {
        return MergeFixturesTest.fixtures();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyMergeFixtureCompilesToTheReferenceResultWhenStreamed(String name) {
        ArrayNode releases = (ArrayNode) SharedReference.read(SharedReference.ocds("merge-fixtures", name + ".json"));
        ObjectNode releasePackage = OcdsJson.MAPPER.createObjectNode().put("uri", "http://example.com/p.json")
                .put("version", "1.1");
        releasePackage.set("releases", releases);
        byte[] input = OcdsJson.MAPPER.writeValueAsBytes(releasePackage);

        byte[] streamed = compile(input, true);

        JsonNode records = OcdsJson.MAPPER.readTree(streamed).get("records");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("compiledRelease"))
                .isEqualTo(SharedReference.read(SharedReference.ocds("merge-fixtures", name + "-compiled.json")));
        assertThat(records.get(0).get("versionedRelease"))
                .isEqualTo(SharedReference.read(SharedReference.ocds("merge-fixtures", name + "-versioned.json")));
        assertThat(streamed).isEqualTo(compile(input, false));
    }

    @Test
    void realisticReleasesGiveTheSameBytesStreamedAsFromTrees() throws IOException {
        Path file = temp.resolve("releases.jsonl.gz");
        OcdsCompileBenchmark.generate(file, 250, 40);
        byte[] input = Files.readAllBytes(file);

        byte[] streamed = compile(input, true);

        assertThat(OcdsJson.MAPPER.readTree(streamed).get("records")).hasSize(40);
        assertThat(streamed).isEqualTo(compile(input, false));
        assertThat(compile(input, true, false)).as("compiled releases only")
                .isEqualTo(compile(input, false, false));
    }

    @Test
    void awkwardReleasesGiveTheSameBytesStreamedAsFromTrees() {
        // Each case is one process's releases: what the stream must take as the tree does, or hand back to it.
        List<String[]> cases = List.of(
                // Items whose id is not their first field, or missing, null, numeric; empty items and objects.
                new String[] {"{'ocid':'ocds-x-1','id':'1','date':'2024-01-01T00:00:00Z','tag':['tender'],"
                        + "'tender':{'items':[{'description':'a','id':'i1'},{},{'id':null,'quantity':1},"
                        + "{'id':2,'quantity':2.50},{'quantity':3}],'value':{}}}",
                    "{'date':'2024-02-01T00:00:00Z','tag':['tenderUpdate'],'ocid':'ocds-x-1','id':'2',"
                        + "'tender':{'items':[{'id':'i1','quantity':100.0},{'id':2,'quantity':2.5},{'id':'2'}]}}"},
                // An array mixing objects and other values is merged whole: the stream hands it to the tree.
                new String[] {"{'ocid':'ocds-x-2','id':'1','date':'2024-01-01T00:00:00Z','planning':{'x':"
                        + "[{'id':'a'},1,null,'s']},'parties':[{'id':'p','roles':['buyer',null]}]}",
                    "{'ocid':'ocds-x-2','id':'2','date':'2024-01-01T00:00:00Z','planning':{'x':[{'id':'b'},2]}}"},
                // A name given twice: the tree keeps the last value.
                new String[] {"{'ocid':'ocds-x-3','id':'1','date':'2024-01-01T00:00:00Z',"
                        + "'tender':{'title':'uno','title':'dos'}}"},
                // Null where an object was, an object where null was, literals where objects showed, omitted
                // and whole-list fields, releases out of date order.
                new String[] {"{'ocid':'ocds-x-4','id':'3','date':'2024-03-01T00:00:00Z','tender':null,"
                        + "'awards':[{'id':'a','suppliers':[{'id':'s1'}],'items':[{'id':'i9'}]}]}",
                    "{'ocid':'ocds-x-4','id':'1','date':'2024-01-01T00:00:00Z','tender':{'id':'t','value':"
                        + "{'amount':1e3,'currency':'MXN'}},'awards':[{'id':'a','suppliers':[{'id':'s0'}]}]}",
                    "{'ocid':'ocds-x-4','id':'2','date':'2024-02-01T00:00:00Z','tender':{'value':5},"
                        + "'tag':'x','buyer':{'id':'b','name':'Ayuntamiento de Lerdo \\u00e9'}}"});
        StringBuilder releases = new StringBuilder();
        for (String[] process : cases) {
            for (String release : process) {
                releases.append(releases.isEmpty() ? "" : ",").append(release);
            }
        }
        byte[] input = json(pkg("'version':'1.1'", releases.toString()));

        byte[] streamed = compile(input, true);

        assertThat(OcdsJson.MAPPER.readTree(streamed).get("records")).hasSize(cases.size());
        assertThat(new String(streamed, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(compile(input, false), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(OcdsJson.MAPPER.readTree(streamed).at("/records/2/compiledRelease/tender/title").asString())
                .isEqualTo("dos");
    }

    @Test
    void aFieldChangingTypeFailsStreamedAsItDoesFromTrees() {
        byte[] input = json(pkg("'version':'1.1'",
                "{'ocid':'ocds-x-1','id':'1','date':'2024-01-01T00:00:00Z','tender':{'items':[{'id':'i'}]}}",
                "{'ocid':'ocds-x-1','id':'2','date':'2024-02-01T00:00:00Z','tender':{'items':{'id':'i'}}}"));
        assertThatThrownBy(() -> compile(input, true)).isInstanceOfSatisfying(OcdsDataException.class,
                e -> assertThat(e.messageKey()).isEqualTo("contracting.ocds.inconsistentType"));
        assertThatThrownBy(() -> compile(input, false)).isInstanceOfSatisfying(OcdsDataException.class,
                e -> assertThat(e.messageKey()).isEqualTo("contracting.ocds.inconsistentType"));
    }

    private byte[] compile(byte[] input, boolean streaming) {
        return compile(input, streaming, true);
    }

    private byte[] compile(byte[] input, boolean streaming, boolean versioned) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordPackageCompiler.compile(new ByteArrayInputStream(input), out,
                new Options(versioned, 64L << 20, temp, "", ""), streaming);
        return out.toByteArray();
    }
}
