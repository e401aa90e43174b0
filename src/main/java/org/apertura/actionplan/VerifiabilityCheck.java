package org.apertura.actionplan;

import org.apertura.platform.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.plainlanguage.PlainLanguageService;
import org.apertura.plainlanguage.Readability;

/**
 * The check a plan must pass before it can be approved (the IRM's verifiability, made exact): it lists,
 * per commitment and milestone, exactly what is missing. Plain-language scores below INFLESZ 55 are
 * warnings, not blockers.
 */
public final class VerifiabilityCheck {

    private VerifiabilityCheck() {
    }

    /** One finding: a message key and its arguments. */
    public record Finding(String key, List<Object> args) {

        public static Finding of(String key, Object... args) {
            return new Finding(key, List.of(args));
        }
    }

    /** The findings of a plan; it passes when there are no problems (warnings may remain). */
    public record Report(List<Finding> planProblems, Map<String, List<Finding>> commitmentProblems,
            Map<String, List<Finding>> warnings) {

        public boolean passes() {
            return planProblems.isEmpty() && commitmentProblems.values().stream().allMatch(List::isEmpty);
        }

        /** This report with more plan-level problems (from other modules' approval conditions). */
        public Report withPlanProblems(List<Finding> more) {
            List<Finding> all = new ArrayList<>(planProblems);
            all.addAll(more);
            return new Report(List.copyOf(all), commitmentProblems, warnings);
        }

        public int problemCount() {
            return planProblems.size() + commitmentProblems.values().stream().mapToInt(List::size).sum();
        }
    }

    public static Report of(ActionPlan plan, List<Commitment> commitments, Map<Long, List<Milestone>> milestones) {
        List<Finding> planProblems = new ArrayList<>();
        if (commitments.size() != plan.getExpectedCommitments()) {
            planProblems.add(Finding.of("check.plan.count", commitments.size(), plan.getExpectedCommitments()));
        }
        if (!plan.periodMatchesPolicy()) {
            planProblems.add(Finding.of("check.plan.period", plan.getDurationMonths()));
        }
        Map<String, List<Finding>> problems = new LinkedHashMap<>();
        Map<String, List<Finding>> warnings = new LinkedHashMap<>();
        for (Commitment c : commitments) {
            List<Finding> found = new ArrayList<>();
            if (Texts.isBlank(c.getProblem())) {
                found.add(Finding.of("check.commitment.problem"));
            }
            if (Texts.isBlank(c.getBaseline())) {
                found.add(Finding.of("check.commitment.baseline"));
            }
            if (c.getThemes().isEmpty()) {
                found.add(Finding.of("check.commitment.themes"));
            }
            if (!c.hasCoreValue()) {
                found.add(Finding.of("check.commitment.values"));
            }
            if (!plan.contains(c.getStartDate()) || !plan.contains(c.getEndDate())) {
                found.add(Finding.of("check.commitment.dates"));
            }
            List<Milestone> steps = milestones.getOrDefault(c.getId(), List.of());
            if (steps.isEmpty()) {
                found.add(Finding.of("check.commitment.milestones"));
            }
            for (Milestone m : steps) {
                if (Texts.isBlank(m.getDeliverable())) {
                    found.add(Finding.of("check.milestone.deliverable", m.getTitle()));
                }
                if (Texts.isBlank(m.getMeansOfVerification())) {
                    found.add(Finding.of("check.milestone.verification", m.getTitle()));
                }
                if (Texts.isBlank(m.getResponsible())) {
                    found.add(Finding.of("check.milestone.responsible", m.getTitle()));
                }
                if (!plan.contains(m.getStartDate()) || !plan.contains(m.getEndDate())) {
                    found.add(Finding.of("check.milestone.dates", m.getTitle()));
                }
            }
            problems.put(c.getCode(), found);
            List<Finding> cautions = new ArrayList<>();
            if (Texts.isBlank(c.getSummary())) {
                cautions.add(Finding.of("check.commitment.noSummary"));
            } else {
                Readability r = PlainLanguageService.analyseUnchecked(c.getSummary()).readability();
                if (!r.meetsCitizenLanguage()) {
                    cautions.add(Finding.of("check.commitment.summaryLanguage",
                            r.szigrisztPazos() == null ? "—" : r.szigrisztPazos().toPlainString()));
                }
            }
            warnings.put(c.getCode(), cautions);
        }
        return new Report(planProblems, problems, warnings);
    }

}
