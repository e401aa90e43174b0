package org.apertura.platform.comments;

import java.time.Instant;
import java.util.List;

/**
 * A subject's comments as the public may read them, for its owning module's open data (ADR 0072); implemented by the
 * comments module. A hidden comment has no text, only who hid it, when and the public reason; no author but by the
 * public name they chose (or «Participante»), or the institution's name on an official comment.
 */
public interface PublicComments {

    /**
     * One comment as published. {@code legacyId} is its number before the move to the engine, or null; {@code stance}
     * where an argument stands ({@code FOR}, {@code AGAINST}) or null.
     */
    record Shown(long id, Long legacyId, Long replyTo, String author, boolean official, String text,
            Instant postedAt, Instant hiddenAt, String hiddenBy, String hiddenReason, long up, long down,
            String stance) {
    }

    /** The subject's comments, oldest first. */
    List<Shown> of(String kind, String id);
}
