package org.apertura.opendata;

import org.apertura.platform.web.Labels;

/**
 * The type of a column, as the data dictionary declares it and the quality check detects it (a subset of the
 * Frictionless Table Schema types; {@link #frictionless()} gives its name there, XSD types via {@link #xsd()}).
 */
@Labels("opendata.fieldType")
public enum FieldType {
    STRING("string", "xsd:string"),
    INTEGER("integer", "xsd:integer"),
    NUMBER("number", "xsd:decimal"),
    BOOLEAN("boolean", "xsd:boolean"),
    /** An ISO 8601 calendar date (YYYY-MM-DD). */
    DATE("date", "xsd:date"),
    /** An ISO 8601 date and time. */
    DATETIME("datetime", "xsd:dateTime");

    private final String frictionless;
    private final String xsd;

    FieldType(String frictionless, String xsd) {
        this.frictionless = frictionless;
        this.xsd = xsd;
    }

    public String frictionless() {
        return frictionless;
    }

    public String xsd() {
        return xsd;
    }
}
