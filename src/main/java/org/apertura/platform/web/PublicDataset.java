package org.apertura.platform.web;

import java.util.List;

/**
 * A public list anyone can download, for the data dictionary: its key (title {@code dataset.<key>}), an
 * example address of its CSV and of its JSON, and its column keys (described as {@code csv.<column>.desc}).
 */
public record PublicDataset(String key, String csvPath, String jsonPath, List<String> columns) {

    /** Implemented by the controllers that serve public lists. */
    public interface Source {
        List<PublicDataset> datasets();
    }
}
