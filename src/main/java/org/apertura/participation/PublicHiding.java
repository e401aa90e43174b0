package org.apertura.participation;

import java.util.Optional;
import org.apertura.platform.FieldProblem;

/**
 * What a debate's hiding requires (ADR 0027, 0047; comments are hidden on the comment engine since ADR 0067): a
 * public reason of up to {@link #MAX_REASON} characters; only a shown debate is hidden, only a hidden one restored.
 */
final class PublicHiding {

    /** The longest moderation reason, in characters. */
    static final int MAX_REASON = 500;

    private PublicHiding() {
    }

    /** The problem with hiding it with this reason, or empty. */
    static Optional<FieldProblem> hidingProblem(boolean hidden, String reason, String alreadyHiddenKey) {
        if (hidden) {
            return Optional.of(new FieldProblem("reason", alreadyHiddenKey));
        }
        return FieldProblem.blankOrLongerThan(reason, MAX_REASON, "reason", "participation.validation.reason");
    }

    /** The problem with restoring it, or empty: only a hidden one is restored. */
    static Optional<FieldProblem> restoringProblem(boolean hidden, String notHiddenKey) {
        return hidden ? Optional.empty() : Optional.of(new FieldProblem("reason", notHiddenKey));
    }
}
