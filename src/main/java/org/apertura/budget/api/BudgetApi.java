package org.apertura.budget.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.apertura.platform.web.ApiLocale;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.budget.Budget;
import org.apertura.budget.BudgetExplorer;
import org.apertura.budget.BudgetImportException;
import org.apertura.budget.BudgetImports;
import org.apertura.budget.BudgetKind;
import org.apertura.budget.BudgetSnapshot;
import org.apertura.budget.Dimension;
import org.apertura.budget.Filter;
import org.apertura.budget.MoneyTrail;
import org.apertura.budget.Moments;
import org.apertura.budget.Period;
import org.apertura.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public budget for machines: budgets, their totals and lines, programmes, money trails, and imports. */
@RestController
@RequestMapping("/api/v1/budget")
@Tag(name = "api.tag.budget", description = "api.tag.budget.description")
class BudgetApi {

    private final BudgetImports imports;
    private final BudgetExplorer explorer;
    private final MoneyTrail trails;
    private final MessageSource messages;
    private final org.apertura.contracting.ProcessesByBudget processes;

    BudgetApi(BudgetImports imports, BudgetExplorer explorer, MoneyTrail trails, MessageSource messages,
            org.apertura.contracting.ProcessesByBudget processes) {
        this.processes = processes;
        this.imports = imports;
        this.explorer = explorer;
        this.trails = trails;
        this.messages = messages;
    }

    /** A snapshot as imported. */
    record SnapshotView(long id, String institution, int fiscalYear, int quarter, Integer month, String cutOff,
            String kind, String fileName,
            String sha256, String format, String encoding, int lines, int linesWithWarnings, String importedAt) {
    }

    @PostMapping(value = "/imports")
    @Operation(summary = "api.op.budget.import", security = @SecurityRequirement(name = "bearer"),
            responses = {@ApiResponse(responseCode = "201", description = "api.response.budget.import.201"),
                    @ApiResponse(responseCode = "400", description = "api.response.budget.import.400"),
                    @ApiResponse(responseCode = "401", description = "api.response.budget.import.401"),
                    @ApiResponse(responseCode = "403", description = "api.response.budget.import.403")})
    ResponseEntity<SnapshotView> importSnapshot(
            @Parameter(description = "api.param.budget.institution") @RequestParam String institution,
            @Parameter(description = "api.param.budget.year") @RequestParam int year,
            @Parameter(description = "api.param.budget.quarter") @RequestParam(required = false) Integer quarter,
            @Parameter(description = "api.param.budget.month") @RequestParam(required = false) Integer month,
            @Parameter(description = "api.param.budget.kind") @RequestParam(required = false) String kind,
            @Parameter(description = "api.param.budget.file-name") @RequestParam(required = false) String fileName,
            HttpServletRequest request) throws IOException {
        BudgetKind k = BudgetKind.ofWord(kind);
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readAllBytes();
        }
        // a month or a quarter, exactly one; anything else is no period and is refused by the import with its reason
        Period period = Period.of(quarter, month);
        BudgetSnapshot s = imports.importFile(new BudgetImports.ImportRequest(institution, year, period, k,
                fileName == null ? "api" : fileName, body, null));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(s, institution, year));
    }

    /** One cut-off over the year: its quarter, its month when it was reported monthly, its last day, then the rest. */
    private static Map<String, Object> period(BudgetExplorer.PeriodTotals totals, int year, Map<String, Object> rest) {
        Period p = totals.period();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quarter", p.quarter());
        out.put("month", p.monthly() ? p.month() : null);
        out.put("cutOff", p.lastDay(year).toString());
        out.putAll(rest);
        return out;
    }

    private static SnapshotView view(BudgetSnapshot s, String institution, int year) {
        Period p = s.getPeriod();
        return new SnapshotView(s.getId(), institution, year, s.getQuarter(), p.monthly() ? p.month() : null,
                p.lastDay(year).toString(), s.getKind().word(), s.getFileName(),
                s.getFileSha256(), s.getFileFormat(), s.getEncoding(), s.getLineCount(), s.getWarningCount(),
                s.getImportedAt().toString());
    }

    @ExceptionHandler(BudgetImportException.class)
    ResponseEntity<Map<String, Object>> refused(BudgetImportException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        List<Map<String, Object>> errors = new ArrayList<>();
        e.problems().forEach(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", p.line());
            error.put("column", p.column());
            error.put("value", p.value());
            error.put("code", p.messageKey());
            error.put("message", messages.getMessage(p.messageKey(), p.args(), locale));
            errors.add(error);
        });
        return ResponseEntity.badRequest().body(Map.of("errors", errors));
    }

    /** A budget in a list. */
    record BudgetItem(String institution, int fiscalYear, Integer quarter, Moments totals) {
    }

    @GetMapping("/budgets")
    @Operation(summary = "api.op.budget.budgets")
    List<BudgetItem> budgets() {
        return explorer.budgets().stream().map(b -> {
            BudgetSnapshot s = explorer.current(b, BudgetKind.EXPENDITURE).orElse(null);
            return new BudgetItem(b.getInstitutionSlug(), b.getFiscalYear(), s == null ? null : s.getQuarter(),
                    s == null ? Moments.ZERO : explorer.totals(s.getId(), Filter.NONE));
        }).toList();
    }

    @GetMapping("/budgets/{institution}/{year}")
    @Operation(summary = "api.op.budget.budget")
    Map<String, Object> budget(@PathVariable String institution, @PathVariable int year,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String chapter,
            @RequestParam(required = false) String function, @RequestParam(required = false) String source) {
        Budget budget = explorer.budget(institution, year);
        Filter filter = Filter.NONE.and(Dimension.PROGRAMME, programme).and(Dimension.CHAPTER, chapter)
                .and(Dimension.FUNCTION, function).and(Dimension.SOURCE, source);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("institution", institution);
        out.put("fiscalYear", year);
        out.put("currency", budget.getCurrency());
        explorer.current(budget, BudgetKind.EXPENDITURE).ifPresent(s -> {
            out.put("quarter", s.getQuarter());
            out.put("snapshot", view(s, institution, year));
            out.put("totals", explorer.totals(s.getId(), filter));
            for (Dimension d : Dimension.values()) {
                out.put(d.name().toLowerCase(Locale.ROOT), explorer.totalsBy(s.getId(), d, filter, institution));
            }
        });
        out.put("periods", explorer.overTheYear(budget, filter).stream().map(q -> period(q, year,
                Map.of("totals", q.moments(), "sha256", q.snapshot().getFileSha256()))).toList());
        return out;
    }

    @GetMapping("/budgets/{institution}/{year}/lines")
    @Operation(summary = "api.op.budget.lines")
    List<BudgetExplorer.LineView> lines(@PathVariable String institution, @PathVariable int year,
            @RequestParam(required = false) String programme) {
        Budget budget = explorer.budget(institution, year);
        BudgetSnapshot s = explorer.current(budget, BudgetKind.EXPENDITURE).orElseThrow(() -> new NotFoundException("snapshot"));
        if (programme != null) {
            return explorer.programmeLines(s.getId(), programme);
        }
        List<BudgetExplorer.LineView> lines = new ArrayList<>();
        explorer.eachLine(s.getId(), lines::add);
        return lines;
    }

    @GetMapping("/budgets/{institution}/{year}/revenue")
    @Operation(summary = "api.op.budget.revenue")
    Map<String, Object> revenue(@PathVariable String institution, @PathVariable int year) {
        Budget budget = explorer.budget(institution, year);
        BudgetSnapshot s = explorer.current(budget, BudgetKind.REVENUE).orElseThrow(() -> new NotFoundException("snapshot"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("institution", institution);
        out.put("fiscalYear", year);
        out.put("quarter", s.getQuarter());
        out.put("cutOff", s.getPeriod().lastDay(year).toString());
        out.put("sha256", s.getFileSha256());
        List<Map<String, Object>> rubros = new ArrayList<>();
        explorer.revenueByRubro(s.getId()).forEach((rubro, sums) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rubro", rubro);
            r.put("estimated", sums[0]);
            r.put("modified", sums[1]);
            r.put("accrued", sums[2]);
            r.put("collected", sums[3]);
            rubros.add(r);
        });
        out.put("rubros", rubros);
        out.put("lines", explorer.revenue(s.getId()));
        return out;
    }

    @GetMapping("/budgets/{institution}/{year}/programmes/{key}")
    @Operation(summary = "api.op.budget.programme")
    Map<String, Object> programme(@PathVariable String institution, @PathVariable int year, @PathVariable String key) {
        Budget budget = explorer.budget(institution, year);
        var programme = explorer.programme(institution, key).orElseThrow(() -> new NotFoundException("programme"));
        Filter filter = Filter.of(Dimension.PROGRAMME, key);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", programme.getProgrammeKey());
        out.put("name", programme.getName());
        out.put("objective", programme.getObjective());
        explorer.current(budget, BudgetKind.EXPENDITURE).ifPresent(s -> out.put("totals", explorer.totals(s.getId(), filter)));
        out.put("periods", explorer.overTheYear(budget, filter).stream().map(q -> period(q, year,
                Map.of("totals", q.moments()))).toList());
        out.put("processes", processes.chargedTo(institution, programme.getProgrammeKey()));
        return out;
    }

    @GetMapping("/budgets/{institution}/{year}/snapshots/{id}/warnings")
    @Operation(summary = "api.op.budget.warnings")
    List<BudgetExplorer.LineView> warnings(@PathVariable String institution, @PathVariable int year,
            @PathVariable long id) {
        Budget budget = explorer.budget(institution, year);
        BudgetSnapshot s = explorer.snapshot(id);
        if (!s.getBudgetId().equals(budget.getId())) {
            throw new NotFoundException("snapshot");
        }
        return s.getKind() == BudgetKind.EXPENDITURE ? explorer.warnings(id, Integer.MAX_VALUE) : List.of();
    }

    @GetMapping("/compare")
    @Operation(summary = "api.op.budget.compare")
    List<Map<String, Object>> compare(@Parameter(description = "api.param.budget.compare-side") @RequestParam String a,
            @Parameter(description = "api.param.budget.compare-side") @RequestParam String b) {
        List<Map<String, Object>> sides = new ArrayList<>();
        for (String side : List.of(a, b)) {
            if (!side.matches("[a-z0-9-]+/\\d{4}")) {
                throw new NotFoundException("budget");
            }
            String[] parts = side.split("/");
            Budget budget = explorer.budget(parts[0], Integer.parseInt(parts[1]));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("institution", parts[0]);
            out.put("fiscalYear", budget.getFiscalYear());
            explorer.current(budget, BudgetKind.EXPENDITURE).ifPresent(s -> {
                out.put("quarter", s.getQuarter());
                out.put("totals", explorer.totals(s.getId(), Filter.NONE));
                out.put("chapter", explorer.totalsBy(s.getId(), Dimension.CHAPTER, Filter.NONE, parts[0]));
            });
            sides.add(out);
        }
        return sides;
    }

    @GetMapping("/trails/{commitmentId}")
    @Operation(summary = "api.op.budget.trail")
    Map<String, Object> trail(@PathVariable Long commitmentId, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        MoneyTrail.Trail t = trails.of(commitmentId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("commitment", t.commitment().getCode());
        out.put("institution", t.institution() == null ? null : t.institution().getSlug());
        out.put("programme", t.programmeKey());
        out.put("fiscalYear", t.budget() == null ? null : t.budget().getFiscalYear());
        out.put("totals", t.moments());
        out.put("processes", t.processes());
        out.put("processesPaid", t.processesPaid());
        out.put("gaps", t.gaps().stream().map(g -> Map.of("code", g.messageKey(),
                "message", messages.getMessage(g.messageKey(), g.args(), locale))).toList());
        return out;
    }
}
