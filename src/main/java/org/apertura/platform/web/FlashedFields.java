package org.apertura.platform.web;

import java.util.Map;

/**
 * What {@code #flashed} answers a template ({@link TemplateObjectsDialect}): a redirecting form's problems by field id.
 */
public final class FlashedFields {

    private final Map<?, ?> fields;

    FlashedFields(Map<?, ?> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    /** The message of the field, or null. */
    public String error(String id) {
        Object message = fields.get(id);
        return message == null ? null : message.toString();
    }

    /** "true" when the field came back with a problem, else null (no attribute). */
    public String invalid(String id) {
        return fields.containsKey(id) ? "true" : null;
    }

    /** The field's message id when it has one, else null. */
    public String describedBy(String id) {
        return describedBy(id, null);
    }

    /** The field's hint id and, when it came back with a problem, its message's id. */
    public String describedBy(String id, String hint) {
        String error = fields.containsKey(id) ? id + "-error" : null;
        if (hint == null) {
            return error;
        }
        return error == null ? hint : hint + " " + error;
    }
}
