package org.apertura.platform.comments;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.security.Actor;

/** Implemented by a module that owns something people comment on; the comments module asks it (ADR 0067). */
public interface CommentSubjects {

    /** The kinds of subjects this module describes. */
    Set<String> kinds();

    /** The subject, if it exists, is public and takes comments, as seen by the person signed in now. */
    Optional<CommentSubject> find(String kind, String id);

    /** Whether this person moderates the comments of some subject of this module (the moderation queue is theirs). */
    default boolean moderatesSome(Actor actor) {
        return false;
    }

    /**
     * The subject whose comment an entry of this module's kept ledger types ({@link CommentLedger}) names, when the
     * entry is written under something else than the subject (a budget's comments are written under the process,
     * with the project's or debate's number in the entry); empty when this module has no such entries.
     */
    default Optional<CommentSubject> ofEntry(String subjectKind, String subjectId, Map<String, Object> record) {
        return Optional.empty();
    }
}
