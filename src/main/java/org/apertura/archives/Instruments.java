package org.apertura.archives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.TableFile;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institution's archival instruments: importing a version (CSV or XLSX, as a draft; a file with any problem saves
 * nothing), the Grupo Interdisciplinario's approval (its act: number, date, members; LGA art. 50-54) in one of its
 * sessions ({@link InterdisciplinaryGroup}), after which the version is in force, public and in the ledger, and the
 * version that was in force is superseded.
 */
@Service
public class Instruments {

    static final String MODULE = "archives";
    static final String APPROVED = "instrument.approved";
    static final String SUBJECT = "instrument";
    /** A collegiate body: the act names at least its coordinator and one more member (LGA art. 50). */
    static final int MIN_MEMBERS = 2;

    private final InstrumentRepository instruments;
    private final ClassificationNodeRepository nodes;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final LedgerService ledger;
    private final Today today;
    private final ValuationSheetRepository sheets;
    private final InterdisciplinaryGroup group;

    Instruments(InstrumentRepository instruments, ClassificationNodeRepository nodes, ArchivesPolicy policy,
            JurisdictionService directory, LedgerService ledger, Today today, ValuationSheetRepository sheets,
            InterdisciplinaryGroup group) {
        this.group = group;
        this.sheets = sheets;
        this.instruments = instruments;
        this.nodes = nodes;
        this.policy = policy;
        this.directory = directory;
        this.ledger = ledger;
        this.today = today;
    }

    /** Reads the file and saves it as a new draft version, or refuses it with every problem and saves nothing. */
    @Transactional
    public Instrument importFile(String institutionSlug, String fileName, byte[] bytes) {
        return importVersion(institutionSlug, fileName, bytes, null);
    }

    /**
     * As {@link #importFile}, for a file another government published as a kit: the draft keeps the kit's attribution,
     * which its approval publishes ({@code adaptedFrom} in {@code instrument.approved}).
     */
    @Transactional
    public Instrument importAdapted(String institutionSlug, String fileName, byte[] bytes,
            org.apertura.platform.kits.Adaptation origin) {
        return importVersion(institutionSlug, fileName, bytes, origin);
    }

    private Instrument importVersion(String institutionSlug, String fileName, byte[] bytes,
            org.apertura.platform.kits.Adaptation origin) {
        directory.institution(institutionSlug);
        policy.allowedNow(institutionSlug).require(ArchivesAction.IMPORT_INSTRUMENTS);
        if (bytes == null || bytes.length == 0) {
            throw new CatalogImportException(List.of(new CatalogProblem(0, "", "", "archives.import.error.noFile")));
        }
        List<CatalogRow> rows;
        try {
            rows = CatalogReader.read(TableFile.of(bytes));
        } catch (TableFile.TableException e) {
            throw new CatalogImportException(List.of(new CatalogProblem(0, "", "", e.messageKey(), e.args())));
        }
        int number = instruments.findByInstitutionSlugOrderByNumberDesc(institutionSlug).stream()
                .mapToInt(Instrument::getNumber).max().orElse(0) + 1;
        int series = (int) rows.stream().filter(CatalogRow::hasDisposition).count();
        String name = fileName == null || fileName.isBlank() ? "instrumentos.csv" : fileName.strip();
        Instrument instrument = instruments.save(new Instrument(institutionSlug, number,
                name.length() > 200 ? name.substring(0, 200) : name, Hashing.sha256Hex(bytes), series, today.now()));
        if (origin != null) {
            instrument.adaptedFrom(origin);
        }
        List<ClassificationNode> saved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            saved.add(new ClassificationNode(instrument.getId(), i, rows.get(i)));
        }
        nodes.saveAll(saved);
        return instrument;
    }

    /** The Grupo Interdisciplinario's approval of a draft: it comes into force, public, and goes to the ledger. */
    @Transactional
    public Instrument approve(String institutionSlug, int number, String actNumber, LocalDate on, String membersText) {
        Instrument instrument = version(institutionSlug, number);
        policy.allowedNow(institutionSlug).require(ArchivesAction.APPROVE_INSTRUMENTS);
        List<FieldProblem> problems = new ArrayList<>();
        if (!instrument.isDraft()) {
            problems.add(new FieldProblem("version", "archives.approve.error.notDraft"));
        }
        if (on == null) {
            problems.add(new FieldProblem("fecha", "archives.approve.error.date"));
        } else if (on.isAfter(today.date())) {
            problems.add(new FieldProblem("fecha", "archives.approve.error.future"));
        } else if (on.isBefore(today.zoned(instrument.getImportedAt()).toLocalDate())) {
            problems.add(new FieldProblem("fecha", "archives.approve.error.beforeImport"));
        }
        // the act of a session already on the Grupo's register brings its day and attendees; otherwise the approval
        // records the session with the members it names
        InterdisciplinaryGroup.ApprovingAct act = group.approvingAct(institutionSlug, actNumber, on, membersText,
                problems);
        if (instrument.isDraft()) {
            withoutFicha(instrument).ifPresent(problems::add);
        }
        InvalidInputException.throwIfAny(problems);
        instruments.findByInstitutionSlugAndStatus(institutionSlug, InstrumentStatus.APPROVED)
                .ifPresent(Instrument::supersede);
        GroupSession session = group.sessionOf(institutionSlug, act);
        instrument.approve(session, today.now());
        instruments.flush();
        java.util.Map<String, Object> record = instrument.publicRecord();
        record.put("session", session.getNumber());
        record.put("institutionName", directory.institution(institutionSlug).getName());
        record.put("valuationSheets", sheets.countByInstrumentId(instrument.getId()));
        ledger.append(MODULE, APPROVED, SUBJECT, instrument.getId(), record);
        return instrument;
    }

    /**
     * The catálogo is built from the fichas (LGA art. 56, unverified): a version is approved only when every series
     * (or subseries) it disposes of has its ficha técnica de valoración. The problem names each one without it.
     */
    private Optional<FieldProblem> withoutFicha(Instrument instrument) {
        java.util.Set<String> written = new java.util.HashSet<>();
        sheets.findByInstrumentIdOrderByPosition(instrument.getId()).forEach(s -> written.add(s.getSeriesCode()));
        List<String> missing = nodes(instrument).stream().filter(ClassificationNode::hasDisposition)
                .filter(n -> !written.contains(n.getCode())).map(n -> n.getCode() + " " + n.getName()).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("version", "archives.approve.error.fichas", missing.size(),
                String.join("; ", missing)));
    }

    /** The version in force (approved), if the institution has one. */
    @Transactional(readOnly = true)
    public Optional<Instrument> inForce(String institutionSlug) {
        return instruments.findByInstitutionSlugAndStatus(institutionSlug, InstrumentStatus.APPROVED);
    }

    /** The institutions with instruments in force, for the public index. */
    @Transactional(readOnly = true)
    public List<Instrument> allInForce() {
        return instruments.findByStatusOrderByInstitutionSlug(InstrumentStatus.APPROVED);
    }

    /** Every version, newest first; drafts only for the institution's archivists. */
    @Transactional(readOnly = true)
    public List<Instrument> versions(String institutionSlug) {
        return instruments.findByInstitutionSlugOrderByNumberDesc(institutionSlug).stream()
                .filter(policy::mayReadNow).toList();
    }

    /** One version; a draft is found only by the institution's archivists. */
    @Transactional(readOnly = true)
    public Instrument version(String institutionSlug, int number) {
        Instrument instrument = instruments.findByInstitutionSlugAndNumber(institutionSlug, number)
                .orElseThrow(() -> new NotFoundException("instrument"));
        if (!policy.mayReadNow(instrument)) {
            throw new NotFoundException("instrument");
        }
        return instrument;
    }

    /** The levels of a version in tree order. */
    @Transactional(readOnly = true)
    public List<ClassificationNode> nodes(Instrument instrument) {
        return nodes.findByInstrumentIdOrderByPosition(instrument.getId());
    }

    /** A series (or subseries) of the version in force that files can be opened in. */
    @Transactional(readOnly = true)
    public Optional<ClassificationNode> seriesInForce(String institutionSlug, String code) {
        return inForce(institutionSlug).flatMap(i -> nodes.findByInstrumentIdAndCode(i.getId(), code))
                .filter(ClassificationNode::hasDisposition);
    }
}
