package org.apertura.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's problem selection (ADR 0055): after the Durango budget's results, the secretariat asks the same colonias
 * which problems the next call should tackle; the budget's verified neighbours spread five dots each over six problems
 * (one changes their dots), the list closes, its result goes to the public history, and it feeds the co-creation
 * call for proposals of the demo, whose page then shows the three selected problems. Loaded last, so that no other
 * seed's history shifts.
 */
@DemoSeed.Seed(name = "participation-problems", needs = {"participation", "cocreation"}, after = "opendata")
class ProblemSelectionDemo implements DemoSeed {

    private static final String CALL = "durango-2025-propuestas";
    private static final LocalDate OPENS = LocalDate.of(2026, 6, 22);
    private static final LocalDate CLOSES = LocalDate.of(2026, 7, 3);

    private final ParticipationService service;
    private final ProblemSelectionService selections;
    private final AccountService accounts;
    private final ActingAs actingAs;
    private final Today today;
    private final TransactionTemplate transactions;

    ProblemSelectionDemo(ParticipationService service, ProblemSelectionService selections, AccountService accounts,
            ActingAs actingAs, Today today, PlatformTransactionManager transactionManager) {
        this.service = service;
        this.selections = selections;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.today = today;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void seed() {
        if (service.processes().stream().noneMatch(p -> p.getSlug().equals(ParticipationDemo.PROCESS))) {
            return;
        }
        BudgetProcess process = service.process(ParticipationDemo.PROCESS);
        if (selections.of(process).isEmpty()) {
            SystemActor.run(() -> transactions.executeWithoutResult(status -> load()));
        }
    }

    private void load() {
        int number = today.on(OPENS, () -> selections.setUp(ParticipationDemo.PROCESS, new ProblemSelection.Terms(
                "¿Qué problemas de las colonias atendemos primero?",
                "Antes de la próxima convocatoria de propuestas, las vecinas y los vecinos registrados en el presupuesto "
                        + "participativo eligen los problemas que más les importan. Los tres más votados se llevan a la "
                        + "convocatoria para que las propuestas los atiendan.",
                OPENS, CLOSES, 5, 3, List.of("Calles sin alumbrado de noche", "Parques sin sombra ni agua",
                        "Baches y banquetas rotas", "Basura en lotes baldíos", "Pocas rutas de transporte al sur",
                        "Falta de espacios para jóvenes")))).getNumber();
        // Each neighbour's five dots, by problem number (the demo budget's twelve verified neighbours).
        List<Map<Integer, Integer>> dots = List.of(Map.of(1, 3, 3, 2), Map.of(2, 5), Map.of(1, 2, 5, 3),
                Map.of(3, 4, 4, 1), Map.of(2, 3, 6, 2), Map.of(1, 1, 2, 1, 3, 1, 5, 2), Map.of(6, 5),
                Map.of(1, 4, 4, 1), Map.of(3, 3, 5, 2), Map.of(2, 2, 4, 3), Map.of(1, 2, 2, 2, 6, 1),
                Map.of(5, 4, 3, 1));
        for (int v = 0; v < dots.size(); v++) {
            Long voter = accounts.byEmail("presupuesto." + v + "@demo.apertura.local").orElseThrow().getId();
            Map<Integer, Integer> placed = dots.get(v);
            actingAs.run(voter, () -> today.on(OPENS.plusDays(placed.size()), () -> selections.place(
                    ParticipationDemo.PROCESS, number, placed)));
        }
        // One neighbour changes their mind before the close.
        Long changing = accounts.byEmail("presupuesto.6@demo.apertura.local").orElseThrow().getId();
        actingAs.run(changing, () -> today.on(CLOSES, () -> selections.place(ParticipationDemo.PROCESS, number,
                Map.of(6, 3, 5, 2))));
        today.on(CLOSES.plusDays(1), () -> {
            selections.record(ParticipationDemo.PROCESS, number);
            selections.feed(ParticipationDemo.PROCESS, number, CALL);
        });
    }
}
