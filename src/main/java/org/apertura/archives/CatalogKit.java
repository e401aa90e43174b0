package org.apertura.archives;

import java.io.InputStream;
import java.util.Map;
import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.kits.ContentLicence;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.kits.KitReader;
import org.apertura.platform.kits.KitWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * An institution's archival catalog in force (the cuadro general de clasificación archivística and its catálogo de
 * disposición documental, LGA art. 13) as a reusable kit (issue 18, docs/KITS.md): {@code catalog.csv}, the same table
 * the archive exports and imports, with the licence and the attribution. Another institution's archivists import it
 * as a <b>draft</b> version of their own instruments, as they import a file: it becomes theirs only when their Grupo
 * Interdisciplinario approves it (LGA art. 50-54), and that approval publishes the attribution.
 *
 * <p>Like a norm, a catalog has no exercise and no licence of its own: the kit is under CC-BY-4.0 (the platform's
 * default licence), attributed to the institution, the version and its act, and the institution's archives page.
 */
@Service
public class CatalogKit {

    public static final String KIND = "catalog";
    public static final String FILE = "catalog.csv";

    private final Instruments instruments;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;

    CatalogKit(Instruments instruments, ArchivesPolicy policy, JurisdictionService directory, PublicUrl publicUrl,
            ObjectMapper json) {
        this.instruments = instruments;
        this.policy = policy;
        this.directory = directory;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    /** The version in force the kit is made of (none: not found). */
    @Transactional(readOnly = true)
    public Instrument inForce(String institutionSlug) {
        return instruments.inForce(institutionSlug).orElseThrow(() -> new NotFoundException("instruments in force"));
    }

    /** The kit's file name, e.g. {@code kit-catalogo-congreso-durango-v2.zip}. */
    public static String fileName(Instrument instrument) {
        return KitWriter.fileName("catalogo-" + instrument.getInstitutionSlug() + "-v" + instrument.getNumber(),
                KIND, instrument.getId());
    }

    /** The kit of the version in force, with its table as the archive exports it ({@code csv}). */
    @Transactional(readOnly = true)
    public byte[] zip(Instrument instrument, byte[] csv) {
        String institution = directory.institution(instrument.getInstitutionSlug()).getName();
        ContentLicence licence = ContentLicence.CC_BY_4_0;
        String version = "Instrumentos archivísticos, versión " + instrument.getNumber()
                + (instrument.getActNumber() == null ? "" : ", acta " + instrument.getActNumber());
        KitWriter.Header header = new KitWriter.Header(KIND,
                "Cuadro general de clasificación archivística y catálogo de disposición documental de " + institution,
                licence.id(), licence.url(), institution, version, null, instrument.getApprovedOn(),
                publicUrl.of("/archivos/" + instrument.getInstitutionSlug()));
        return KitWriter.zip(header, Map.of(FILE, csv), json);
    }

    /**
     * Reads the kit and saves its catalog as a draft version of this institution's instruments, attributed to the
     * original, or refuses it whole (a bad kit, or a table the catalog reader refuses) and saves nothing.
     */
    @Transactional
    public Instrument importInto(String institutionSlug, InputStream kit) {
        directory.institution(institutionSlug);
        policy.allowedNow(institutionSlug).require(ArchivesAction.IMPORT_INSTRUMENTS);
        KitReader.Kit read = KitReader.read(kit, json).requireKind(KIND);
        Adaptation origin = Adaptation.of(read.origin());
        byte[] table = read.files().get(FILE);
        if (table == null) {
            throw KitReader.refused("kit.error.missingFile", FILE);
        }
        try {
            return instruments.importAdapted(institutionSlug, KitWriter.fileName(origin.code() == null
                    ? "catalogo-adaptado" : origin.code(), KIND, 0), table, origin);
        } catch (CatalogImportException e) {
            throw KitReader.refused("kit.error.catalog", e.problems().size());
        }
    }
}
