package org.apertura.contracting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

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
}
