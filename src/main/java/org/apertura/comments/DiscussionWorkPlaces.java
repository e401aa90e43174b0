package org.apertura.comments;

import java.util.List;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.springframework.stereotype.Component;

/** The moderation queue, for whoever moderates the comments of some subject (a call's proposals, a commitment). */
@Component
class DiscussionWorkPlaces implements WorkPlaces {

    private final DiscussionService discussions;

    DiscussionWorkPlaces(DiscussionService discussions) {
        this.discussions = discussions;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        return discussions.moderatesSome(actor) ? List.of(WorkPlace.general("discussion.moderation.work", "/moderacion"))
                : List.of();
    }
}
