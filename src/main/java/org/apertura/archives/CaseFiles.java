package org.apertura.archives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case files: opening one in a series of the catálogo in force, adding documents while it is open, closing it (which
 * freezes its extreme dates and count and starts its retention clock), reading it (everyone reads the public
 * metadata; the documents and subject of a reserved or confidential file only its archivists), and the due list: what
 * the catálogo says is due, per unit and per archive.
 */
@Service
public class CaseFiles {

    static final String OPENED = "file.opened";
    static final String CLOSED = "file.closed";
    static final String SUBJECT = "case-file";
    /** The largest document a person uploads here (the platform's body limit allows it). */
    static final int MAX_DOCUMENT = 20 * 1024 * 1024;

    private final CaseFileRepository files;
    private final ArchivedDocumentRepository documents;
    private final ClassificationNodeRepository nodes;
    private final Instruments instruments;
    private final ArchivesPolicy policy;
    private final Storage storage;
    private final LedgerService ledger;
    private final Today today;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    CaseFiles(CaseFileRepository files, ArchivedDocumentRepository documents, ClassificationNodeRepository nodes,
            Instruments instruments, ArchivesPolicy policy, Storage storage, LedgerService ledger, Today today,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.files = files;
        this.documents = documents;
        this.nodes = nodes;
        this.instruments = instruments;
        this.policy = policy;
        this.storage = storage;
        this.ledger = ledger;
        this.today = today;
    }

    /** What a person writes to open a file. */
    public record Opening(String seriesCode, String title, String subject, String unit, LocalDate openedOn) {
    }

    /** Opens a file in a series of the catálogo in force; its number follows the series' files of that year. */
    @Transactional
    public CaseFile open(String institutionSlug, Opening opening) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        return openChecked(institutionSlug, opening, null);
    }

    CaseFile openChecked(String institutionSlug, Opening opening, String autoKey) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = opening.seriesCode() == null ? "" : opening.seriesCode().strip();
        Optional<ClassificationNode> series = code.isEmpty() ? Optional.empty()
                : instruments.seriesInForce(institutionSlug, code);
        if (series.isEmpty()) {
            problems.add(new FieldProblem("serie", "archives.file.error.series"));
        }
        String title = opening.title() == null ? "" : opening.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            problems.add(new FieldProblem("titulo", "archives.file.error.title"));
        }
        String subject = opening.subject() == null || opening.subject().isBlank() ? null : opening.subject().strip();
        if (subject != null && subject.length() > 2000) {
            problems.add(new FieldProblem("asunto", "archives.file.error.subject"));
        }
        if (opening.openedOn() == null) {
            problems.add(new FieldProblem("apertura", "archives.file.error.openedOn"));
        } else if (opening.openedOn().isAfter(today.date())) {
            problems.add(new FieldProblem("apertura", "archives.file.error.openedFuture"));
        }
        InvalidInputException.throwIfAny(problems);
        ClassificationNode node = series.get();
        String unit = opening.unit() == null || opening.unit().isBlank() ? node.getProducingUnit()
                : opening.unit().strip();
        String prefix = node.getCode() + "/" + opening.openedOn().getYear() + "-";
        long next = files.countReferences(institutionSlug, prefix + "%") + 1;
        String reference = prefix + String.format("%04d", next);
        CaseFile file = files.save(new CaseFile(institutionSlug, node, reference, title, subject,
                unit == null ? "" : unit, opening.openedOn(), autoKey, today.now()));
        ledger.append(Instruments.MODULE, OPENED, SUBJECT, file.getId(), file.publicRecord());
        return file;
    }

    /** Adds an uploaded document (kept in Storage by its SHA-256) to an open file. */
    @Transactional
    public ArchivedDocument addUpload(String institutionSlug, long fileId, String title, LocalDate datedOn,
            String fileName, byte[] content) {
        CaseFile file = mine(institutionSlug, fileId);
        List<FieldProblem> problems = documentProblems(file, title, datedOn);
        if (content == null || content.length == 0) {
            problems.add(new FieldProblem("documento", "archives.document.error.empty"));
        } else if (content.length > MAX_DOCUMENT) {
            problems.add(new FieldProblem("documento", "archives.document.error.tooLarge", MAX_DOCUMENT / 1024 / 1024));
        }
        String name = fileName == null || fileName.isBlank() ? "documento" : fileName.strip();
        Optional<String> type = content == null ? Optional.empty() : FileTypes.detect(content, name);
        if (content != null && content.length > 0 && type.isEmpty()) {
            problems.add(new FieldProblem("documento", "archives.document.error.type"));
        }
        InvalidInputException.throwIfAny(problems);
        String sha = storage.store(content);
        return add(file, new ArchivedDocument(file.getId(), file.getDocumentCount() + 1, title.strip(), datedOn, sha,
                name.length() > 200 ? name.substring(0, 200) : name, type.get(), (long) content.length,
                null, null, today.now()));
    }

    /** Adds a record already on Apertura, by its address, to an open file. */
    @Transactional
    public ArchivedDocument addLink(String institutionSlug, long fileId, String title, LocalDate datedOn,
            String link) {
        CaseFile file = mine(institutionSlug, fileId);
        List<FieldProblem> problems = documentProblems(file, title, datedOn);
        if (link == null || !link.strip().startsWith("/") || link.strip().length() > 500) {
            problems.add(new FieldProblem("enlace", "archives.document.error.link"));
        }
        InvalidInputException.throwIfAny(problems);
        return add(file, new ArchivedDocument(file.getId(), file.getDocumentCount() + 1, title.strip(), datedOn, null,
                null, null, null, link.strip(), null, today.now()));
    }

    /** Content already kept in Storage by another module: its SHA-256, name, type and size. */
    record Stored(String sha256, String fileName, String mediaType, long size) {
    }

    /** Files a platform record (no person acts): once per source key, into an open file. */
    ArchivedDocument fileRecord(CaseFile file, String title, LocalDate datedOn, String link, String sourceKey,
            Stored stored) {
        if (documents.existsByFileIdAndSourceKey(file.getId(), sourceKey) || !file.isOpen()) {
            return null;
        }
        String words = title.length() > 300 ? title.substring(0, 300) : title;
        String where = link.length() > 500 ? link.substring(0, 500) : link;
        return add(file, new ArchivedDocument(file.getId(), file.getDocumentCount() + 1, words, datedOn,
                stored == null ? null : stored.sha256(), stored == null ? null : stored.fileName(),
                stored == null ? null : stored.mediaType(), stored == null ? null : stored.size(), where, sourceKey,
                today.now()));
    }

    private ArchivedDocument add(CaseFile file, ArchivedDocument document) {
        file.documentAdded();
        files.flush();
        return documents.save(document);
    }

    private List<FieldProblem> documentProblems(CaseFile file, String title, LocalDate datedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!file.isOpen()) {
            problems.add(new FieldProblem("documento", "archives.document.error.closed"));
        }
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            problems.add(new FieldProblem("titulo", "archives.document.error.title"));
        }
        if (datedOn == null) {
            problems.add(new FieldProblem("fecha", "archives.document.error.date"));
        } else if (datedOn.isAfter(today.date())) {
            problems.add(new FieldProblem("fecha", "archives.document.error.future"));
        }
        return problems;
    }

    /** Closes a file on a day: not before it opened, not in the future, with at least one document. */
    @Transactional
    public CaseFile close(String institutionSlug, long fileId, LocalDate on) {
        CaseFile file = mine(institutionSlug, fileId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!file.isOpen()) {
            problems.add(new FieldProblem("cierre", "archives.file.error.closed"));
        }
        if (on == null) {
            problems.add(new FieldProblem("cierre", "archives.file.error.closedOn"));
        } else if (on.isBefore(file.getOpenedOn())) {
            problems.add(new FieldProblem("cierre", "archives.file.error.closedBeforeOpened",
                    today.date(file.getOpenedOn())));
        } else if (on.isAfter(today.date())) {
            problems.add(new FieldProblem("cierre", "archives.file.error.closedFuture"));
        }
        List<ArchivedDocument> docs = documents.findByFileIdOrderByPosition(file.getId());
        if (docs.isEmpty()) {
            problems.add(new FieldProblem("cierre", "archives.file.error.noDocuments"));
        }
        InvalidInputException.throwIfAny(problems);
        closeChecked(file, on, docs);
        return file;
    }

    void closeChecked(CaseFile file, LocalDate on, List<ArchivedDocument> docs) {
        LocalDate earliest = docs.stream().map(ArchivedDocument::getDatedOn).min(Comparator.naturalOrder())
                .orElse(file.getOpenedOn());
        LocalDate latest = docs.stream().map(ArchivedDocument::getDatedOn).max(Comparator.naturalOrder())
                .orElse(on);
        file.close(on, earliest, latest, docs.size(), series(file));
        files.flush();
        ledger.append(Instruments.MODULE, CLOSED, SUBJECT, file.getId(), file.publicRecord());
    }

    private CaseFile mine(String institutionSlug, long fileId) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        return files.findByIdAndInstitutionSlug(fileId, institutionSlug)
                .orElseThrow(() -> new NotFoundException("case file"));
    }

    /** A file of the institution (everyone may read its public metadata). */
    @Transactional(readOnly = true)
    public CaseFile file(String institutionSlug, long fileId) {
        return files.findByIdAndInstitutionSlug(fileId, institutionSlug)
                .orElseThrow(() -> new NotFoundException("case file"));
    }

    /** The series row that gives a file its vigencias. */
    @Transactional(readOnly = true)
    public ClassificationNode series(CaseFile file) {
        return nodes.findById(file.getNodeId()).orElseThrow(() -> new NotFoundException("series"));
    }

    /**
     * The documents of a file for the person asking: all of them for the institution's archivists; for everyone else
     * those of a public file only (a reserved or confidential file shows only its public metadata).
     */
    @Transactional(readOnly = true)
    public List<ArchivedDocument> documents(CaseFile file) {
        if (file.isRestricted() && !policy.allowedNow(file.getInstitutionSlug()).may(ArchivesAction.MANAGE)) {
            return List.of();
        }
        return documents.findByFileIdOrderByPosition(file.getId());
    }

    /** The newest files of the institution (for its archivists' desk). */
    @Transactional(readOnly = true)
    public List<CaseFile> newest(String institutionSlug, int count) {
        return files.findByInstitutionSlugOrderByIdDesc(institutionSlug, PageRequest.of(0, count));
    }

    /** One line of the due list: a file, what is due and since when. */
    public record DueFile(CaseFile file, Retention.Due due, LocalDate dueOn, String seriesName) {
    }

    /**
     * What the catálogo says is due on a day, at most {@code limit} files of each kind, oldest first: primary transfers
     * grouped by the unit whose archivo de trámite holds the files, and destinos finales (baja or secondary transfer)
     * of the archivo de concentración.
     */
    @Transactional(readOnly = true)
    public Map<String, List<DueFile>> due(String institutionSlug, LocalDate on, int limit) {
        List<CaseFile> transfers = files.findByInstitutionSlugAndStageAndTransferDueOnLessThanEqualOrderByTransferDueOnAscIdAsc(
                institutionSlug, Stage.TRAMITE, on, PageRequest.of(0, limit));
        List<CaseFile> finals = files.findByInstitutionSlugAndStageAndDisposalDueOnLessThanEqualOrderByDisposalDueOnAscIdAsc(
                institutionSlug, Stage.CONCENTRACION, on, PageRequest.of(0, limit));
        Map<Long, ClassificationNode> series = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        transfers.forEach(f -> ids.add(f.getNodeId()));
        finals.forEach(f -> ids.add(f.getNodeId()));
        nodes.findAllById(ids.stream().distinct().toList()).forEach(n -> series.put(n.getId(), n));
        Map<String, List<DueFile>> due = new LinkedHashMap<>();
        for (CaseFile f : transfers) {
            ClassificationNode n = series.get(f.getNodeId());
            due.computeIfAbsent(f.getUnit(), u -> new ArrayList<>()).add(new DueFile(f, Retention.due(f.getStage(),
                    f.getTransferDueOn(), f.getDisposalDueOn(), n.getDestination(), on), f.getTransferDueOn(),
                    n.getName()));
        }
        if (!finals.isEmpty()) {
            due.put("", finals.stream().map(f -> {
                ClassificationNode n = series.get(f.getNodeId());
                return new DueFile(f, Retention.due(f.getStage(), f.getTransferDueOn(), f.getDisposalDueOn(),
                        n.getDestination(), on), f.getDisposalDueOn(), n.getName());
            }).collect(Collectors.toList()));
        }
        return due;
    }

    /**
     * The index of files classified as reserved (LGTAIP 2025 art. 105: never itself reserved): each file's unit, name,
     * the days its reserve starts and ends; a file given baja is no longer in it, nor one whose reserve has ended, since
     * its information is public from then (art. 104 fr. II).
     */
    @Transactional(readOnly = true)
    public List<CaseFile> reservedIndex(String institutionSlug) {
        LocalDate day = today.date();
        return files.findByInstitutionSlugAndClassificationOrderByReference(institutionSlug, Classification.RESERVED)
                .stream().filter(f -> f.getStage() != Stage.BAJA)
                .filter(f -> f.reserveRunsOn(day)).toList();
    }

    /** One line of the inventario general: a file's public metadata (no title of a confidential file). */
    public record InventoryLine(String reference, String seriesCode, String title, String unit, LocalDate openedOn,
            LocalDate closedOn, int documents, Stage stage, String location) {
    }

    /**
     * The inventario general of the institution, every file (those given baja as the stubs they are), in reference
     * order, streamed from the database to the consumer (for CSV exports of hundreds of thousands of files).
     */
    @Transactional(readOnly = true)
    public void inventory(String institutionSlug, java.util.function.Consumer<InventoryLine> line) {
        jdbc.query(INVENTORY, rs -> {
            line.accept(inventoryLine(rs));
        }, institutionSlug);
    }

    /** One page of the inventario general ({@code size} lines from line {@code offset}), in reference order. */
    @Transactional(readOnly = true)
    public List<InventoryLine> inventory(String institutionSlug, long offset, int size) {
        return jdbc.query(INVENTORY + " LIMIT ? OFFSET ?", (rs, n) -> inventoryLine(rs), institutionSlug, size,
                offset);
    }

    /** How many files the inventario general lists (those given baja included). */
    @Transactional(readOnly = true)
    public long inventorySize(String institutionSlug) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ?", Long.class,
                institutionSlug);
    }

    private static final String INVENTORY = "SELECT reference, series_code, title, classification, unit, opened_on, "
            + "closed_on, document_count, stage, location FROM archives_file WHERE institution_slug = ? "
            + "ORDER BY reference";

    private static InventoryLine inventoryLine(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Date closed = rs.getDate(7);
        return new InventoryLine(rs.getString(1), rs.getString(2),
                "CONFIDENTIAL".equals(rs.getString(4)) ? null : rs.getString(3), rs.getString(5),
                rs.getDate(6).toLocalDate(), closed == null ? null : closed.toLocalDate(), rs.getInt(8),
                Stage.valueOf(rs.getString(9)), rs.getString(10));
    }

    /** Files by id, for the transfers and disposals that name them. */
    @Transactional(readOnly = true)
    public Map<Long, CaseFile> byIds(List<Long> ids) {
        return files.findAllById(ids).stream().collect(Collectors.toMap(CaseFile::getId, Function.identity()));
    }
}
