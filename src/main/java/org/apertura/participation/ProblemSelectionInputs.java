package org.apertura.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.items.CallInputs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation's counted problem selections as what feeds a call for proposals (ADR 0055, ADR 0061): those who draft
 * a call choose one of the processes of the same exercise they run, counted and feeding no call yet; it is linked
 * ({@code pps.linked}) when the call is published, by the same rules as linking from the call's page. Key:
 * {@code process-slug/number}.
 */
@Component
@Transactional(readOnly = true)
class ProblemSelectionInputs implements CallInputs {

    private final ParticipationService service;
    private final ProblemSelectionService selections;

    ProblemSelectionInputs(ParticipationService service, ProblemSelectionService selections) {
        this.service = service;
        this.selections = selections;
    }

    @Override
    public List<Choice> choices(Long exerciseId) {
        List<Choice> choices = new ArrayList<>();
        for (BudgetProcess process : service.processes()) {
            if (process.getExerciseId().equals(exerciseId)
                    && service.entitledOn(process).may(BudgetAction.CONFIGURE)) {
                selections.of(process).stream().filter(s -> s.getCountedAt() != null && s.getCallSlug() == null)
                        .forEach(s -> choices.add(choice(process, s)));
            }
        }
        return choices;
    }

    @Override
    public Optional<Choice> choice(String key) {
        int slash = key == null ? -1 : key.lastIndexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(key.substring(slash + 1));
            return service.processes().stream().filter(p -> p.getSlug().equals(key.substring(0, slash))).findFirst()
                    .flatMap(p -> selections.of(p).stream().filter(s -> s.getNumber() == number).findFirst()
                            .map(s -> choice(p, s)));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional
    public void feed(String key, String callSlug) {
        int slash = key.lastIndexOf('/');
        selections.feed(key.substring(0, slash), Integer.parseInt(key.substring(slash + 1)), callSlug);
    }

    private static Choice choice(BudgetProcess process, ProblemSelection selection) {
        return new Choice(process.getSlug() + "/" + selection.getNumber(), selection.getTitle(),
                "/presupuestos-participativos/" + process.getSlug() + "/problemas/" + selection.getNumber());
    }
}
