package org.apertura.archives.web;

import java.util.List;
import org.apertura.archives.ClassificationNode;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.CsvExport;

/**
 * The table a catalog kit carries ({@code catalog.csv}, docs/KITS.md): the CSV the archive exports of a version, in the
 * columns the import reads back, so the kit imports elsewhere as a draft of the same catalog. Always in Spanish, the
 * language its manifest declares, whatever the language of the page it was downloaded from.
 */
public final class CatalogKitFiles {

    private CatalogKitFiles() {
    }

    public static byte[] csv(CsvExport csv, List<ClassificationNode> nodes) {
        return csv.download("catalogo.csv", CatalogColumns.COLUMNS, CatalogColumns.rows(nodes), Today.LOCALE)
                .getBody();
    }
}
