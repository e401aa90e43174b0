package org.apertura.accessinfo;

import org.apertura.platform.web.Labels;

/**
 * Where a request stands in its procedure (kept apart from its {@link Outcome}, as froide does). Overdue is
 * not a stage: an open request whose due date has passed is overdue.
 */
@Labels("accessinfo.stage")
public enum Stage {
    /** Received; the answer term runs (art. 134). */
    RECEIVED,
    /** The unit asked for more detail once (art. 130): the answer clock is stopped. */
    CLARIFICATION_REQUESTED,
    /** Turned to the competent areas (art. 133); the term runs. */
    IN_PROCESS,
    /** The committee extended the term by up to ten days (art. 134 ¶2). */
    EXTENDED,
    /** Answered, with an outcome. */
    ANSWERED,
    /** The requester did not reply to the clarification in time: not filed (art. 130 ¶3). */
    NOT_FILED;

    public boolean isOpen() {
        return this == RECEIVED || this == IN_PROCESS || this == EXTENDED;
    }

    /**
     * Whether the request is under way: being answered, its term running or stopped for a clarification. The one
     * rule for "open" in public figures and for what the request holds elsewhere ({@link AccessProceedings}).
     */
    public boolean isUnderWay() {
        return isOpen() || this == CLARIFICATION_REQUESTED;
    }
}
