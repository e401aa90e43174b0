package org.apertura.opendata;

import org.apertura.platform.web.Labels;

/** A kind of problem the quality check finds in a table file (in the spirit of Frictionless' error types). */
@Labels("opendata.problem")
public enum QualityProblem {
    /** The file is neither UTF-8 nor convertible (or it was Latin-1 and the publisher did not ask to convert). */
    ENCODING(true),
    /** The file was Latin-1 (Windows-1252) and was converted to UTF-8 as the publisher asked. */
    CONVERTED(false),
    /** A column has no name. */
    BLANK_HEADER(true),
    /** Two columns have the same name. */
    DUPLICATE_HEADER(true),
    /** A row with no values at all. */
    BLANK_ROW(false),
    /** A row with more or fewer cells than the header has columns. */
    ROW_LENGTH(true),
    /** Cells that break their column's type (most cells of the column have another type). */
    TYPE(false),
    /** Dates not written as ISO 8601 (YYYY-MM-DD), e.g. 31/01/2025. */
    DATE_FORMAT(false),
    /** The file has no rows under its header. */
    NO_ROWS(true);

    private final boolean error;

    QualityProblem(boolean error) {
        this.error = error;
    }

    /** An error makes the table unreliable to read; the others are warnings. */
    public boolean isError() {
        return error;
    }
}
