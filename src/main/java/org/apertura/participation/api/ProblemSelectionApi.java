package org.apertura.participation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProblemSelection;
import org.apertura.participation.ProblemSelectionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problem selections of a participatory process as open data (ADR 0055): the list, its days and rules, and once it
 * has closed every problem's dots and how many people gave it dots, and which are selected. Never who placed dots.
 */
@RestController
@RequestMapping("/api/v1/participatory-budgets")
@Tag(name = "api.tag.participation", description = "api.tag.participation.description")
class ProblemSelectionApi {

    private final ParticipationService service;
    private final ProblemSelectionService selections;

    ProblemSelectionApi(ParticipationService service, ProblemSelectionService selections) {
        this.service = service;
        this.selections = selections;
    }

    /** A problem: its number in the list and, once counted, its place, dots, people and whether it is selected. */
    record ProblemJson(int number, String title, Integer position, Long dots, Long people, Boolean selected) {
    }

    record SelectionJson(int number, String title, String description, LocalDate opensOn, LocalDate closesOn,
            int dotsPerPerson, int selects, long participants, boolean counted, Instant recordedAt, String call,
            List<ProblemJson> problems) {
    }

    @GetMapping("/{slug}/problem-selections/{number}")
    @Operation(summary = "api.op.participation.problemSelection")
    SelectionJson selection(@PathVariable String slug, @PathVariable int number) {
        BudgetProcess process = service.process(slug);
        ProblemSelection s = selections.selection(process, number);
        boolean counted = s.isCountedOn(service.today());
        List<ProblemJson> problems = counted
                ? selections.count(s).stream().map(l -> new ProblemJson(l.number(), l.title(), l.position(), l.dots(),
                        l.people(), l.selected())).toList()
                : selections.problems(s).stream().map(p -> new ProblemJson(p.number(), p.title(), null, null, null,
                        null)).toList();
        return new SelectionJson(s.getNumber(), s.getTitle(), s.getDescription(), s.getOpensOn(), s.getClosesOn(),
                s.getDotsPerPerson(), s.getSelects(), selections.participants(s), counted, s.getCountedAt(),
                s.getCallSlug(), problems);
    }
}
