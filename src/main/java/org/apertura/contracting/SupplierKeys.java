package org.apertura.contracting;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Names an organisation the same way across processes: by its identifier (scheme-id, such as an RFC), else by its
 * id in the release, else by its name; only letters, digits, dots, hyphens and underscores, so it fits an address.
 */
final class SupplierKeys {

    private final Map<String, JsonNode> parties = new HashMap<>();

    SupplierKeys(JsonNode compiled) {
        for (JsonNode party : compiled.path("parties")) {
            String id = party.path("id").asString(null);
            if (id != null) {
                parties.put(id, party);
            }
        }
    }

    /** The key of an organisation reference ({@code {id, name}}), looked up among the release's parties. */
    String keyOf(JsonNode reference) {
        String id = reference.path("id").asString(null);
        JsonNode party = id == null ? null : parties.get(id);
        JsonNode identifier = party == null ? reference.path("identifier") : party.path("identifier");
        String scheme = identifier.path("scheme").asString(null);
        String value = identifier.path("id").asString(null);
        if (scheme != null && value != null && !scheme.isBlank() && !value.isBlank()) {
            return clean(scheme.strip() + "-" + value.strip());
        }
        if (id != null && !id.isBlank()) {
            return clean(id);
        }
        String name = reference.path("name").asString(null);
        return name == null ? null : clean(ProcessFacts.normalise(name).strip());
    }

    /** The organisation's name: the reference's, else its party's. */
    String nameOf(JsonNode reference) {
        String name = reference.path("name").asString(null);
        if (name == null) {
            JsonNode party = parties.get(reference.path("id").asString(""));
            name = party == null ? null : party.path("name").asString(null);
        }
        return name;
    }

    static String clean(String key) {
        String cleaned = key.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? null : cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}
