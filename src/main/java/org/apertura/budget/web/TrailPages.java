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

    TrailPages(MoneyTrail trails) {
        this.trails = trails;
    }

    @GetMapping("/compromisos/{id}/dinero")
    String trail(@PathVariable Long id, Model model) {
        model.addAttribute("trail", trails.of(id));
        model.addAttribute("moments", Moments.KEYS);
        return "budget/trail";
    }
}
