package org.apertura.archives;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.TableFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fichas técnicas de valoración of each version of an institution's instruments (LGA art. 56, unverified against
 * the law's text). The institution's archivists import them (CSV or XLSX) into a draft version, replacing the draft's
 * fichas as a whole; a file with any problem saves nothing. They are read with their version: public once the Grupo
 * Interdisciplinario approves it (the approval's ledger entry counts them), drafts only at the archive's desk.
 */
@Service
public class ValuationSheets {

    private final Instruments instruments;
    private final ValuationSheetRepository sheets;
    private final ArchivesPolicy policy;

    ValuationSheets(Instruments instruments, ValuationSheetRepository sheets, ArchivesPolicy policy) {
        this.instruments = instruments;
        this.sheets = sheets;
        this.policy = policy;
    }

    /** A ficha with its series as the version's CGCA and catálogo give it. */
    public record Sheet(ClassificationNode series, ValuationSheet ficha) {
    }

    /** Reads the file and makes its fichas those of the draft version, or refuses it whole and changes nothing. */
    @Transactional
    public List<ValuationSheet> importFile(String institutionSlug, int number, byte[] bytes) {
        Instrument instrument = instruments.version(institutionSlug, number);
        policy.allowedNow(institutionSlug).require(ArchivesAction.IMPORT_INSTRUMENTS);
        if (!instrument.isDraft()) {
            throw new CatalogImportException(List.of(new CatalogProblem(0, "", "",
                    "archives.ficha.error.notDraft", number)));
        }
        if (bytes == null || bytes.length == 0) {
            throw new CatalogImportException(List.of(new CatalogProblem(0, "", "", "archives.import.error.noFile")));
        }
        List<ValuationSheetReader.Row> rows;
        try {
            rows = ValuationSheetReader.read(TableFile.of(bytes), instruments.nodes(instrument));
        } catch (TableFile.TableException e) {
            throw new CatalogImportException(List.of(new CatalogProblem(0, "", "", e.messageKey(), e.args())));
        }
        sheets.deleteByInstrumentId(instrument.getId());
        sheets.flush();
        List<ValuationSheet> saved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            saved.add(new ValuationSheet(instrument.getId(), i, rows.get(i)));
        }
        return sheets.saveAll(saved);
    }

    /**
     * Every series of the version that files are opened in, in the CGCA's order, each with its ficha or none (a
     * version may be approved before every ficha is written; the page says which are missing).
     */
    @Transactional(readOnly = true)
    public List<Sheet> of(Instrument instrument) {
        java.util.Map<String, ValuationSheet> byCode = new java.util.HashMap<>();
        sheets.findByInstrumentIdOrderByPosition(instrument.getId()).forEach(s -> byCode.put(s.getSeriesCode(), s));
        return instruments.nodes(instrument).stream().filter(ClassificationNode::hasDisposition)
                .map(n -> new Sheet(n, byCode.get(n.getCode()))).toList();
    }

    /** How many fichas the version has. */
    @Transactional(readOnly = true)
    public long count(Instrument instrument) {
        return sheets.countByInstrumentId(instrument.getId());
    }
}
