package org.apertura.comments;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * Who may do what with comments: the subject's owning module says whether it takes comments now and who moderates
 * it (ADR 0067); a person never votes on or flags their own comment, and a hidden comment takes no votes or flags.
 */
@Component
public class DiscussionPolicy {

    /** What the person may do on the subject as a whole ({@code me} is null for a visitor). */
    public Allowed<DiscussionAction> on(CommentSubject subject, Long me) {
        Set<DiscussionAction> may = EnumSet.noneOf(DiscussionAction.class);
        if (me != null && subject.isOpen()) {
            may.add(DiscussionAction.COMMENT);
        }
        return Allowed.of(DiscussionAction.class, may);
    }

    /** What the person may do with one comment of the subject. */
    public Allowed<DiscussionAction> on(CommentSubject subject, DiscussionComment comment, Long me) {
        Set<DiscussionAction> may = EnumSet.noneOf(DiscussionAction.class);
        boolean other = me != null && !comment.isBy(me);
        if (other && !comment.isHidden()) {
            may.add(DiscussionAction.FLAG);
            if (subject.isOpen()) {
                may.add(DiscussionAction.VOTE);
            }
        }
        if (me != null && subject.isOpen() && !comment.isHidden()) {
            may.add(DiscussionAction.COMMENT);
        }
        if (subject.moderates()) {
            may.add(comment.isHidden() ? DiscussionAction.RESTORE : DiscussionAction.HIDE);
        }
        return Allowed.of(DiscussionAction.class, may);
    }
}
