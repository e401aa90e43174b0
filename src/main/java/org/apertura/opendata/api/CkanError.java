package org.apertura.opendata.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failed CKAN action, with the {@code __type} and HTTP status CKAN's {@code ckan/views/api.py} gives it: "Bad
 * Request" 400 (bad JSON, unknown action, parameters that are not a dictionary), "Integrity Error" 400, "Search
 * Query Error" 400, "Authorization Error" 403, "Not Found Error" 404, "Validation Error" 409 (field → messages,
 * without a {@code message}), "Search Error" 409.
 */
public final class CkanError extends RuntimeException {

    private final String type;
    private final int status;
    private final Map<String, List<String>> fields;

    private CkanError(String type, int status, String message, Map<String, List<String>> fields) {
        super(message);
        this.type = type;
        this.status = status;
        this.fields = fields;
    }

    /** CKAN answers these with the bare string "Bad request - …"; Apertura keeps the envelope around it. */
    public static CkanError badRequest(String detail) {
        return new CkanError("Bad Request", 400, "Bad request - " + detail, Map.of());
    }

    public static CkanError searchQuery(String detail) {
        return new CkanError("Search Query Error", 400, "Search Query is invalid: '" + detail + "'", Map.of());
    }

    public static CkanError notAuthorized(String detail) {
        return new CkanError("Authorization Error", 403, detail == null ? "Access denied" : "Access denied: " + detail,
                Map.of());
    }

    public static CkanError notFound(String detail) {
        return new CkanError("Not Found Error", 404, detail == null ? "Not found" : "Not found: " + detail, Map.of());
    }

    /** A validation error: each field with its messages, as CKAN's {@code ValidationError.error_dict}. */
    public static CkanError validation(Map<String, List<String>> fields) {
        return new CkanError("Validation Error", 409, "Validation Error", Map.copyOf(new LinkedHashMap<>(fields)));
    }

    public static CkanError validation(String field, String message) {
        return validation(Map.of(field, List.of(message)));
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** The {@code error} object of the envelope. */
    public Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        if (fields.isEmpty()) {
            error.put("message", getMessage());
        } else {
            fields.forEach(error::put);
        }
        error.put("__type", type);
        return error;
    }
}
