package org.apertura.opendata.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The data dictionary of one action call, read as CKAN's {@code _get_request_data} reads it: a JSON object in the
 * body of a POST, the form fields of a form or multipart POST (files included), or the query string of a GET (a
 * key given once is a string, given more than once a list). Typed getters answer CKAN's validation messages.
 */
final class CkanParams {

    private final Map<String, Object> values;

    CkanParams(Map<String, Object> values) {
        this.values = values;
    }

    static CkanParams of(Map<String, ?> values) {
        return new CkanParams(new LinkedHashMap<>(values));
    }

    /** Query-string or form fields: one value as a string, several as a list. */
    static CkanParams ofMulti(Map<String, String[]> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, v.length == 1 ? v[0] : List.of(v)));
        return new CkanParams(out);
    }

    /** A JSON object; anything else is CKAN's "Bad request - JSON Error". */
    @SuppressWarnings("unchecked")
    static CkanParams ofJson(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return new CkanParams(new LinkedHashMap<>());
        }
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw CkanError.badRequest("JSON Error: Error decoding JSON data. Error: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw CkanError.badRequest("JSON Error: Request data JSON decoded to " + parsed
                    + " but it needs to be a dictionary.");
        }
        return new CkanParams(new LinkedHashMap<>((Map<String, Object>) map));
    }

    Map<String, Object> asMap() {
        return values;
    }

    boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    Object raw(String key) {
        return values.get(key);
    }

    /** A string, or null when absent; a list given where one value is expected takes its first. */
    String string(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            return list.isEmpty() || list.get(0) == null ? null : String.valueOf(list.get(0));
        }
        if (v instanceof Map<?, ?>) {
            throw CkanError.validation(key, "Must be a string");
        }
        return String.valueOf(v);
    }

    String string(String key, String fallback) {
        String s = string(key);
        return s == null || s.isEmpty() ? fallback : s;
    }

    /** CKAN's {@code natural_number_validator}: a whole number ≥ 0 ("Invalid integer", "Must be a natural number"). */
    int natural(String key, int fallback) {
        Integer n = integer(key);
        if (n == null) {
            return fallback;
        }
        if (n < 0) {
            throw CkanError.validation(key, "Must be a natural number");
        }
        return n;
    }

    /** CKAN's {@code int_validator}: a whole number or nothing ("Invalid integer"). */
    Integer integer(String key) {
        Object v = values.get(key);
        if (v == null || (v instanceof String s && s.isBlank())) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(string(key).strip());
        } catch (NumberFormatException e) {
            throw CkanError.validation(key, "Invalid integer");
        }
    }

    /** CKAN's {@code boolean_validator}: true, "true", "yes", "1", "on" (any case) are true. */
    boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = string(key).strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "t", "y", "1", "on" -> true;
            case "false", "no", "f", "n", "0", "off", "" -> false;
            default -> throw CkanError.validation(key, "Value must be one of: true, false, yes, no, 1, 0");
        };
    }

    /**
     * A list of strings: a JSON list, a string holding a JSON list (CKAN's {@code convert_to_json_if_string}, as in
     * {@code facet.field=["organization","tags"]}), a repeated query-string key, or one string.
     */
    List<String> strings(ObjectMapper json, String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            String t = s.strip();
            if (t.startsWith("[")) {
                try {
                    v = json.readValue(t, List.class);
                } catch (JacksonException e) {
                    throw CkanError.validation(key, "Could not parse as valid JSON");
                }
            } else {
                return t.isEmpty() ? List.of() : List.of(s);
            }
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    throw CkanError.validation(key, "Not a string");
                }
                if (item != null) {
                    out.add(String.valueOf(item));
                }
            }
            return out;
        }
        throw CkanError.validation(key, "Not a list");
    }

    /** An uploaded file ({@code upload} in a multipart {@code resource_create}), if any. */
    MultipartFile file(String key) {
        return values.get(key) instanceof MultipartFile f ? f : null;
    }
}
