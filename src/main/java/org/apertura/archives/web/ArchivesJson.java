package org.apertura.archives.web;

import java.util.List;
import java.util.Map;
import org.apertura.archives.ArchivalDescriptions;
import org.apertura.archives.ArchiveArea;
import org.apertura.archives.CaseFile;
import org.apertura.archives.CaseFiles;
import org.apertura.archives.ClassificationNode;
import org.apertura.archives.Disposal;
import org.apertura.archives.Transfer;
import org.apertura.archives.ValuationSheets;

/**
 * The JSON the public pages' {@code .json} downloads give, for the archives' API ({@code archives.api}): one shape
 * for the same data, whichever door it leaves by.
 */
public final class ArchivesJson {

    private ArchivesJson() {
    }

    /** The levels of a version's cuadro with the catálogo's columns of each series and subseries. */
    public static List<Map<String, Object>> catalog(List<ClassificationNode> nodes) {
        return CatalogColumns.json(nodes);
    }

    /** The fichas técnicas de valoración of a version (series without a ficha are left out). */
    public static List<Map<String, Object>> fichas(List<ValuationSheets.Sheet> sheets) {
        return ValuationSheetPages.json(sheets);
    }

    /** The guía de archivo documental: the archives with their responsible people, then each series' extent. */
    public static Map<String, Object> guide(String slug, ArchivalDescriptions.Fonds fonds, List<ArchiveArea> archives) {
        return ArchivalGuidePages.json(slug, fonds, archives);
    }

    /** One line of the inventario general. */
    public static Map<String, Object> line(CaseFiles.InventoryLine line) {
        return PublicArchivePages.line(line);
    }

    /** A transfer with a part of its inventory whose first file is at position {@code first} (from 1). */
    public static Map<String, Object> transfer(Transfer transfer, List<CaseFile> files, int first) {
        return MovementPages.json(transfer, files, first);
    }

    /** A line of an institution's list of transfers: without its inventory, with how many files it has. */
    public static Map<String, Object> transferLine(Transfer transfer, long files) {
        return ActsListPages.json(transfer, files);
    }

    /** A line of an institution's list of actas de baja: without its inventory or signatories, with its file count. */
    public static Map<String, Object> disposalLine(Disposal disposal, long files) {
        return ActsListPages.json(disposal, files);
    }

    /** A disposal with a part of its inventory whose first file is at position {@code first} (from 1). */
    public static Map<String, Object> disposal(Disposal disposal, List<CaseFile> files, int first) {
        return MovementPages.json(disposal, files, first);
    }
}
