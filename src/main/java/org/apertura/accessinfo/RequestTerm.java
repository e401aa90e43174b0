package org.apertura.accessinfo;

import java.util.Arrays;
import org.apertura.deadlines.Term;
import org.apertura.platform.web.Labels;

/**
 * The terms a request's steps start ({@link RequestEvent#getTerm()}). Each is stored under its key, as it was when the
 * names were strings: in the step table's {@code term} column and in the ledger payload's {@code term} (hash-chained,
 * so never rewritten). Each is counted by the law's {@link Term} of the same name, whose days and article the
 * institution's rule set gives; it is worded as that term is ({@code lawrules.term.*}).
 */
@Labels("lawrules.term")
public enum RequestTerm {
    /** Answering the request (LGTAIP 2025 art. 134 ¶1). */
    ANSWER("answer", Term.ANSWER),
    /** The answer's term with its one extension by the transparency committee (art. 134 ¶2). */
    EXTENSION("extension", Term.EXTENSION),
    /** The requester clarifies or completes the request the unit asked about (art. 130). */
    CLARIFICATION_REPLY("clarificationReply", Term.CLARIFICATION_REPLY),
    /** The requester pays the costs of reproduction or delivery (art. 137). */
    PAYMENT("payment", Term.PAYMENT),
    /** The information stays available after the payment (art. 137). */
    AVAILABILITY("availability", Term.AVAILABILITY);

    private final String key;
    private final Term law;

    RequestTerm(String key, Term law) {
        this.key = key;
        this.law = law;
    }

    /** The stored name: the {@code term} column's value and the ledger payload's. */
    public String getKey() {
        return key;
    }

    /** The law's term that counts it, and whose article the rule set cites. */
    public Term law() {
        return law;
    }

    /** The term stored under {@code key}; null for none. */
    static RequestTerm of(String key) {
        if (key == null) {
            return null;
        }
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("not a request term: " + key));
    }
}
