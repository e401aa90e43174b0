package org.apertura.accessinfo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Test page: a request page as the request side will build it, including the appeals panel fragment. */
@Controller
class AppealPanelPageForTests {

    private final AppealService appeals;

    AppealPanelPageForTests(AppealService appeals) {
        this.appeals = appeals;
    }

    @GetMapping("/pruebas/solicitudes/{folio}")
    String page(@PathVariable String folio, Model model) {
        model.addAttribute("appeals", appeals.panel(folio));
        return "accessinfo-test/panel";
    }
}
