package org.apertura.actionplan;

import java.util.List;
import java.util.Optional;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.web.LinkedRecords;
import org.springframework.core.annotation.Order;

/**
 * The demo's DGO-01 milestone "Publicar las compras de 2025 en el estándar OCDS" points at the state's published
 * contracting processes: once the contracting demo has published them (this seed needs that one), the
 * state executive's liaison submits its three latest processes as evidence, awaiting the secretariat's review,
 * so the commitment's page shows each process as it is now (the milestone's progress is the secretariat's to
 * decide, as in any exercise).
 */
@DemoSeed.Seed(name = "process-evidence", needs = {"actionplan", "contracting"}, after = "budget")
class ProcessEvidenceDemo implements DemoSeed {

    static final String MILESTONE = "Publicar las compras de 2025 en el estándar OCDS";
    private static final String STATE = "poder-ejecutivo-durango";
    private static final String EXERCISE = "durango-2025-2026";

    private final ActionPlanService plans;
    private final EvidenceService evidence;
    private final AccountService accounts;
    private final ActingAs actingAs;

    ProcessEvidenceDemo(ActionPlanService plans, EvidenceService evidence, AccountService accounts, ActingAs actingAs) {
        this.plans = plans;
        this.evidence = evidence;
        this.accounts = accounts;
        this.actingAs = actingAs;
    }

    @Override
    public void seed() {
        SystemActor.run(this::link);
    }

    private void link() {
        Optional<Milestone> milestone = milestone();
        if (milestone.isEmpty()) {
            return;
        }
        Commitment commitment = plans.commitment(milestone.get().getCommitmentId());
        List<Evidence> already = evidence.byMilestone(commitment).getOrDefault(milestone.get().getId(), List.of());
        List<LinkedRecords.LinkedRecord> processes = evidence.processesOf(STATE, 3);
        if (already.stream().anyMatch(e -> e.getKind() == Evidence.Kind.PROCESS) || processes.isEmpty()) {
            return;
        }
        var liaison = accounts.byEmail("enlace.finanzas@demo.apertura.local").orElseGet(() -> {
            var account = accounts.signUpWithoutPassword("enlace.finanzas@demo.apertura.local",
                    "Enlace de Compras de la Secretaría de Finanzas (ficticio)");
            accounts.grant(account.getId(), Role.LIAISON, STATE, null);
            return account;
        });
        actingAs.run(liaison.getId(), () -> processes.forEach(process ->
                evidence.submitProcess(milestone.get().getId(), null, process.id())));
    }

    private Optional<Milestone> milestone() {
        try {
            return plans.plans(plans.exercise(EXERCISE)).stream()
                    .flatMap(plan -> plans.commitments(plan).stream())
                    .filter(c -> "DGO-01".equals(c.getCode()))
                    .flatMap(c -> plans.milestones(c).stream())
                    .filter(m -> MILESTONE.equals(m.getTitle()))
                    .findFirst();
        } catch (org.apertura.platform.NotFoundException e) {
            return Optional.empty();
        }
    }
}
