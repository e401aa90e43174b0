package org.apertura.secretariat;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.HomeSection;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the home page: the public sessions of the collegiate bodies that are coming, where and when. */
@Component
class SessionsComing implements HomeSection {

    private static final int SHOWN = 3;

    private final SecretariatService bodies;
    private final MessageSource messages;
    private final Today today;

    SessionsComing(SecretariatService bodies, MessageSource messages, Today today) {
        this.bodies = bodies;
        this.messages = messages;
        this.today = today;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> now() {
        java.time.Instant now = today.now();
        record Coming(CollegiateBody body, BodySession session) {
        }
        List<BodySession> next = bodies.sessionsStartingAfter(now, SHOWN);
        Map<Long, CollegiateBody> byId = bodies.bodiesById(next.stream().map(BodySession::getBodyId).toList());
        List<Summary.Entry> coming = next.stream().map(s -> new Coming(byId.get(s.getBodyId()), s))
                .map(c -> new Summary.Entry(messages.getMessage("home.now.session", new Object[] {c.session().getNumber(),
                                c.body().getName()}, LocaleContextHolder.getLocale()),
                        "/organos/" + c.body().getSlug() + "/sesiones/" + c.session().getNumber(),
                        today.dateTime(c.session().getStartsAt())
                                + (c.session().getPlace() == null ? "" : " · " + c.session().getPlace())))
                .toList();
        return coming.isEmpty() ? Optional.empty()
                : Optional.of(new Summary("home.now.sessions", List.of(), coming, "/organos", "home.now.sessions.more"));
    }
}
