package org.apertura.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.contracting.ProcessesByBudget;
import org.apertura.contracting.ProcessesByBudget.ChargedProcess;
import org.apertura.jurisdiction.Institution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Sigue el dinero" (Follow the Money's treasure hunt, made permanent): for a commitment of an action plan, the trail
 * from its budget programme (approved, modified, paid) to the contracting processes charged to it, their suppliers
 * and their payments, with the gaps named: no programme cited, a programme in no published budget, contracts paid but
 * charged to no programme, and a programme that paid more (in the chapters bought through contracts) than its
 * contracts account for, or less.
 */
@Service
@Transactional(readOnly = true)
public class MoneyTrail {

    /** Chapters whose spending goes through contracts: materials, services, goods, public works (COG 2000, 3000, 5000, 6000). */
    static final Set<String> CONTRACTED_CHAPTERS = Set.of("2000", "3000", "5000", "6000");

    /** A gap in the trail: what is missing, as a message key with its arguments. */
    public record Gap(String messageKey, Object... args) {
    }

    /** The trail of one commitment. */
    public record Trail(Commitment commitment, Institution institution, String programmeKey, Programme programme,
            Budget budget, Moments moments, BigDecimal contractedChaptersPaid, List<BudgetExplorer.PeriodTotals> quarters,
            List<ChargedProcess> processes, BigDecimal processesPaid, List<ChargedProcess> unprogrammed,
            List<Gap> gaps) {

        public boolean hasBudget() {
            return budget != null;
        }
    }

    private final ActionPlanService plans;
    private final BudgetExplorer explorer;
    private final ProcessesByBudget processes;

    MoneyTrail(ActionPlanService plans, BudgetExplorer explorer, ProcessesByBudget processes) {
        this.plans = plans;
        this.explorer = explorer;
        this.processes = processes;
    }

    public Trail of(Long commitmentId) {
        Commitment commitment = plans.commitment(commitmentId);
        Institution institution = plans.leadInstitution(commitment).orElse(null);
        String raw = commitment.getBudgetProgramme();
        String key = raw == null ? null : LineRules.programmeKey(raw);
        List<Gap> gaps = new ArrayList<>();
        if (institution == null || key == null) {
            gaps.add(new Gap(raw == null || raw.isBlank() ? "budget.gap.noProgramme" : "budget.gap.badProgramme", raw));
            return new Trail(commitment, institution, raw, null, null, Moments.ZERO, BigDecimal.ZERO, List.of(),
                    List.of(), BigDecimal.ZERO, List.of(), gaps);
        }
        String slug = institution.getSlug();
        Programme programme = explorer.programme(slug, key).orElse(null);
        Budget budget = null;
        BudgetSnapshot current = null;
        for (Budget candidate : explorer.budgetsOf(slug)) {
            Optional<BudgetSnapshot> snapshot = explorer.current(candidate, BudgetKind.EXPENDITURE);
            if (snapshot.isPresent() && explorer.totals(snapshot.get().getId(), Filter.of(Dimension.PROGRAMME, key))
                    .modified().signum() != 0) {
                budget = candidate;
                current = snapshot.get();
                break;
            }
        }
        Moments moments = Moments.ZERO;
        BigDecimal contractedChapters = BigDecimal.ZERO;
        List<BudgetExplorer.PeriodTotals> quarters = List.of();
        if (budget == null) {
            gaps.add(new Gap("budget.gap.noBudget", key, institution.getName()));
        } else {
            Filter filter = Filter.of(Dimension.PROGRAMME, key);
            moments = explorer.totals(current.getId(), filter);
            quarters = explorer.overTheYear(budget, filter);
            for (String chapter : CONTRACTED_CHAPTERS) {
                contractedChapters = contractedChapters.add(explorer.totals(current.getId(),
                        filter.and(Dimension.CHAPTER, chapter)).paid());
            }
        }
        List<ChargedProcess> charged = processes.chargedTo(slug, key);
        BigDecimal processesPaid = charged.stream().map(ChargedProcess::paid).filter(p -> p != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ChargedProcess> unprogrammed = processes.paidWithoutProgramme(slug);
        if (charged.isEmpty()) {
            gaps.add(new Gap("budget.gap.noProcesses", key));
        }
        for (ChargedProcess p : unprogrammed) {
            gaps.add(new Gap("budget.gap.unprogrammed", p.title() == null ? p.ocid() : p.title(),
                    Amounts.format(p.paid())));
        }
        if (budget != null) {
            int compared = contractedChapters.compareTo(processesPaid);
            if (compared > 0) {
                gaps.add(new Gap("budget.gap.paidMoreThanContracts", key,
                        Amounts.format(contractedChapters), Amounts.format(processesPaid),
                        Amounts.format(contractedChapters.subtract(processesPaid))));
            } else if (compared < 0) {
                gaps.add(new Gap("budget.gap.contractsPaidMore", key, Amounts.format(processesPaid),
                        Amounts.format(contractedChapters)));
            }
        }
        return new Trail(commitment, institution, key, programme, budget, moments, contractedChapters, quarters,
                charged, processesPaid, unprogrammed, gaps);
    }
}
