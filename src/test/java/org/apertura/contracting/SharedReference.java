package org.apertura.contracting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The shared OCDS reference files: {@code ../shared} beside the clone (CI), else {@code /work/shared}. */
final class SharedReference {

    private SharedReference() {
    }

    static Path ocds(String first, String... more) {
        Path beside = Path.of("..", "shared", "reference", "ocds");
        Path base = Files.isDirectory(beside) ? beside : Path.of("/work/shared/reference/ocds");
        return base.resolve(Path.of(first, more));
    }

    static JsonNode read(Path file) {
        try {
            return OcdsJson.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** The bytes of a file of real published data kept with the tests ({@code src/test/resources/ocds/real}). */
    static byte[] realBytes(String path) {
        try (InputStream in = SharedReference.class.getResourceAsStream("/ocds/real/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource ocds/real/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode real(String path) {
        return OcdsJson.MAPPER.readTree(realBytes(path));
    }

    /**
     * The tree with every number as its value ({@code 17.75260}, {@code 17.7526} and Python's {@code 1311264.0}
     * alike), for comparing JSON as values with what the Python reference tools wrote.
     */
    static JsonNode asValues(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return nodes.numberNode(value.scale() < 0 ? value.setScale(0) : value);
        }
        if (node.isObject()) {
            ObjectNode copy = nodes.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), asValues(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = nodes.arrayNode();
            node.forEach(e -> copy.add(asValues(e)));
            return copy;
        }
        return node;
    }
}
