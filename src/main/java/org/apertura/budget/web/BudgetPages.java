package org.apertura.budget.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.budget.Budget;
import org.apertura.budget.BudgetExplorer;
import org.apertura.budget.BudgetExplorer.PeriodTotals;
import org.apertura.budget.Period;
import org.apertura.budget.BudgetExplorer.Total;
import org.apertura.budget.BudgetKind;
import org.apertura.budget.BudgetPolicy;
import org.apertura.budget.BudgetSnapshot;
import org.apertura.budget.Catalogues;
import org.apertura.budget.Dimension;
import org.apertura.budget.Filter;
import org.apertura.budget.FiscalDataPackage;
import org.apertura.budget.Moments;
import org.apertura.budget.Programme;
import org.apertura.contracting.ProcessesByBudget;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public budget: every budget published, each budget's explorer (totals by programme, chapter, function and source,
 * where the money goes, the moments over the year), programme pages, snapshot reports, comparisons, and the
 * downloads (CSV of every list, the Fiscal Data Package).
 */
@Controller
class BudgetPages implements PublicDataset.Source, SitemapSource {

    static final List<String> BUDGET_COLUMNS = List.of("institution", "fiscal_year", "quarter", "cut_off", "approved", "modified",
            "committed", "accrued", "exercised", "paid");
    static final List<String> TOTAL_COLUMNS = List.of("code", "name", "approved", "modified", "committed", "accrued",
            "exercised", "paid");
    static final List<String> LINE_COLUMNS = List.of("line", "unit", "programme", "partida", "expense_type", "function",
            "source_code", "geo", "approved", "expansions", "reductions", "modified", "committed", "accrued", "exercised",
            "paid", "warnings");
    static final List<String> PROCESS_COLUMNS = List.of("budget_process_ocid", "budget_process_title",
            "budget_process_programmes", "budget_process_suppliers", "budget_process_awarded",
            "budget_process_contracted", "budget_process_paid", "budget_process_currency");
    static final List<String> COMPARE_COLUMNS = List.of("budget_side", "code", "name", "approved", "modified",
            "committed", "accrued", "exercised", "paid");
    static final List<String> REVENUE_COLUMNS = List.of("line", "revenue_cri", "revenue_name", "revenue_source",
            "revenue_estimated", "revenue_modified", "revenue_accrued", "revenue_collected", "warnings");

    private final BudgetExplorer explorer;
    private final JurisdictionService directory;
    private final Catalogues catalogues;
    private final BudgetPolicy policy;
    private final ProcessesByBudget processes;
    private final ActionPlanService plans;
    private final CsvExport csv;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final BudgetCharts charts;

    BudgetPages(BudgetExplorer explorer, JurisdictionService directory, Catalogues catalogues, BudgetPolicy policy,
            ProcessesByBudget processes, ActionPlanService plans, CsvExport csv, MessageSource messages,
            PublicUrl publicUrl, BudgetCharts charts) {
        this.explorer = explorer;
        this.directory = directory;
        this.catalogues = catalogues;
        this.policy = policy;
        this.processes = processes;
        this.plans = plans;
        this.csv = csv;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.charts = charts;
    }

    @Override
    public List<PublicDataset> datasets() {
        String budget = "/presupuesto/{institucion}/{anio}";
        String api = "/api/v1/budget/budgets/{institucion}/{anio}";
        return List.of(new PublicDataset("budgets", "/presupuesto.csv", "/api/v1/budget/budgets", BUDGET_COLUMNS),
                PublicDataset.perRecord("budget-totals", budget + "/programa.csv", api, TOTAL_COLUMNS,
                        this::exampleBudget),
                PublicDataset.perRecord("budget-lines", budget + "/lineas.csv", api + "/lines", LINE_COLUMNS,
                        this::exampleBudget),
                PublicDataset.perRecord("budget-revenue", budget + "/ingresos.csv", api + "/revenue", REVENUE_COLUMNS,
                        () -> example(BudgetKind.REVENUE)));
    }

    /** The first budget with figures, to fill the addresses of the lists per budget (none: an empty map). */
    private Map<String, String> exampleBudget() {
        return example(BudgetKind.EXPENDITURE);
    }

    /** The first budget imported with figures of this kind, a stable example (none: an empty map). */
    private Map<String, String> example(BudgetKind kind) {
        return explorer.budgets().stream().filter(b -> explorer.current(b, kind).isPresent())
                .min(java.util.Comparator.comparing(Budget::getId))
                .map(b -> Map.of("institucion", b.getInstitutionSlug(), "anio", Integer.toString(b.getFiscalYear())))
                .orElse(Map.of());
    }

    /** Each budget with figures is a dataset of the catalog, owned by its institution: its lines as CSV and JSON. */
    @Override
    public List<PublicDataset.CatalogEntry> catalogEntries() {
        java.util.Locale spanish = Today.LOCALE;
        return explorer.budgets().stream().filter(b -> explorer.current(b, BudgetKind.EXPENDITURE).isPresent())
                .map(b -> {
                    String name = directory.institution(b.getInstitutionSlug()).getName();
                    String year = Integer.toString(b.getFiscalYear());
                    return new PublicDataset.CatalogEntry("presupuesto-" + b.getInstitutionSlug() + "-" + year,
                            b.getInstitutionSlug(),
                            messages.getMessage("budget.dataset.title", new Object[] {name, year}, spanish),
                            messages.getMessage("budget.dataset.description", new Object[] {name, year}, spanish),
                            List.of("presupuesto", "gasto público", year),
                            new PublicDataset("budget-lines", path(b) + "/lineas.csv",
                                    "/api/v1/budget/budgets/" + b.getInstitutionSlug() + "/" + year + "/lines",
                                    LINE_COLUMNS));
                }).toList();
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>(List.of("/presupuesto"));
        explorer.budgets().forEach(b -> paths.add(path(b)));
        return paths.stream().limit(limit).toList();
    }

    /** A budget in the list: whose, which year, the latest period imported (null: none) and its totals. */
    public record Listed(Budget budget, Institution institution, Period period, Moments moments) {
        public String path() {
            return BudgetPages.path(budget);
        }
    }

    static String path(Budget budget) {
        return "/presupuesto/" + budget.getInstitutionSlug() + "/" + budget.getFiscalYear();
    }

    private List<Listed> listed() {
        return explorer.budgets().stream().map(b -> {
            BudgetSnapshot current = explorer.current(b, BudgetKind.EXPENDITURE).orElse(null);
            return new Listed(b, directory.institution(b.getInstitutionSlug()),
                    current == null ? null : current.getPeriod(),
                    current == null ? Moments.ZERO : explorer.totals(current.getId(), Filter.NONE));
        }).toList();
    }

    @GetMapping("/presupuesto")
    String list(Model model) {
        model.addAttribute("budgets", listed());
        model.addAttribute("canImport", !policy.importersNow().isEmpty());
        return "budget/list";
    }

    @GetMapping("/presupuesto.csv")
    ResponseEntity<byte[]> listCsv() {
        List<List<?>> rows = listed().stream().<List<?>>map(l -> List.of(l.budget().getInstitutionSlug(),
                l.budget().getFiscalYear(), l.period() == null ? "" : l.period().quarter(),
                l.period() == null ? "" : l.period().lastDay(l.budget().getFiscalYear()), l.moments().approved(),
                l.moments().modified(), l.moments().committed(), l.moments().accrued(), l.moments().exercised(),
                l.moments().paid())).toList();
        return csv.download("presupuestos.csv", BUDGET_COLUMNS, rows);
    }

    @GetMapping("/presupuesto/{institution}/{year}")
    String budget(@PathVariable String institution, @PathVariable int year,
            @RequestParam(name = "programa", required = false) String programme,
            @RequestParam(name = "capitulo", required = false) String chapter,
            @RequestParam(name = "funcion", required = false) String function,
            @RequestParam(name = "fuente", required = false) String source, Model model) {
        Budget budget = explorer.budget(institution, year);
        Institution owner = directory.institution(institution);
        Filter filter = Filter.NONE.and(Dimension.PROGRAMME, programme).and(Dimension.CHAPTER, chapter)
                .and(Dimension.FUNCTION, function).and(Dimension.SOURCE, source);
        model.addAttribute("budget", budget);
        model.addAttribute("institution", owner);
        model.addAttribute("filtered", !filter.values().isEmpty());
        model.addAttribute("filter", filterLabels(filter, institution));
        BudgetSnapshot current = explorer.current(budget, BudgetKind.EXPENDITURE).orElse(null);
        model.addAttribute("current", current);
        if (current != null) {
            Moments totals = explorer.totals(current.getId(), filter);
            model.addAttribute("totals", totals);
            Map<String, List<Total>> by = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                by.put(d.word(), explorer.totalsBy(current.getId(), d, filter, institution));
            }
            model.addAttribute("by", by);
            List<PeriodTotals> quarters = explorer.overTheYear(budget, filter);
            model.addAttribute("quarters", quarters);
            List<ChartView> views = charts.views(budget, filter, by, quarters);
            model.addAttribute("chapterChart", views.get(0));
            model.addAttribute("quarterChart", views.get(1));
            model.addAttribute("programmeChart", views.get(2));
            model.addAttribute("warnings", explorer.warnings(current.getId(), 50));
        }
        explorer.current(budget, BudgetKind.REVENUE).ifPresent(r -> {
            model.addAttribute("revenue", explorer.revenueByRubro(r.getId()));
            model.addAttribute("revenueSnapshot", r);
        });
        model.addAttribute("criNames", catalogues.cri());
        model.addAttribute("snapshots", explorer.snapshots(budget));
        model.addAttribute("otherYears", explorer.budgetsOf(institution).stream().filter(b -> b.getFiscalYear() != year).toList());
        model.addAttribute("sameYear", explorer.budgets().stream().filter(b -> b.getFiscalYear() == year
                && !b.getInstitutionSlug().equals(institution)).map(b -> directory.institution(b.getInstitutionSlug())).toList());
        model.addAttribute("allowed", policy.allowedNow(institution));
        model.addAttribute("moments", Moments.KEYS);
        model.addAttribute("packageUrl", publicUrl.of(path(budget) + "/datapackage.json"));
        return "budget/budget";
    }

    private Map<String, String> filterLabels(Filter filter, String institution) {
        Map<String, String> labels = new LinkedHashMap<>();
        filter.values().forEach((d, v) -> labels.put(d.word(), switch (d) {
            case PROGRAMME -> v + " " + explorer.programmeName(institution, v);
            case CHAPTER -> v + " " + catalogues.cogName(v);
            case FUNCTION -> v + " " + catalogues.functionName(v);
            case SOURCE -> v + " " + catalogues.sourceName(v);
        }));
        return labels;
    }

    @GetMapping("/presupuesto/{institution}/{year}/{dimension:programa|capitulo|funcion|fuente}.csv")
    ResponseEntity<byte[]> totalsCsv(@PathVariable String institution, @PathVariable int year,
            @PathVariable String dimension) {
        Budget budget = explorer.budget(institution, year);
        BudgetSnapshot current = explorer.current(budget, BudgetKind.EXPENDITURE).orElse(null);
        List<List<?>> rows = current == null ? List.of() : explorer.totalsBy(current.getId(), Dimension.ofWord(dimension),
                Filter.NONE, institution).stream().<List<?>>map(t -> List.of(t.code(), t.name(), t.moments().approved(),
                t.moments().modified(), t.moments().committed(), t.moments().accrued(), t.moments().exercised(),
                t.moments().paid())).toList();
        return csv.download("presupuesto-" + institution + "-" + year + "-" + dimension + ".csv", TOTAL_COLUMNS, rows);
    }

    @GetMapping("/presupuesto/{institution}/{year}/lineas.csv")
    ResponseEntity<byte[]> linesCsv(@PathVariable String institution, @PathVariable int year) {
        Budget budget = explorer.budget(institution, year);
        List<List<?>> rows = new ArrayList<>();
        explorer.current(budget, BudgetKind.EXPENDITURE).ifPresent(s -> explorer.eachLine(s.getId(),
                l -> rows.add(lineRow(l))));
        return csv.download("lineas-" + institution + "-" + year + ".csv", LINE_COLUMNS, rows);
    }

    /** The revenue lines of the latest revenue snapshot, by CRI, with the revenue moments (LGCG art. 38). */
    @GetMapping("/presupuesto/{institution}/{year}/ingresos.csv")
    ResponseEntity<byte[]> revenueCsv(@PathVariable String institution, @PathVariable int year) {
        Budget budget = explorer.budget(institution, year);
        List<List<?>> rows = explorer.current(budget, BudgetKind.REVENUE).map(s -> explorer.revenue(s.getId()))
                .orElse(List.of()).stream().<List<?>>map(r -> List.of(r.line(), r.criCode(),
                        r.name() == null ? "" : r.name(), r.sourceCode() == null ? "" : r.sourceCode(), r.estimated(),
                        r.modified(), r.accrued(), r.collected(), r.warnings())).toList();
        return csv.download("ingresos-" + institution + "-" + year + ".csv", REVENUE_COLUMNS, rows);
    }

    static List<?> lineRow(BudgetExplorer.LineView l) {
        List<Object> row = new ArrayList<>();
        row.add(l.line());
        row.add(l.unitCode());
        row.add(l.programmeKey());
        row.add(l.partida());
        row.add(l.expenseType());
        row.add(l.functionCode());
        row.add(l.sourceCode());
        row.add(l.geoCode() == null ? "" : l.geoCode());
        row.add(l.approved());
        row.add(l.expansions());
        row.add(l.reductions());
        row.addAll(l.moments().inOrder().subList(1, 6));
        row.add(l.warnings());
        return row;
    }

    @GetMapping("/presupuesto/{institution}/{year}/datapackage.json")
    ResponseEntity<byte[]> descriptor(@PathVariable String institution, @PathVariable int year) {
        FiscalPackage pack = fiscalPackage(institution, year, false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(FiscalDataPackageJson.bytes(pack.descriptor()));
    }

    @GetMapping("/presupuesto/{institution}/{year}/presupuesto.csv")
    ResponseEntity<byte[]> packageData(@PathVariable String institution, @PathVariable int year) {
        FiscalPackage pack = fiscalPackage(institution, year, true);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(pack.csv());
    }

    @GetMapping("/presupuesto/{institution}/{year}/ingresos-paquete.csv")
    ResponseEntity<byte[]> packageRevenue(@PathVariable String institution, @PathVariable int year) {
        FiscalPackage pack = fiscalPackage(institution, year, true);
        if (pack.revenueCsv() == null) {
            throw new NotFoundException("revenue");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(pack.revenueCsv());
    }

    @GetMapping("/presupuesto/{institution}/{year}/paquete-fiscal.zip")
    ResponseEntity<byte[]> packageZip(@PathVariable String institution, @PathVariable int year) {
        FiscalPackage pack = fiscalPackage(institution, year, true);
        return Downloads.attachment(MediaType.parseMediaType("application/zip"),
                "presupuesto-" + institution + "-" + year + ".zip")
                .body(FiscalDataPackage.zip(pack.descriptor(), pack.csv(), pack.revenueCsv()));
    }

    /**
     * The budget's package: its descriptor and (when asked) its data, from the latest cut-off's snapshot, with the
     * revenue of the latest revenue snapshot as a second resource when there is one.
     */
    record FiscalPackage(tools.jackson.databind.node.ObjectNode descriptor, byte[] csv, byte[] revenueCsv) {
    }

    private FiscalPackage fiscalPackage(String institution, int year, boolean withData) {
        Budget budget = explorer.budget(institution, year);
        BudgetSnapshot current = explorer.current(budget, BudgetKind.EXPENDITURE)
                .orElseThrow(() -> new NotFoundException("snapshot"));
        BudgetSnapshot revenue = explorer.current(budget, BudgetKind.REVENUE).orElse(null);
        Institution owner = directory.institution(institution);
        var descriptor = FiscalDataPackage.descriptor(institution, owner.getName(), year, current.getPeriod(),
                current.getFileSha256(), "Apertura", revenue == null ? null : revenue.getPeriod());
        byte[] data = null;
        byte[] revenueData = null;
        if (withData) {
            Map<String, String> names = new java.util.HashMap<>();
            List<List<Object>> rows = new ArrayList<>();
            explorer.eachLine(current.getId(), l -> rows.add(FiscalDataPackage.row(year, current.getPeriod(), l,
                    names.computeIfAbsent(l.programmeKey(), k -> explorer.programmeName(institution, k)))));
            data = FiscalDataPackage.csv(rows);
            if (revenue != null) {
                revenueData = FiscalDataPackage.revenueCsv(explorer.revenue(revenue.getId()).stream()
                        .map(r -> FiscalDataPackage.revenueRow(year, revenue.getPeriod(), r)).toList());
            }
        }
        return new FiscalPackage(descriptor, data, revenueData);
    }

    @GetMapping("/presupuesto/{institution}/{year}/programas/{key}")
    String programme(@PathVariable String institution, @PathVariable int year, @PathVariable String key, Model model) {
        Budget budget = explorer.budget(institution, year);
        Programme programme = explorer.programme(institution, key).orElseThrow(() -> new NotFoundException("programme"));
        model.addAttribute("budget", budget);
        model.addAttribute("institution", directory.institution(institution));
        model.addAttribute("programme", programme);
        model.addAttribute("modality", catalogues.modalityName(key));
        Filter filter = Filter.of(Dimension.PROGRAMME, key);
        BudgetSnapshot current = explorer.current(budget, BudgetKind.EXPENDITURE).orElse(null);
        model.addAttribute("current", current);
        if (current != null) {
            model.addAttribute("totals", explorer.totals(current.getId(), filter));
            model.addAttribute("lines", explorer.programmeLines(current.getId(), key));
            model.addAttribute("chapters", explorer.totalsBy(current.getId(), Dimension.CHAPTER, filter, institution));
            List<PeriodTotals> quarters = explorer.overTheYear(budget, filter);
            model.addAttribute("quarters", quarters);
            model.addAttribute("quarterChart", charts.programme(budget, key, quarters));
        }
        model.addAttribute("commitments", plans.commitmentsCiting(institution, key));
        model.addAttribute("processes", processes.chargedTo(institution, key));
        model.addAttribute("moments", Moments.KEYS);
        model.addAttribute("cogNames", catalogues.cog());
        return "budget/programme";
    }

    @GetMapping("/presupuesto/{institution}/{year}/programas/{key}/lineas.csv")
    ResponseEntity<byte[]> programmeLinesCsv(@PathVariable String institution, @PathVariable int year,
            @PathVariable String key) {
        Budget budget = explorer.budget(institution, year);
        List<List<?>> rows = explorer.current(budget, BudgetKind.EXPENDITURE)
                .map(s -> explorer.programmeLines(s.getId(), key).stream().<List<?>>map(BudgetPages::lineRow).toList())
                .orElse(List.of());
        return csv.download("lineas-" + institution + "-" + year + "-" + key + ".csv", LINE_COLUMNS, rows);
    }

    /** The contracting processes charged to a programme (OCDS budget.projectID / budget.id equal to its key). */
    @GetMapping("/presupuesto/{institution}/{year}/programas/{key}/contrataciones.csv")
    ResponseEntity<byte[]> programmeProcessesCsv(@PathVariable String institution, @PathVariable int year,
            @PathVariable String key) {
        explorer.budget(institution, year);
        explorer.programme(institution, key).orElseThrow(() -> new NotFoundException("programme"));
        return csv.download("contrataciones-" + institution + "-" + year + "-" + key + ".csv", PROCESS_COLUMNS,
                processes.chargedTo(institution, key).stream().map(BudgetPages::processRow).toList());
    }

    static List<?> processRow(ProcessesByBudget.ChargedProcess p) {
        return java.util.Arrays.asList(p.ocid(), p.title() == null ? "" : p.title(), String.join(" ", p.programmeKeys()),
                p.suppliers() == null ? "" : p.suppliers(), p.awarded(), p.contracted(), p.paid(),
                p.currency() == null ? "" : p.currency());
    }

    /** The lines of a snapshot that break an invariant of the moments, with the rules each breaks. */
    @GetMapping("/presupuesto/{institution}/{year}/cortes/{id}/advertencias.csv")
    ResponseEntity<byte[]> warningsCsv(@PathVariable String institution, @PathVariable int year, @PathVariable long id) {
        BudgetSnapshot snapshot = snapshotOf(institution, year, id);
        List<List<?>> rows = snapshot.getKind() != BudgetKind.EXPENDITURE ? List.of()
                : explorer.warnings(snapshot.getId(), Integer.MAX_VALUE).stream().<List<?>>map(BudgetPages::lineRow)
                        .toList();
        return csv.download("advertencias-" + institution + "-" + year + "-" + id + ".csv", LINE_COLUMNS, rows);
    }

    private BudgetSnapshot snapshotOf(String institution, int year, long id) {
        Budget budget = explorer.budget(institution, year);
        BudgetSnapshot snapshot = explorer.snapshot(id);
        if (!snapshot.getBudgetId().equals(budget.getId())) {
            throw new NotFoundException("snapshot");
        }
        return snapshot;
    }

    @GetMapping("/presupuesto/{institution}/{year}/cortes/{id}")
    String snapshot(@PathVariable String institution, @PathVariable int year, @PathVariable long id, Model model) {
        Budget budget = explorer.budget(institution, year);
        BudgetSnapshot snapshot = snapshotOf(institution, year, id);
        model.addAttribute("budget", budget);
        model.addAttribute("institution", directory.institution(institution));
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("previous", snapshot.getPreviousId() == null ? null : explorer.snapshot(snapshot.getPreviousId()));
        model.addAttribute("changes", explorer.changes(snapshot, institution));
        if (snapshot.getKind() == BudgetKind.EXPENDITURE) {
            model.addAttribute("totals", explorer.totals(snapshot.getId(), Filter.NONE));
            model.addAttribute("warnings", explorer.warnings(snapshot.getId(), 200));
        } else {
            model.addAttribute("revenueLines", explorer.revenue(snapshot.getId()));
        }
        model.addAttribute("moments", Moments.KEYS);
        return "budget/snapshot";
    }

    /** One side of a comparison: a budget, its totals and its totals by chapter. */
    public record Side(Budget budget, Institution institution, BudgetSnapshot snapshot, Moments totals,
            Map<String, Moments> chapters) {
    }

    @GetMapping("/presupuesto/comparar")
    String compare(@RequestParam(name = "a", required = false) String a, @RequestParam(name = "b", required = false) String b,
            Model model) {
        List<Listed> all = listed();
        model.addAttribute("budgets", all);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        Side left = side(a);
        Side right = side(b);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        if (left != null && right != null) {
            Map<String, String> chapters = catalogues.chapters();
            model.addAttribute("chapters", chapters);
            model.addAttribute("compareChart", charts.comparison(left.budget(), right.budget(),
                    "/presupuesto/comparar?a=" + a + "&b=" + b));
        }
        model.addAttribute("moments", Moments.KEYS);
        return "budget/compare";
    }

    /** Both sides of a comparison by chapter, and their totals (code "total"), one row per side and chapter. */
    @GetMapping("/presupuesto/comparar.csv")
    ResponseEntity<byte[]> compareCsv(@RequestParam(name = "a", required = false) String a,
            @RequestParam(name = "b", required = false) String b) {
        List<List<?>> rows = new ArrayList<>();
        Map<String, String> chapters = catalogues.chapters();
        for (Side side : java.util.Arrays.asList(side(a), side(b))) {
            if (side == null) {
                continue;
            }
            String which = side.budget().getInstitutionSlug() + "/" + side.budget().getFiscalYear();
            rows.add(compareRow(which, "total", "", side.totals()));
            side.chapters().forEach((code, m) -> rows.add(compareRow(which, code, chapters.getOrDefault(code, ""), m)));
        }
        return csv.download("comparacion-presupuestos.csv", COMPARE_COLUMNS, rows);
    }

    private static List<?> compareRow(String which, String code, String name, Moments m) {
        List<Object> row = new ArrayList<>(List.of(which, code, name));
        row.addAll(m.inOrder());
        return row;
    }

    private Side side(String key) {
        if (key == null || !key.matches("[a-z0-9-]+/\\d{4}")) {
            return null;
        }
        String[] parts = key.split("/");
        Budget budget = explorer.findBudget(parts[0], Integer.parseInt(parts[1])).orElse(null);
        if (budget == null) {
            return null;
        }
        BudgetSnapshot current = explorer.current(budget, BudgetKind.EXPENDITURE).orElse(null);
        Map<String, Moments> chapters = new LinkedHashMap<>();
        if (current != null) {
            explorer.totalsBy(current.getId(), Dimension.CHAPTER, Filter.NONE, parts[0])
                    .forEach(t -> chapters.put(t.code(), t.moments()));
        }
        return new Side(budget, directory.institution(parts[0]), current,
                current == null ? Moments.ZERO : explorer.totals(current.getId(), Filter.NONE), chapters);
    }
}
