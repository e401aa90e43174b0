package org.apertura.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a migration that marked stored search terms as stale ({@link #MARK}) because {@link SpanishSearch}
 * changed (V202612157920, ADR 0034): each marked row gets its terms again from its own texts, a few hundred per
 * transaction. After the first start nothing is marked, and a database created after the migration has nothing
 * to do.
 */
@Component
public class StaleSearchTerms {

    /** What the migration writes in place of the terms; never a term, which is only {@code [a-z0-9 ]}. */
    public static final String MARK = "#";

    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager entityManager;

    private final TransactionTemplate transactions;

    StaleSearchTerms(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    /** Recomputes the terms of every marked row of an entity whose field {@code searchTerms} holds them. */
    public <T> int refresh(Class<T> entity, Consumer<T> recompute) {
        int done = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<T> stale = entityManager.createQuery("SELECT e FROM " + entity.getSimpleName()
                        + " e WHERE e.searchTerms = :mark", entity).setParameter("mark", MARK).setMaxResults(BATCH)
                        .getResultList();
                stale.forEach(recompute);
                entityManager.flush();
                entityManager.clear();
                return stale.size();
            });
            done += batch;
            if (batch < BATCH) {
                return done;
            }
        }
    }
}
