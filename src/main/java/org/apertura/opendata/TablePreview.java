package org.apertura.opendata;

import java.util.List;

/** The first rows of a table file, for an accessible preview: its column names and up to the rows asked for. */
public record TablePreview(List<String> header, List<List<String>> rows, boolean more) {
}
