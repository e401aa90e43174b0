package org.apertura.contracting;

import java.util.Arrays;
import java.util.List;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.AtomFeed;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Atom feed of a buyer: the {@value #SIZE} newest OCDS releases it published, from the releases themselves (one
 * query), each titled with its process and tags in words and linking to the process. In Spanish, as every feed.
 */
@Component
public class BuyerFeed {

    static final int SIZE = 100;
    private static final java.time.format.DateTimeFormatter LONG_DAY = java.time.format.DateTimeFormatter
            .ofPattern("d 'de' MMMM 'de' yyyy", Today.LOCALE);

    private final ContractingReading reading;
    private final AtomFeed atom;
    private final MessageSource messages;

    BuyerFeed(ContractingReading reading, AtomFeed atom, MessageSource messages) {
        this.reading = reading;
        this.atom = atom;
        this.messages = messages;
    }

    public ResponseEntity<byte[]> of(String slug) {
        ContractingReading.BuyerPage buyer = reading.buyer(slug);
        List<AtomFeed.Entry> entries = reading.newestReleases(slug, SIZE).stream().map(r -> new AtomFeed.Entry(
                "/contrataciones/" + r.release().getOcid() + "#entrega-" + r.release().getReleaseId(),
                (r.title() == null ? r.release().getOcid() : r.title()) + ": " + tagsIn(r.release().getTags()),
                r.release().getReceivedAt(), "/contrataciones/" + r.release().getOcid(),
                messages.getMessage("contracting.feed.entry", new Object[] {r.release().getReleaseId(),
                        day(r.release())}, Today.LOCALE))).toList();
        return atom.of(messages.getMessage("contracting.feed.title", new Object[] {buyer.institution().getName()},
                Today.LOCALE), "/contrataciones/compradores/" + slug, entries);
    }

    /** The release's day written out, "30 de julio de 2026" (its date as published if it has no instant). */
    private static String day(StoredRelease release) {
        return release.getReleaseDate() == null ? release.getDateText()
                : LONG_DAY.format(release.getReleaseDate().atZone(org.apertura.platform.time.Today.ZONE));
    }

    private String tagsIn(String tags) {
        return String.join(", ", Arrays.stream(tags.split(","))
                .map(t -> messages.getMessage("contracting.tag." + t, null, t, Today.LOCALE)).toList());
    }
}
