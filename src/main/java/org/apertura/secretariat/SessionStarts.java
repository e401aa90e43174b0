package org.apertura.secretariat;

import java.time.Instant;
import org.apertura.platform.web.TimedPageChanges;
import org.springframework.stereotype.Component;

/** A session leaves the home page's «Sesiones próximas» when it starts (SessionsComing): readers' pages change then. */
@Component
class SessionStarts implements TimedPageChanges {

    private final SessionRepository sessions;

    SessionStarts(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public Around around(Instant now) {
        return new Around(sessions.findFirstByStartsAtLessThanEqualOrderByStartsAtDesc(now).map(BodySession::getStartsAt)
                .orElse(null), sessions.findFirstByStartsAtGreaterThanOrderByStartsAtAsc(now)
                        .map(BodySession::getStartsAt).orElse(null));
    }
}
