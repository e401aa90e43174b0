package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.deadlines.Deadlines;
import org.apertura.platform.security.Actor;
import org.apertura.platform.time.Today;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a guarantor's work queue ({@link AppealQueue}) in one transaction and a bounded number of statements,
 * whatever the number of appeals: the open appeals with their causes in one, their requests' rule sets in one, and
 * one calendar per authority (docs/adr/0069).
 */
@Component
public class AppealQueueQuery {

    private final AppealRepository appeals;
    private final AppealDeadlines deadlines;
    private final AppealPolicy policy;
    private final Today today;

    AppealQueueQuery(AppealRepository appeals, AppealDeadlines deadlines, AppealPolicy policy, Today today) {
        this.appeals = appeals;
        this.deadlines = deadlines;
        this.policy = policy;
        this.today = today;
    }

    /** The queue of the guarantors the current person works for; refused to anyone else. */
    @Transactional
    public AppealQueue mine() {
        Set<String> mine = policy.guarantorsServed(Actor.current());
        if (mine.isEmpty()) {
            throw new AccessDeniedException("guarantor staff only");
        }
        return of(mine);
    }

    /** The queue of one guarantor (its institution's slug). */
    @Transactional
    public AppealQueue before(String guarantorSlug) {
        return of(Set.of(guarantorSlug));
    }

    private AppealQueue of(Collection<String> guarantors) {
        LocalDate day = today.date();
        List<Appeal> open = appeals.findWithCausesByGuarantorSlugInAndStageIn(guarantors, AppealService.OPEN);
        Map<Long, Deadlines> terms = deadlines.ofAll(open);
        return new AppealQueue(open.stream().sorted(Appeal.byUrgency())
                .map(a -> new AppealQueue.Item(a, a.daysLeft(day, terms.get(a.getId())))).toList(), day);
    }
}
