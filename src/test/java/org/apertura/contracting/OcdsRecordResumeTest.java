package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * A record resumed from what it wrote (compiled release, versioned release, latest date) and given the remaining
 * releases one by one merges to what a merge from scratch gives, for every split of every fixture; an earlier
 * release fetches the stored ones once and recompiles.
 */
class OcdsRecordResumeTest {

    private static final MergeRules V1_1 = MergeRules.of(OcdsVersion.V1_1);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(SharedReference.ocds("merge-fixtures"))) {
            List<String> names = new ArrayList<>(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith("-compiled.json") && !n.endsWith("-versioned.json"))
                    .map(n -> "merge-fixtures/" + n).sorted().toList());
            names.add("fictional-example/ocds-213czf-000-00001.json");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resumingAtEverySplitGivesTheMergeFromScratch(String file) {
        List<JsonNode> releases = releases(file);
        OcdsRecord scratch = OcdsRecord.of(releases, V1_1, true);
        List<JsonNode> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing(r -> r.get("date").asString()));
        for (int k = 1; k < sorted.size(); k++) {
            List<JsonNode> before = sorted.subList(0, k);
            OcdsRecord written = OcdsRecord.of(before, V1_1, true);
            AtomicInteger fetched = new AtomicInteger();
            OcdsRecord resumed = OcdsRecord.resume(written.ocid(), V1_1, written.compiledRelease(),
                    written.versionedRelease(), before.get(k - 1).get("date").asString(), () -> {
                        fetched.incrementAndGet();
                        return before;
                    });
            sorted.subList(k, sorted.size()).forEach(resumed::add);

            assertThat(resumed.compiledRelease()).as("%s split at %d", file, k).isEqualTo(scratch.compiledRelease());
            assertThat(resumed.versionedRelease()).as("%s split at %d", file, k).isEqualTo(scratch.versionedRelease());
            assertThat(fetched).hasValue(0);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEarlierReleaseMakesTheResumedRecordFetchAndRecompile(String file) {
        List<JsonNode> sorted = new ArrayList<>(releases(file));
        sorted.sort(Comparator.comparing(r -> r.get("date").asString()));
        if (sorted.size() < 2 || sorted.get(0).get("date").equals(sorted.get(sorted.size() - 1).get("date"))) {
            return;
        }
        JsonNode first = sorted.get(0);
        List<JsonNode> rest = sorted.subList(1, sorted.size());
        OcdsRecord written = OcdsRecord.of(rest, V1_1, true);
        AtomicInteger fetched = new AtomicInteger();
        OcdsRecord resumed = OcdsRecord.resume(written.ocid(), V1_1, written.compiledRelease(),
                written.versionedRelease(), rest.get(rest.size() - 1).get("date").asString(), () -> {
                    fetched.incrementAndGet();
                    return rest;
                });
        resumed.add(first);

        OcdsRecord scratch = OcdsRecord.of(sorted, V1_1, true);
        assertThat(fetched).hasValue(1);
        assertThat(resumed.recompilations()).isEqualTo(1);
        assertThat(resumed.compiledRelease()).isEqualTo(scratch.compiledRelease());
        assertThat(resumed.versionedRelease()).isEqualTo(scratch.versionedRelease());
    }

    private static List<JsonNode> releases(String file) {
        JsonNode json = SharedReference.read(SharedReference.ocds(file.split("/")[0], file.split("/")[1]));
        return SharedReference.elements(json.has("releases") ? json.get("releases") : json);
    }
}
