package org.apertura.budget.web;

import org.apertura.budget.MoneyTrail;
import org.apertura.budget.Moments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Sigue el dinero": a commitment's money trail on one page. */
@Controller
class TrailPages {

    private final MoneyTrail trails;
    private final org.apertura.platform.web.CsvExport csv;

    TrailPages(MoneyTrail trails, org.apertura.platform.web.CsvExport csv) {
        this.trails = trails;
        this.csv = csv;
    }

    /** The trail's contracting processes (charged to the programme), as CSV; the whole trail is JSON in the API. */
    @GetMapping("/compromisos/{id}/dinero.csv")
    org.springframework.http.ResponseEntity<byte[]> trailCsv(@PathVariable Long id) {
        MoneyTrail.Trail trail = trails.of(id);
        return csv.download("sigue-el-dinero-" + trail.commitment().getCode() + ".csv", BudgetPages.PROCESS_COLUMNS,
                trail.processes().stream().map(BudgetPages::processRow).toList());
    }

    @GetMapping("/compromisos/{id}/dinero")
    String trail(@PathVariable Long id, Model model) {
        model.addAttribute("trail", trails.of(id));
        model.addAttribute("moments", Moments.KEYS);
        return "budget/trail";
    }
}
