package org.apertura.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Debates of a participatory process (ADR 0039): those who run the exercise open one on a topic with its days; people
 * argue for or against, reply and vote through {@link ProjectCommentService}, the same engine and moderation as the
 * projects' comments. Opening goes to the ledger with the whole text.
 */
@Service
@Transactional(readOnly = true)
public class DebateService {

    private final ParticipationService service;
    private final DebateRepository debates;
    private final ParticipationPolicy policy;
    private final LedgerService ledger;
    private final Today today;

    DebateService(ParticipationService service, DebateRepository debates, ParticipationPolicy policy,
            LedgerService ledger, Today today) {
        this.service = service;
        this.debates = debates;
        this.policy = policy;
        this.ledger = ledger;
        this.today = today;
    }

    public List<Debate> of(BudgetProcess process) {
        return debates.findByProcessIdOrderByNumberAsc(process.getId());
    }

    public Debate debate(BudgetProcess process, int number) {
        return debates.findByProcessIdAndNumber(process.getId(), number)
                .orElseThrow(() -> new NotFoundException("debate " + number + " of " + process.getSlug()));
    }

    /** What the current person may do in the debate today, as ParticipationPolicy says. */
    public Allowed<BudgetAction> allowedOn(BudgetProcess process, Debate debate) {
        return policy.onDebate(Actor.current(), service.secretariatOf(process), debate, today.date());
    }

    @Transactional
    public Debate open(String slug, Debate.Terms terms) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.CONFIGURE);
        List<FieldProblem> problems = new ArrayList<>(terms.check());
        OpenDays.endedBefore(terms.closesOn(), today.date()).ifPresent(problems::add);
        ParticipationService.refuse(problems);
        Debate debate = debates.save(new Debate(process, debates.maxNumber(process.getId()) + 1, terms, today.now()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("debate", debate.getNumber());
        record.put("title", debate.getTitle());
        record.put("description", debate.getDescription());
        record.put("opensOn", debate.getOpensOn().toString());
        record.put("closesOn", debate.getClosesOn().toString());
        ledger.append(ParticipationService.MODULE, "pd.opened", "pb-process", process.getId(), record);
        return debate;
    }
}
