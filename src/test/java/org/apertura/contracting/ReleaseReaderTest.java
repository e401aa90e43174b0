package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apertura.contracting.ReleaseReader.PackagedRelease;
import org.junit.jupiter.api.Test;

/** Every OCDS container format reads to the same releases; bad input fails saying what and where. */
class ReleaseReaderTest {

    private static final String RELEASE_1 =
            "{'ocid':'ocds-x-1','id':'1','date':'2024-01-01T00:00:00Z','tag':['tender']}";
    private static final String RELEASE_2 =
            "{'ocid':'ocds-x-2','id':'1','date':'2024-02-01T00:00:00Z','tag':['tender']}";

    @Test
    void releasePackageGivesItsReleasesWithItsMetadataAndVersion() throws IOException {
        List<PackagedRelease> read = read(Files.readAllBytes(
                SharedReference.ocds("fictional-example", "ocds-213czf-000-00001.json")));

        assertThat(read).hasSize(6).allSatisfy(r -> {
            assertThat(r.ocid()).isEqualTo("ocds-213czf-000-00001");
            assertThat(r.version()).isEqualTo(OcdsVersion.V1_1);
            assertThat(r.packageMetadata().uri()).startsWith("http");
            assertThat(r.packageMetadata().fields().has("releases")).isFalse();
        });
        assertThat(read.get(2).place()).contains("/releases/2");
    }

    @Test
    void arrayOfPackagesJsonLinesAndGzipAllGiveTheSameReleases() {
        String pkg1 = pkg("'version':'1.1'", RELEASE_1);
        String pkg2 = pkg("'version':'1.1'", RELEASE_2);
        List<List<String>> ways = List.of(
                ocids(read(json("[" + pkg1 + "," + pkg2 + "]"))),
                ocids(read(json(pkg1 + "\n" + pkg2 + "\n"))),
                ocids(read(json(RELEASE_1 + "\n" + RELEASE_2))),
                ocids(read(gzip(json(RELEASE_1 + "\n" + RELEASE_2)))),
                ocids(read(json(recordPackage()))));
        assertThat(ways).allSatisfy(ocids -> assertThat(ocids).containsExactly("ocds-x-1", "ocds-x-2"));
    }

    @Test
    void rawReadGivesTheSameReleasesAsTheTreeRead() {
        String withParties =
                "{'ocid':'ocds-x-3','parties':[{'id':'p','name':'Ñandú, S.C.'}],'date':'2024-03-01T00:00:00Z'}";
        byte[] input = gzip(json("[" + pkg("'version':'1.1'", RELEASE_1) + "," + recordPackage() + "]\n"
                + "{'releases':[" + RELEASE_2 + "]}\n" + withParties));
        List<PackagedRelease> trees = read(input);
        List<ReleaseReader.RawRelease> raws = new ArrayList<>();
        ReleaseReader.readRaw(new ByteArrayInputStream(input), raws::add);

        assertThat(raws).hasSameSizeAs(trees).hasSize(5);
        for (int i = 0; i < trees.size(); i++) {
            PackagedRelease tree = trees.get(i);
            ReleaseReader.RawRelease raw = raws.get(i);
            assertThat(OcdsJson.MAPPER.readTree(raw.json())).isEqualTo(tree.release());
            assertThat(List.of(raw.ocid(), raw.date(), raw.version(), raw.place()))
                    .isEqualTo(List.of(tree.ocid(), tree.date(), tree.version(), tree.place()));
        }
        assertThat(raws.get(3).version()).as("a package without version is 1.0").isEqualTo(OcdsVersion.V1_0);
        assertThat(raws.get(4).version()).as("a bare release with parties is 1.1").isEqualTo(OcdsVersion.V1_1);
    }

    @Test
    void versionIsOneZeroWhenAbsentAndKnownEvenWhenItComesAfterTheReleases() {
        assertThat(read(json(pkg("'uri':'u'", RELEASE_1)))).singleElement()
                .satisfies(r -> assertThat(r.version()).isEqualTo(OcdsVersion.V1_0));
        String versionLast = "{'releases':[" + RELEASE_1 + "],'version':'1.1'}";
        assertThat(read(json(versionLast))).singleElement()
                .satisfies(r -> assertThat(r.version()).isEqualTo(OcdsVersion.V1_1));
    }

    @Test
    void unknownVersionIsRefused() {
        assertRefused(json(pkg("'version':'2.0'", RELEASE_1)), "contracting.ocds.unknownVersion", "");
    }

    @Test
    void malformedJsonNamesTheLine() {
        byte[] input = json(RELEASE_1 + "\n" + RELEASE_2 + "\n{'ocid':'ocds-x-3','date':}\n");
        assertRefused(input, "contracting.ocds.malformedJson", "line 3");
    }

    @Test
    void truncatedGzipIsRefused() {
        byte[] whole = gzip(json((RELEASE_1 + "\n").repeat(2000)));
        assertRefused(Arrays.copyOf(whole, whole.length / 2), "contracting.ocds.truncatedGzip", "byte");
    }

    @Test
    void releasesWithoutOcidOrDateAreRefusedWithTheirPointer() {
        String noOcid = "{'id':'1','date':'2024-01-01T00:00:00Z'}";
        String noDate = "{'ocid':'ocds-x-3','id':'1'}";
        assertRefused(json(pkg("'version':'1.1'", RELEASE_1, noOcid)), "contracting.ocds.missingOcid",
                "/releases/1");
        assertRefused(json(pkg("'version':'1.1'", RELEASE_1, RELEASE_2, noDate)), "contracting.ocds.missingDate",
                "/releases/2");
        assertRefused(json(RELEASE_1 + "\n" + noDate), "contracting.ocds.missingDate", "line 2");
    }

    @Test
    void aBareReleaseIsOneOneWhenItHasParties() {
        String withParties = "{'ocid':'ocds-x-1','id':'1','date':'2024-01-01T00:00:00Z','parties':[{'id':'p'}]}";
        assertThat(read(json(RELEASE_1 + "\n" + withParties))).extracting(PackagedRelease::version)
                .containsExactly(OcdsVersion.V1_0, OcdsVersion.V1_1);
    }

    private static void assertRefused(byte[] input, String key, String placeContains) {
        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(OcdsDataException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.place()).contains(placeContains);
        });
    }

    private static String recordPackage() {
        return "{'version':'1.1','records':[{'ocid':'ocds-x-1','releases':[" + RELEASE_1
                + ",{'url':'http://example.com/p.json#1','date':'2024-01-01T00:00:00Z','tag':['tender']}]},"
                + "{'ocid':'ocds-x-2','releases':[" + RELEASE_2 + "]}]}";
    }

    static String pkg(String metadata, String... releases) {
        return "{'uri':'http://example.com/p.json'," + metadata + ",'releases':[" + String.join(",", releases) + "]}";
    }

    static byte[] json(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<PackagedRelease> read(byte[] input) {
        List<PackagedRelease> releases = new ArrayList<>();
        ReleaseReader.read(new ByteArrayInputStream(input), releases::add);
        return releases;
    }

    private static List<String> ocids(List<PackagedRelease> releases) {
        return releases.stream().map(PackagedRelease::ocid).toList();
    }
}
