package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast schema check vouches for the releases the full validator accepts (so they are accepted quickly), and
 * never for one the full validator refuses: whatever it is unsure of goes through the full validator, which lists
 * the problems.
 */
class SchemaCheckTest {

    private static final OcdsValidation VALIDATION = new OcdsValidation("ocds-213czf-");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void validReleasesAreRecognisedQuickly() throws Exception {
        List<JsonNode> releases = validReleases();
        assertThat(releases).hasSizeGreaterThan(5);
        for (JsonNode release : releases) {
            assertThat(VALIDATION.fullSchemaErrors(release, OcdsVersion.V1_1)).isEmpty();
            assertThat(VALIDATION.fastSchemaValid(release, OcdsVersion.V1_1)).as(release.path("id").asString())
                    .isTrue();
        }
    }

    @Test
    void eachKindOfSchemaProblemIsLeftToTheFullValidator() throws Exception {
        JsonNode valid = validReleases().get(1);
        Map<String, JsonNode> changes = new java.util.LinkedHashMap<>();
        changes.put("/tender/title", NODES.numberNode(5));
        changes.put("/date", NODES.stringNode("2025-13-01T00:00:00Z"));
        changes.put("/tender/tenderPeriod/startDate", NODES.stringNode("mañana"));
        changes.put("/tender/status", NODES.stringNode("abierta"));
        changes.put("/tender/documents/0/url", NODES.stringNode("no es una dirección"));
        changes.put("/tender/numberOfTenderers", NODES.numberNode(2.5));
        changes.put("/tag", NODES.arrayNode());
        changes.put("/tender/title_es", NODES.numberNode(1));
        changes.put("/ocid", NODES.stringNode(""));
        for (Map.Entry<String, JsonNode> change : changes.entrySet()) {
            JsonNode release = set(valid.deepCopy(), change.getKey(), change.getValue());
            assertThat(VALIDATION.fullSchemaErrors(release, OcdsVersion.V1_1)).as(change.getKey()).isNotEmpty();
            assertThat(VALIDATION.fastSchemaValid(release, OcdsVersion.V1_1)).as(change.getKey()).isFalse();
        }
        ObjectNode missing = (ObjectNode) valid.deepCopy();
        missing.remove("initiationType");
        assertThat(VALIDATION.fastSchemaValid(missing, OcdsVersion.V1_1)).isFalse();
        ObjectNode twice = (ObjectNode) valid.deepCopy();
        ((ArrayNode) twice.get("parties")).add(twice.get("parties").get(0).deepCopy());
        assertThat(VALIDATION.fullSchemaErrors(twice, OcdsVersion.V1_1)).isNotEmpty();
        assertThat(VALIDATION.fastSchemaValid(twice, OcdsVersion.V1_1)).isFalse();
    }

    @Test
    void neverVouchesForAReleaseTheFullValidatorRefuses() throws Exception {
        List<JsonNode> releases = validReleases();
        Random random = new Random(42);
        JsonNode[] values = {NODES.nullNode(), NODES.numberNode(1), NODES.numberNode(-1.5), NODES.numberNode(1.0),
            NODES.stringNode(""), NODES.stringNode("x"), NODES.stringNode("2025-01-01T00:00:00Z"),
            NODES.stringNode("2025-01-01"), NODES.stringNode("https://ejemplo.mx/a"), NODES.stringNode("http://a b"),
            NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add("x").add("x"),
            NODES.arrayNode().add(1), NODES.objectNode().put("id", "1")};
        int refused = 0;
        for (int n = 0; n < 3000; n++) {
            JsonNode release = releases.get(random.nextInt(releases.size())).deepCopy();
            List<String> pointers = new ArrayList<>();
            collect(release, "", pointers);
            for (int changes = 1 + random.nextInt(2); changes > 0; changes--) {
                String at = pointers.get(random.nextInt(pointers.size()));
                release = set(release, at, values[random.nextInt(values.length)]);
            }
            boolean invalid = !VALIDATION.fullSchemaErrors(release, OcdsVersion.V1_1).isEmpty();
            if (invalid) {
                refused++;
                assertThat(VALIDATION.fastSchemaValid(release, OcdsVersion.V1_1)).as(release.toString()).isFalse();
            }
        }
        assertThat(refused).isGreaterThan(1000);
    }

    @Test
    void datesAndLinksAreJudgedAsTheRegexesAndJavaNetUriJudgeThem() {
        java.util.regex.Pattern dateTime = SchemaCheck.DATE_TIME;
        java.util.regex.Pattern uriChars = SchemaCheck.URI_CHARS;
        List<String> samples = new ArrayList<>(List.of("2025-03-01T10:00:00-06:00", "2025-03-01T10:00:00.5Z",
                "2025-03-01T10:00:00.1234567891Z", "2025-03-01T10:00:60Z", "0025-03-01T10:00:00Z",
                "2025-03-01T10:00:00+15:00", "2025-03-01T10:00:00+14:59", "2025-03-01T10:00:00+14:60",
                "2025-03-01T10:00:00.Z", "2025-03-01t10:00:00Z", "2025-03-01T10:00:00", "https://ejemplo.mx/a",
                "https://compranet.hacienda.gob.mx/esop/toolkit/opportunity/past/123.html?a=1&b=2",
                "http://a b", "https://", "https:///x", "https://?a", "https://-x.mx/", "https://a..b/c~d_e",
                "https://a/b?c?d/e", "urn:isbn:0451450523", "mailto:a@b.mx", "https://a:8080/x", "ftp://a%20b/c",
                "https://á.mx/", "1https://a.mx", "https:", "", "x"));
        List<String> seeds = List.copyOf(samples);
        Random random = new Random(7);
        String alphabet = "aZ09:/?#.-_~=&%@+ T\u00e1Z-+:.";
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (random.nextBoolean() && at < text.length()) {
                    text.setCharAt(at, c);
                } else {
                    text.insert(at, c);
                }
            }
            samples.add(text.toString());
        }
        int links = 0;
        for (String text : samples) {
            assertThat(SchemaCheck.dateTimeShape(text)).as(text).isEqualTo(dateTime.matcher(text).matches());
            int colon = SchemaCheck.uriScheme(text);
            assertThat(colon >= 0).as(text).isEqualTo(uriChars.matcher(text).matches());
            if (colon >= 0 && SchemaCheck.plainHierarchical(text, colon)) {
                links++;
                assertThat(absolute(text)).as(text).isTrue();
            }
        }
        assertThat(links).isGreaterThan(500);
    }

    private static boolean absolute(String text) {
        try {
            return new java.net.URI(text).isAbsolute();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void collect(JsonNode node, String at, List<String> pointers) {
        if (!at.isEmpty()) {
            pointers.add(at);
        }
        if (node.isObject()) {
            node.properties().forEach(p -> collect(p.getValue(), at + "/" + OcdsValidation.escape(p.getKey()), pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static JsonNode set(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        if (!parent.isContainer()) {
            return root; // an earlier change replaced what held it
        }
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isArray()) {
            if (last.matches("[0-9]+") && Integer.parseInt(last) < parent.size()) {
                ((ArrayNode) parent).set(Integer.parseInt(last), value);
            }
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return root;
    }

    /** The fictional example's releases and a few of the benchmark's realistic ones. */
    private static List<JsonNode> validReleases() throws Exception {
        List<JsonNode> releases = new ArrayList<>();
        for (String file : OcdsFixtures.RELEASE_FILES) {
            JsonNode pack = OcdsJson.MAPPER.readTree(OcdsFixtures.example(file, OcdsFixtures.EXAMPLE_OCID, "x"));
            pack.get("releases").forEach(releases::add);
        }
        Method generate = OcdsCompileBenchmark.class.getDeclaredMethod("release", JsonGenerator.class, int.class,
                int.class);
        generate.setAccessible(true);
        for (int stage = 0; stage < 6; stage++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(bytes)) {
                generate.invoke(null, out, 7, stage);
            }
            releases.add(OcdsJson.MAPPER.readTree(bytes.toByteArray()));
        }
        return releases;
    }
}
