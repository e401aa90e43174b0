package org.apertura.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/**
 * The comments section of every public item whose module takes comments on it (ADR 0067): the threads, two levels
 * deep, with their votes, official replies marked, and the forms the person signed in may use.
 */
@Component
class DiscussionPanels implements ItemPanel.Source {

    static final int ORDER = 60;

    private final DiscussionService discussions;

    DiscussionPanels(DiscussionService discussions) {
        this.discussions = discussions;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        return discussions.find(item.kind(), item.id()).map(s -> List.of(panel(s))).orElse(List.of());
    }

    /** The section's data for a subject. */
    ItemPanel panel(CommentSubject subject) {
        List<DiscussionService.Thread> threads = discussions.threads(subject);
        List<DiscussionComment> all = new ArrayList<>();
        threads.forEach(t -> {
            all.add(t.comment());
            t.replies().forEach(r -> all.add(r.comment()));
        });
        Map<Long, Allowed<DiscussionAction>> allowed = new HashMap<>();
        all.forEach(c -> allowed.put(c.getId(), discussions.allowedOn(subject, c)));
        Map<String, Object> data = new HashMap<>();
        data.put("subject", subject);
        data.put("threads", threads);
        data.put("count", all.stream().filter(c -> !c.isHidden()).count());
        data.put("names", discussions.names(all));
        data.put("profiles", discussions.profilePaths(all));
        data.put("scores", discussions.scores(subject));
        data.put("myVotes", discussions.myVotes(subject));
        data.put("flags", subject.moderates() ? discussions.flagCounts(subject) : Map.of());
        data.put("allowed", discussions.allowedOn(subject));
        data.put("allowedOn", allowed);
        data.put("none", DiscussionService.Score.NONE);
        data.put("max", DiscussionComment.MAX_LENGTH);
        data.put("reasonMax", DiscussionComment.MAX_REASON);
        // proposals always published who hid a comment (their ledger entries name the moderator): so does the page
        data.put("namesModerators", subject.ledger() != null && subject.ledger().detailed());
        data.put("flagReasonMax", DiscussionService.MAX_FLAG_REASON);
        data.put("stances", CommentSubject.STANCES);
        return new ItemPanel(ORDER, "comments/panel", "panel", data);
    }
}
