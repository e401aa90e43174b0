package org.apertura.budget;

import org.apertura.platform.TableFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apertura.platform.TableFile.TableRow;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.Hashing;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.Actor;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a snapshot of a budget (the year to the end of a month or a quarter): a CSV or XLSX file (or a Fiscal Data Package) read with a column mapping,
 * every row checked ({@link LineRules}); an import with any problem saves nothing and reports each one (line, column,
 * value, why). A good one becomes a snapshot with its file's SHA-256, its lines, its totals' cube and a ledger entry;
 * the mapping is saved for the institution's next cut-off. Only the institution's BUDGET role imports
 * ({@link BudgetPolicy}).
 */
@Service
public class BudgetImports {

    public static final String MODULE = "budget";
    public static final String IMPORTED = "snapshot.imported";
    public static final String SUBJECT = "budget";
    static final int MAX_PROBLEMS = 100;

    /** What to import: whose, which year and period, what, and the file; a null mapping uses the saved or guessed one. */
    public record ImportRequest(String institutionSlug, int year, Period period, BudgetKind kind, String fileName,
            byte[] bytes, ColumnMapping mapping) {
    }

    /** A file as the mapping screen shows it: how it was read, its columns, the mapping to confirm and its first rows. */
    public record Preview(TableFile.Reading reading, List<String> header, ColumnMapping mapping, List<TableRow> rows) {
    }

    private final BudgetRepository budgets;
    private final BudgetSnapshotRepository snapshots;
    private final ProgrammeRepository programmes;
    private final UploadRepository uploads;
    private final JurisdictionService directory;
    private final Catalogues catalogues;
    private final BudgetPolicy policy;
    private final LedgerService ledger;
    private final Storage storage;
    private final JdbcTemplate jdbc;
    private final Today today;
    private final org.springframework.context.ApplicationEventPublisher events;

    BudgetImports(BudgetRepository budgets, BudgetSnapshotRepository snapshots, ProgrammeRepository programmes,
            UploadRepository uploads, JurisdictionService directory, Catalogues catalogues, BudgetPolicy policy,
            LedgerService ledger, Storage storage, JdbcTemplate jdbc, Today today,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.budgets = budgets;
        this.snapshots = snapshots;
        this.programmes = programmes;
        this.uploads = uploads;
        this.directory = directory;
        this.catalogues = catalogues;
        this.policy = policy;
        this.ledger = ledger;
        this.storage = storage;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Keeps an uploaded file until its mapping is confirmed; refused unless the person may import for the institution. */
    @Transactional
    public Upload stage(String institutionSlug, int year, Period period, BudgetKind kind, String fileName, byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>(checkRequest(institutionSlug, year, period));
        if (bytes == null || bytes.length == 0) {
            problems.add(ImportProblem.ofFile("budget.import.error.noFile"));
        }
        if (!problems.isEmpty()) {
            throw new BudgetImportException(problems);
        }
        policy.allowed(Actor.current(), institutionSlug).require(BudgetAction.IMPORT);
        read(bytes, kind); // refuses at once what is not a table
        String sha = storage.store(bytes);
        return uploads.save(new Upload(Hashing.randomToken(24), institutionSlug, year, period, kind,
                cleanName(fileName), sha, today.now()));
    }

    /** A staged upload, for the person who may import for its institution. */
    @Transactional(readOnly = true)
    public Upload upload(String token) {
        Upload upload = uploads.findById(token).orElseThrow(() -> new NotFoundException("upload"));
        policy.allowed(Actor.current(), upload.getInstitutionSlug()).require(BudgetAction.IMPORT);
        return upload;
    }

    /** The mapping screen's view of a staged upload (or of the mapping a person is trying). */
    @Transactional(readOnly = true)
    public Preview preview(Upload upload, ColumnMapping tried) {
        Read read = read(bytesOf(upload), upload.getKind());
        ColumnMapping mapping = tried != null ? tried
                : read.mapping() != null ? read.mapping()
                : ColumnMapping.guess(upload.getKind(), read.table().header(),
                        savedMapping(upload.getInstitutionSlug(), upload.getKind()).orElse(null));
        return new Preview(read.table().reading(), read.table().header(), mapping, read.table().firstRows(5));
    }

    /** Imports a staged upload with the mapping confirmed on the screen; the upload is gone once imported. */
    @Transactional
    public BudgetSnapshot confirm(String token, ColumnMapping mapping) {
        Upload upload = upload(token);
        BudgetSnapshot snapshot = importFile(new ImportRequest(upload.getInstitutionSlug(), upload.getFiscalYear(),
                upload.getPeriod(), upload.getKind(), upload.getFileName(), bytesOf(upload), mapping));
        uploads.delete(upload);
        return snapshot;
    }

    /** The mapping the institution last confirmed for this kind of import. */
    @Transactional(readOnly = true)
    public Optional<ColumnMapping> savedMapping(String institutionSlug, BudgetKind kind) {
        return jdbc.queryForList("SELECT mapping FROM budget_mapping WHERE institution_slug = ? AND kind = ?",
                String.class, institutionSlug, kind.name()).stream().findFirst().map(text -> ColumnMapping.read(kind, text));
    }

    /**
     * Imports one snapshot; refuses it whole, saving nothing, with every problem found. A Fiscal Data Package that also
     * holds revenue (a second resource by CRI) imports both snapshots of the same period, or neither.
     */
    @Transactional
    public BudgetSnapshot importFile(ImportRequest request) {
        List<ImportProblem> problems = new ArrayList<>(checkRequest(request.institutionSlug(), request.year(),
                request.period()));
        if (request.kind() == null) {
            problems.add(ImportProblem.ofFile("budget.import.error.kind"));
        }
        if (!problems.isEmpty()) {
            throw new BudgetImportException(problems);
        }
        policy.allowed(Actor.current(), request.institutionSlug()).require(BudgetAction.IMPORT);
        Read read = read(request.bytes(), request.kind());
        BudgetSnapshot snapshot = importRead(request, read);
        if (read.revenue() != null) {
            importRead(new ImportRequest(request.institutionSlug(), request.year(), request.period(),
                    BudgetKind.REVENUE, request.fileName(), request.bytes(), null), read.revenue());
        }
        return snapshot;
    }

    /** One snapshot from a file read: its mapping checked, its rows taken, its ledger entry. */
    private BudgetSnapshot importRead(ImportRequest request, Read read) {
        List<ImportProblem> problems = new ArrayList<>();
        TableFile table = read.table();
        ColumnMapping mapping = request.mapping() != null ? request.mapping()
                : read.mapping() != null ? read.mapping()
                : ColumnMapping.guess(request.kind(), table.header(),
                        savedMapping(request.institutionSlug(), request.kind()).orElse(null));
        if (mapping.kind() != request.kind()) {
            mapping = new ColumnMapping(request.kind(), Map.of());
        }
        for (ImportField field : mapping.missing()) {
            problems.add(new ImportProblem(0, field.key(), "", "budget.import.error.unmapped"));
        }
        for (String column : mapping.absentFrom(table.header())) {
            problems.add(new ImportProblem(0, column, "", "budget.import.error.noSuchColumn"));
        }
        if (!problems.isEmpty()) {
            throw new BudgetImportException(problems);
        }
        Budget budget = budgets.findByInstitutionSlugAndFiscalYear(request.institutionSlug(), request.year())
                .orElseGet(() -> budgets.save(new Budget(request.institutionSlug(), request.year(), today.now())));
        Long previous = snapshots.findFirstByBudgetIdAndKindOrderByIdDesc(budget.getId(), request.kind())
                .map(BudgetSnapshot::getId).orElse(null);
        String sha256 = Hashing.sha256Hex(request.bytes());
        String format = read.packaged() ? "FDP" : table.reading().format();
        BudgetSnapshot snapshot = snapshots.saveAndFlush(new BudgetSnapshot(budget.getId(), request.kind(),
                request.period(), cleanName(request.fileName()), sha256, format, table.reading().encoding(), previous,
                today.now()));
        Run run = new Run(request, table, mapping, snapshot.getId(), problems);
        try {
            table.rows(run::take);
        } catch (TooManyProblems full) {
            problems.add(ImportProblem.ofFile("budget.import.error.tooMany", MAX_PROBLEMS));
        } catch (TableFile.TableException e) {
            problems.add(ImportProblem.ofFile(e.messageKey(), e.args()));
        }
        if (problems.isEmpty() && run.lines == 0) {
            problems.add(ImportProblem.ofFile("budget.import.error.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new BudgetImportException(problems); // the transaction rolls back: nothing of it stays
        }
        run.finish();
        snapshot.counted(run.lines, run.warnings);
        snapshots.save(snapshot);
        jdbc.update("DELETE FROM budget_mapping WHERE institution_slug = ? AND kind = ?", request.institutionSlug(),
                request.kind().name());
        jdbc.update("INSERT INTO budget_mapping (institution_slug, kind, mapping, updated_at) VALUES (?, ?, ?, ?)",
                request.institutionSlug(), request.kind().name(), limit(mapping.write(), 4000),
                java.sql.Timestamp.from(today.now()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("institution", request.institutionSlug());
        payload.put("fiscalYear", request.year());
        payload.put("quarter", request.period().quarter());
        if (request.period().monthly()) {
            payload.put("month", request.period().month());
        }
        payload.put("kind", request.kind().word());
        payload.put("snapshot", snapshot.getId());
        payload.put("file", snapshot.getFileName());
        payload.put("sha256", sha256);
        payload.put("lines", run.lines);
        payload.put("warnings", run.warnings);
        ledger.append(MODULE, IMPORTED, SUBJECT, budget.getId(), payload);
        events.publishEvent(new org.apertura.platform.web.PublicDataset.Changed()); // the catalog registers a new budget
        return snapshot;
    }

    private List<ImportProblem> checkRequest(String institutionSlug, int year, Period period) {
        List<ImportProblem> problems = new ArrayList<>();
        try {
            directory.institution(institutionSlug);
        } catch (NotFoundException e) {
            problems.add(new ImportProblem(0, "institution", String.valueOf(institutionSlug),
                    "budget.import.error.institution"));
        }
        if (year < 2000 || year > 2100) {
            problems.add(new ImportProblem(0, "year", Integer.toString(year), "budget.import.error.fiscalYear"));
        } else if (period == null) {
            problems.add(new ImportProblem(0, "period", "", "budget.import.error.quarter"));
        } else if (!period.begunBy(year, today.date())) {
            // a period that has not begun can have no figures (its moments are recorded as they happen, LGCG art. 38)
            problems.add(new ImportProblem(0, "period", period.key() + "/" + year,
                    "budget.import.error.periodNotBegun", period.cutOff(), Integer.toString(year)));
        }
        return problems;
    }

    /**
     * A file read as a table, with the mapping a Fiscal Data Package declares (null for plain files) and, for a package
     * read for its expenditure that also holds revenue, the revenue resource read the same way.
     */
    private record Read(TableFile table, ColumnMapping mapping, boolean packaged, Read revenue) {
    }

    private Read read(byte[] bytes, BudgetKind kind) {
        try {
            if (TableFile.isZip(bytes) && TableFile.hasEntry(bytes, FiscalDataPackage.DESCRIPTOR)) {
                FiscalDataPackage.Contents contents = FiscalDataPackage.read(bytes);
                Read revenue = null;
                if (contents.revenueCsv() != null) {
                    TableFile table = TableFile.of(contents.revenueCsv());
                    revenue = new Read(table, contents.revenueMapping(table.header()), true, null);
                }
                if (kind == BudgetKind.REVENUE) {
                    if (revenue == null) {
                        throw new TableFile.TableException("budget.import.error.packageNoRevenue");
                    }
                    return revenue;
                }
                TableFile table = TableFile.of(contents.csv());
                return new Read(table, contents.mapping(table.header()), true, revenue);
            }
            return new Read(TableFile.of(bytes), null, false, null);
        } catch (TableFile.TableException e) {
            throw new BudgetImportException(List.of(ImportProblem.ofFile(e.messageKey(), e.args())));
        }
    }

    private byte[] bytesOf(Upload upload) {
        return storage.read(upload.getFileSha256()).orElseThrow(() -> new NotFoundException("upload file"));
    }

    private static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    /** One import's state while its rows are read. */
    private final class Run {
        final ImportRequest request;
        final LineRules rules;
        final List<ImportProblem> problems;
        final LineWriter writer;
        final Cube cube = new Cube();
        final Map<String, String[]> named = new HashMap<>();
        final Set<String> known;
        final Map<String, String> owners = new HashMap<>();
        int lines;
        int warnings;

        Run(ImportRequest request, TableFile table, ColumnMapping mapping, long snapshotId, List<ImportProblem> problems) {
            this.request = request;
            this.problems = problems;
            Institution institution = directory.institution(request.institutionSlug());
            Set<String> names = Stream.of(institution.getSlug(), institution.getName(), institution.getAcronym())
                    .filter(n -> n != null && !n.isBlank()).map(ImportField::normalise).collect(Collectors.toSet());
            this.rules = new LineRules(catalogues, mapping.indexes(table.header()), table.header(), names,
                    request.year(), request.period(), problems);
            this.writer = new LineWriter(jdbc, snapshotId, request.kind() == BudgetKind.REVENUE);
            this.known = programmes.findByInstitutionSlug(request.institutionSlug()).stream()
                    .map(Programme::getProgrammeKey).collect(Collectors.toSet());
        }

        void take(TableRow row) {
            int before = problems.size();
            if (request.kind() == BudgetKind.REVENUE) {
                RevenueLine line = rules.revenue(row);
                if (line != null && problems.isEmpty()) {
                    writer.add(line);
                    count(line.warnings().isEmpty());
                }
            } else {
                ExpenditureLine line = rules.expenditure(row);
                if (line != null && !known.contains(line.programmeKey()) && line.programmeName().isEmpty()
                        && !named.containsKey(line.programmeKey())) {
                    // a key this institution does not have: another institution's programme is refused by name
                    // (each institution's programmes are its own, CONAC Clasificación Programática), else a name is asked
                    String owner = otherOwner(line.programmeKey());
                    problems.add(owner == null
                            ? new ImportProblem(row.line(), "programme-name", line.programmeKey(),
                                    "budget.import.error.newProgramme", line.programmeKey())
                            : new ImportProblem(row.line(), "programme", line.programmeKey(),
                                    "budget.import.error.otherProgramme", line.programmeKey(), owner));
                    line = null;
                }
                if (line != null) {
                    if (!line.programmeName().isEmpty() || !line.objective().isEmpty()) {
                        named.merge(line.programmeKey(), new String[] {line.programmeName(), line.objective()},
                                (a, b) -> new String[] {a[0].isEmpty() ? b[0] : a[0], a[1].isEmpty() ? b[1] : a[1]});
                    }
                    if (problems.isEmpty()) {
                        writer.add(line);
                        cube.add(line);
                        count(line.warnings().isEmpty());
                    }
                }
            }
            if (problems.size() > before && problems.size() >= MAX_PROBLEMS) {
                throw new TooManyProblems();
            }
        }

        /** The name of another institution whose programme this key is (null: none has it). */
        private String otherOwner(String key) {
            return owners.computeIfAbsent(key, k -> programmes.findByProgrammeKeyOrderByInstitutionSlugAsc(k).stream()
                    .map(Programme::getInstitutionSlug).filter(slug -> !slug.equals(request.institutionSlug()))
                    .findFirst().map(slug -> directory.institution(slug).getName()).orElse(""))
                    .transform(name -> name.isEmpty() ? null : name);
        }

        private void count(boolean clean) {
            lines++;
            if (!clean) {
                warnings++;
            }
        }

        void finish() {
            writer.flush();
            if (request.kind() == BudgetKind.EXPENDITURE) {
                cube.store(jdbc, writer.snapshotId());
                named.forEach((key, texts) -> {
                    Programme programme = programmes.findByInstitutionSlugAndProgrammeKey(request.institutionSlug(), key)
                            .orElse(null);
                    if (programme == null) {
                        programmes.save(new Programme(request.institutionSlug(), key,
                                texts[0].isEmpty() ? key : texts[0], texts[1].isEmpty() ? null : texts[1]));
                    } else {
                        programme.describe(texts[0], texts[1]);
                    }
                });
            }
        }
    }

    private static String cleanName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "archivo" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return limit(name.replaceAll("[\\p{Cntrl}]", ""), 200);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

}
