package org.apertura.participation;

import org.apertura.platform.Claims;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A debate's close is an event (issue 21): the day after its last day a daily job marks it closed, writes that to the
 * ledger ({@code pd.closed}: the process, the debate's number and its last day, nobody's data) and so tells the
 * debate's followers through the community module's notices, each by the delivery they chose (in the app, by e-mail
 * through the outbox, in a digest, or not at all). The job runs on one node at a time (ClusterLocks wraps every
 * scheduled job in ShedLock) and, besides, claims each debate by setting its {@code closed_at} only where it is still
 * empty, in the same transaction as the ledger entry and the notices: two runs or two nodes at once never close a
 * debate, nor tell its followers, twice.
 */
@Component
public class DebateClosings {

    private static final Logger log = LoggerFactory.getLogger(DebateClosings.class);

    private final DebateRepository debates;
    private final BudgetProcessRepository processes;
    private final LedgerService ledger;
    private final Today today;
    private final TransactionTemplate transactions;

    DebateClosings(DebateRepository debates, BudgetProcessRepository processes, LedgerService ledger, Today today,
            TransactionTemplate transactions) {
        this.debates = debates;
        this.processes = processes;
        this.ledger = ledger;
        this.today = today;
        this.transactions = transactions;
    }

    /** Shortly after midnight in the project's zone, the morning after a debate's last day. */
    @Scheduled(cron = "${apertura.debates.close-cron:0 10 0 * * *}", zone = Today.ZONE_ID)
    void daily() {
        int closed = closePassed();
        if (closed > 0) {
            log.info("Closed {} debates whose last day had passed", closed);
        }
    }

    /**
     * Closes every debate whose last day is before today and that is not closed yet, each in its own transaction.
     * Returns how many this run closed (those another run or node claimed first are not counted).
     */
    public int closePassed() {
        return Claims.each(transactions, debates.idsToClose(today.date()), this::close);
    }

    private boolean close(Long id) {
        if (debates.claimClose(id, Timestamp.from(today.now())) == 0) {
            return false; // closed by another run or node
        }
        Debate debate = debates.findById(id).orElseThrow();
        BudgetProcess process = processes.findById(debate.getProcessId()).orElseThrow();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("debate", debate.getNumber());
        record.put("closesOn", debate.getClosesOn().toString());
        // the community module tells the debate's followers of this entry, in this transaction (ParticipationItems
        // names the debate as concerned by a process's entry that carries its number)
        ledger.append(ParticipationService.MODULE, "pd.closed", ParticipationItems.PROCESS, process.getId(), record);
        return true;
    }
}
