package org.apertura.secretariat;

import org.apertura.platform.security.Actor;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItemSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The minutes of a session as a public item ({@code minutes}, identified by the session's id). */
@Component
@Transactional(readOnly = true)
class SecretariatItems implements PublicItemSource {

    static final String MINUTES = "minutes";

    private final SessionRepository sessions;
    private final BodyRepository bodies;
    private final BodyPolicy policy;

    SecretariatItems(SessionRepository sessions, BodyRepository bodies, BodyPolicy policy) {
        this.policy = policy;
        this.sessions = sessions;
        this.bodies = bodies;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(MINUTES);
    }

    @Override
    public Optional<PublicItem> find(String kind, String id) {
        if (!MINUTES.equals(kind)) {
            return Optional.empty();
        }
        try {
            return sessions.findById(Long.valueOf(id)).flatMap(s -> bodies.findById(s.getBodyId()).map(b ->
                    new PublicItem(kind, id, b.getName() + " · " + s.getNumber() + " · " + s.getDate(),
                            "/organos/" + b.getSlug() + "/sesiones/" + s.getNumber() + "/acta", null)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The body's coordinator answers for its minutes. */
    @Override
    public boolean mayRespond(PublicItem item) {
        return sessions.findById(Long.valueOf(item.id())).flatMap(s -> bodies.findById(s.getBodyId()))
                .map(b -> policy.entitled(Actor.current(), b.getSlug()).may(BodyAction.ANSWER_FEEDBACK)).orElse(false);
    }

    @Override
    public Optional<String> secretariatOf(PublicItem item) {
        return sessions.findById(Long.valueOf(item.id())).flatMap(s -> bodies.findById(s.getBodyId()))
                .map(CollegiateBody::getSlug);
    }
}
