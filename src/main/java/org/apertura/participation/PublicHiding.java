package org.apertura.participation;

import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * What a comment and a debate share when moderators hide them (ADR 0027, 0047): a public reason of up to
 * {@link #MAX_REASON} characters; only a shown thing is hidden, only a hidden one restored. Each keeps its own
 * words for "already hidden" and "not hidden".
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
        return Texts.isBlank(reason) || reason.strip().length() > MAX_REASON
                ? Optional.of(new FieldProblem("reason", "participation.validation.reason", MAX_REASON))
                : Optional.empty();
    }

    /** The problem with restoring it, or empty: only a hidden one is restored. */
    static Optional<FieldProblem> restoringProblem(boolean hidden, String notHiddenKey) {
        return hidden ? Optional.empty() : Optional.of(new FieldProblem("reason", notHiddenKey));
    }
}
