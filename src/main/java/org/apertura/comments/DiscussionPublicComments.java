package org.apertura.comments;

import java.util.List;
import java.util.Map;
import org.apertura.platform.comments.CommentPosts;
import org.apertura.platform.comments.PublicComments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine through the platform's ports (ADR 0067, "Done"): a subject's comments as published, for its owning
 * module's open data, and posting, voting, flagging and hiding for a module's demo seed.
 */
@Component
@Transactional(readOnly = true)
class DiscussionPublicComments implements PublicComments, CommentPosts {

    private final DiscussionService discussions;

    DiscussionPublicComments(DiscussionService discussions) {
        this.discussions = discussions;
    }

    @Override
    public List<Shown> of(String kind, String id) {
        return discussions.find(kind, id).map(subject -> {
            List<DiscussionComment> all = discussions.posted(subject);
            Map<Long, String> names = discussions.names(all);
            Map<Long, DiscussionService.Score> scores = discussions.scores(subject);
            return all.stream().map(c -> {
                DiscussionService.Score score = scores.getOrDefault(c.getId(), DiscussionService.Score.NONE);
                return new Shown(c.getId(), c.getLegacyId(), c.getParentId(), DiscussionService.shownName(c, names),
                        c.isOfficial(), c.publicBody().orElse(null), c.getPostedAt(), c.getHiddenAt(),
                        c.getHiddenBy(), c.getHiddenReason(), score.up(), score.down(), c.getStance());
            }).toList();
        }).orElse(List.of());
    }

    @Override
    @Transactional
    public long post(String kind, String id, Long replyTo, String body) {
        return discussions.post(kind, id, replyTo, body).getId();
    }

    @Override
    @Transactional
    public long post(String kind, String id, Long replyTo, String stance, String body) {
        return discussions.post(kind, id, replyTo, stance, body).getId();
    }

    @Override
    @Transactional
    public void vote(long comment, int vote) {
        discussions.vote(comment, vote);
    }

    @Override
    @Transactional
    public void hide(long comment, String reason) {
        discussions.hide(comment, reason);
    }

    @Override
    @Transactional
    public void flag(long comment, String reason) {
        discussions.flag(comment, reason);
    }
}
