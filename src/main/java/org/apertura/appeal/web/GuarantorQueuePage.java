package org.apertura.appeal.web;

import org.apertura.appeal.AppealQueueQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The guarantor staff's work queue: their open appeals, overdue first, then by business days left. The module builds
 * it ({@link AppealQueueQuery}); this controller routes.
 */
@Controller
class GuarantorQueuePage {

    private final AppealQueueQuery queues;

    GuarantorQueuePage(AppealQueueQuery queues) {
        this.queues = queues;
    }

    @GetMapping("/garante/recursos")
    String queue(Model model) {
        model.addAllAttributes(queues.mine().attributes());
        return "appeal/appeal-queue";
    }
}
