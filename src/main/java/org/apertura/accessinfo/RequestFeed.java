package org.apertura.accessinfo;

import org.apertura.platform.time.Today;
import org.apertura.platform.web.AtomFeed;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Atom feed of an institution's requests: the {@value #SIZE} newest public steps of its requests, from the steps
 * themselves (one query), each titled with its folio and what happened, with its basis and the term it started, and
 * linking to the request. In Spanish, as every feed.
 */
@Component
public class RequestFeed {

    static final int SIZE = 100;

    private final AccessRequestService service;
    private final AtomFeed atom;
    private final MessageSource messages;

    RequestFeed(AccessRequestService service, AtomFeed atom, MessageSource messages) {
        this.service = service;
        this.atom = atom;
        this.messages = messages;
    }

    public ResponseEntity<byte[]> of(String slug) {
        String name = service.institutions().stream().filter(i -> i.getSlug().equals(slug)).findFirst()
                .map(i -> i.getName()).orElse(slug);
        return atom.of(messages.getMessage("accessinfo.feed.title", new Object[] {name}, Today.LOCALE),
                "/solicitudes/institucion/" + slug, service.newestSteps(slug, SIZE).stream().map(fs -> {
                    RequestEvent e = fs.step();
                    String key = e.getType().getKey();
                    String title = fs.folio() + ": " + messages.getMessage("accessinfo.step." + key, null, key, Today.LOCALE);
                    String content = (e.getBasis() == null ? "" : e.getBasis())
                            + (e.getDueDate() == null ? "" : " · " + e.getDueDate() + " (" + e.getCalendarVersion() + ")");
                    return new AtomFeed.Entry("/solicitudes/" + fs.folio() + "#paso-" + e.getId(), title, e.getAt(),
                            "/solicitudes/" + fs.folio(), content);
                }).toList());
    }
}
