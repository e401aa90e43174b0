package org.apertura.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's shared rate limits ({@link SharedRateLimits}, counted in the database across every node) for what a
 * signed-in person does (issue 21): opening debates, posting comments on subjects that limit them per minute. A hit is counted outside the caller's transaction, as the platform's filter
 * counts it: a refused attempt still counts, and a duplicate first hit cannot spoil the caller's transaction.
 */
@Component
public class PersonRateLimits {

    private final SharedRateLimits limits;
    private final TransactionTemplate outside;

    PersonRateLimits(SharedRateLimits limits, PlatformTransactionManager transactions) {
        this.limits = limits;
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Counts one hit of the person in the limit; true while they are within {@code perMinute} this minute. */
    public boolean tryHit(String limit, Long accountId, int perMinute) {
        return Boolean.TRUE.equals(outside.execute(status -> limits.tryHit(limit + "|" + accountId, perMinute)));
    }
}
