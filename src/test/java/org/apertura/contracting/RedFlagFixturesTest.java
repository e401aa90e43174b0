package org.apertura.contracting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Cardinal fixture ({@code X.jsonl} in, {@code X.expected} out, from cardinal-rs tests/fixtures/indicators)
 * gives exactly Cardinal's output. Compared as JSON trees; numbers are compared exactly (a {@code 0.2} in the file
 * must be the same double we compute), as Cardinal's own test compares its {@code f64} results with {@code ==}.
 * Like Cardinal's test, the comparison leaves out {@code Meta}, which the fixtures do not hold.
 */
class RedFlagFixturesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Path fixtures() {
        return SharedReference.ocds("red-flags");
    }

    static List<String> fixtureNames() throws IOException {
        try (Stream<Path> files = Files.list(fixtures())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".jsonl"))
                    .map(name -> name.substring(0, name.length() - ".jsonl".length()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theFixturesAreThere() throws IOException {
        // A missing folder must fail loudly rather than run zero parameterised cases.
        assertEquals(15, fixtureNames().size(), "fixtures in " + fixtures().toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void givesCardinalsOutput(String name) throws IOException {
        RedFlagReport report;
        try (Reader releases = Files.newBufferedReader(fixtures().resolve(name + ".jsonl"))) {
            report = new RedFlags(RedFlagSettings.fromSections(sectionsFor(name))).computeJsonLines(releases);
        }
        JsonNode expected = JSON.readTree(Files.readString(fixtures().resolve(name + ".expected")));

        assertEquals(expected, report.toJson(false));
    }

    @Test
    void recordsTheQuartilesCardinalDocuments() throws IOException {
        // Cardinal's documentation shows this Meta for R024; the R024 fixture has the same margins.
        RedFlagReport report;
        try (Reader releases = Files.newBufferedReader(fixtures().resolve("R024.jsonl"))) {
            report = new RedFlags(RedFlagSettings.fromSections(sectionsFor("R024"))).computeJsonLines(releases);
        }

        assertEquals(JSON.readTree("{\"R024\":{\"q1\":66.6667,\"q3\":100.0,\"lower_fence\":16.6667}}"),
                report.toJson().get("Meta"));
    }

    /**
     * The settings a fixture's name gives (shared/reference/ocds/red-flags/README.md), plus the two settings
     * Cardinal's test generator (build.rs) adds to every fixture: prices of procedure {@code NPC} are not compared,
     * and procedure {@code EXC} is excluded. The fixtures' "no price comparison" and "exclude procurement method
     * details" releases rely on them.
     */
    static Map<String, Map<String, String>> sectionsFor(String name) {
        String[] parts = name.replace('+', '|').split("-");
        String code = parts[0];
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        sections.put("", Map.of("no_price_comparison_procurement_methods", "NPC"));
        sections.put("exclusions", Map.of("procurement_method_details", "EXC"));
        if (parts.length == 3) {
            sections.put(code, Map.of(parts[1], parts[2]));
        } else if (parts.length > 3) {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (int i = 2; i + 1 < parts.length; i += 2) {
                pairs.put(parts[i], parts[i + 1]);
            }
            sections.put(code, Map.of());
            sections.put(code + "." + parts[1], pairs);
        } else {
            sections.put(code, Map.of());
        }
        return sections;
    }
}
