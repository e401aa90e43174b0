package org.apertura.appeal.web;

import org.apertura.appeal.AppealService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The guarantor staff's work queue: their open appeals, overdue first, then by business days left. */
@Controller
class GuarantorQueuePage {

    private final AppealService service;

    GuarantorQueuePage(AppealService service) {
        this.service = service;
    }

    @GetMapping("/garante/recursos")
    String queue(Model model) {
        model.addAttribute("items", service.queue());
        model.addAttribute("today", service.today());
        return "accessinfo/appeal-queue";
    }
}
