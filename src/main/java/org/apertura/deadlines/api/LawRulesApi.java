package org.apertura.deadlines.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apertura.deadlines.CalendarService;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.RuleSet;
import org.apertura.deadlines.RuleSetAdoption;
import org.apertura.deadlines.RuleSetAdoptionDraft;
import org.apertura.deadlines.Term;
import org.apertura.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The law rule sets (every term in business days with its article) and which jurisdiction adopted which. */
@RestController
@RequestMapping("/api/v1/law-rules")
@Tag(name = "api.tag.law-rules", description = "api.tag.law-rules.description")
class LawRulesApi {

    private final LawRules rules;
    private final CalendarService service;

    LawRulesApi(LawRules rules, CalendarService service) {
        this.rules = rules;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "api.op.jurisdiction.rule-sets")
    List<RuleSetView> all() {
        return rules.all().stream().map(RuleSetView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "api.op.jurisdiction.rule-set")
    RuleSetView one(@PathVariable String code) {
        return rules.byCode(code).map(RuleSetView::of).orElseThrow(() -> new NotFoundException("rule set " + code));
    }

    @GetMapping("/adoptions")
    @Operation(summary = "api.op.jurisdiction.rule-set-adoptions",
            description = "api.op.jurisdiction.rule-set-adoptions.description")
    List<RuleSetAdoption> adoptions() {
        return service.adoptions();
    }

    @PostMapping("/adoptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.jurisdiction.rule-set-adopt", security = @SecurityRequirement(name = "bearer"))
    RuleSetAdoption adopt(@RequestBody RuleSetAdoptionDraft draft) {
        return service.adopt(draft);
    }

    record TermView(Term term, int businessDays, String article) {
    }

    record RuleSetView(String code, String law, String name, LocalDate effectiveFrom, List<TermView> terms) {

        static RuleSetView of(RuleSet s) {
            return new RuleSetView(s.code(), s.law(), s.name(), s.effectiveFrom(), Arrays.stream(Term.values())
                    .filter(s::sets).map(t -> new TermView(t, s.term(t).businessDays(), s.term(t).article())).toList());
        }
    }
}
