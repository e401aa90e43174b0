package org.apertura.platform.comments;

import java.util.Map;

/**
 * Where and how the engine writes a subject's comment changes to the ledger when its owning module keeps the entry
 * types its history always had (ADR 0072): proposals keep {@code comment.written}, {@code comment.hidden} and
 * {@code comment.restored} under the proposal, so the public history reads the same after the move to the engine.
 *
 * @param module      the ledger module of the entries
 * @param subjectKind the ledger subject kind
 * @param subjectId   the ledger subject id
 * @param posted      the type of a comment or reply posted
 * @param hidden      the type of a comment hidden with a reason
 * @param restored    the type of a comment shown again
 * @param context     keys every entry carries before the comment's own (e.g. the process and project numbers)
 * @param detailed    whether a posted entry also carries the author's public name and the text's SHA-256, and a
 *                    moderation entry the moderator's name, as proposals' entries always did
 */
public record CommentLedger(String module, String subjectKind, String subjectId, String posted, String hidden,
        String restored, Map<String, Object> context, boolean detailed) {

    /** The ledger type this subject uses for a change: {@code posted}, {@code hidden} or {@code restored}. */
    public String type(String change) {
        return switch (change) {
            case "posted" -> posted;
            case "hidden" -> hidden;
            case "restored" -> restored;
            default -> throw new IllegalArgumentException(change);
        };
    }

    /** Which change a ledger type of this subject stands for, or null when it is none of its comment types. */
    public String change(String type) {
        return posted.equals(type) ? "posted" : hidden.equals(type) ? "hidden" : restored.equals(type) ? "restored"
                : null;
    }
}
