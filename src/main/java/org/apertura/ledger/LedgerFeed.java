package org.apertura.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.AtomFeed;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Atom feeds of public changes for people: each entry of the ledger becomes an entry titled with what happened and
 * to what ("Se agregó un compromiso: DGO-05 · Datos abiertos…"), with a sentence saying what, on which item, its
 * public reason when it has one, and when it was recorded, and a link to the item — never the raw JSON (that is in the
 * ledger's API, with its hash). Every feed of the ledger is built here, from one query of the subjects its page
 * follows. Feeds are in Spanish, as the feed says ({@code xml:lang="es-MX"}).
 */
@Component
public class LedgerFeed {

    /** The payload fields that name the item, in the order they are looked for. */
    private static final List<String> NAMES = List.of("title", "name", "code", "folio", "ocid");
    /** The payload fields that explain the change in words, when the act has them. */
    private static final List<String> REASONS = List.of("reason", "justification");

    /** How many changes a feed holds, newest first. */
    static final int SIZE = 200;

    private final LedgerService ledger;
    private final AtomFeed atom;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Today today;

    LedgerFeed(LedgerService ledger, AtomFeed atom, MessageSource messages, ObjectMapper json, Today today) {
        this.ledger = ledger;
        this.atom = atom;
        this.messages = messages;
        this.json = json;
        this.today = today;
    }

    /**
     * The feed of the page at {@code path}: its {@value #SIZE} newest changes about the subjects it follows (by kind,
     * their ids; see {@link LedgerService#newestAbout}), read in one query, each linking where {@code link} says.
     */
    public ResponseEntity<byte[]> of(String title, String path, Map<String, ? extends Collection<String>> subjects,
            Function<LedgerEntry, String> link) {
        return of(title, path, ledger.newestAbout(subjects, SIZE), link);
    }

    /** The feed of the page at {@code path} about one subject: its {@value #SIZE} newest changes. */
    public ResponseEntity<byte[]> of(String title, String path, String kind, Object id) {
        return of(title, path, Map.of(kind, List.of(String.valueOf(id))), e -> path);
    }

    private ResponseEntity<byte[]> of(String title, String path, List<LedgerEntry> entries,
            Function<LedgerEntry, String> link) {
        // the feed follows from its entries alone: its last change is the newest entry's
        return org.apertura.platform.web.HttpCaching.lastModified(
                atom.of(title, path, entries.stream().map(e -> entry(e, link.apply(e))).toList()),
                entries.stream().map(LedgerEntry::getRecordedAt).max(java.util.Comparator.naturalOrder()).orElse(null),
                today.now());
    }

    /** One change as a person reads it. */
    AtomFeed.Entry entry(LedgerEntry e, String link) {
        Map<?, ?> payload = json.readValue(e.getPayload(), Map.class);
        String what = words("ledger.type." + e.getType(), e.getType());
        String name = first(payload, NAMES);
        if (payload.get("code") instanceof String code && payload.get("title") instanceof String title
                && !code.isBlank() && !title.isBlank()) {
            name = code.strip() + " · " + title.strip();
        }
        String kind = words("ledger.kind." + e.getSubjectKind(), e.getSubjectKind());
        StringBuilder text = new StringBuilder(what)
                .append(name != null ? ": " + name : " — " + kind + " " + e.getSubjectId()).append('.');
        String reason = first(payload, REASONS);
        if (reason != null) {
            text.append(' ').append(words("ledger.feed.reason", "Razón")).append(": ").append(reason).append('.');
        }
        text.append(' ').append(messages.getMessage("ledger.feed.recorded",
                new Object[] {today.dateTime(e.getRecordedAt()), e.getSeq()}, Today.LOCALE));
        return new AtomFeed.Entry("/historial#" + e.getSeq(), name != null ? what + ": " + name : what,
                e.getRecordedAt(), link, text.toString());
    }

    private String words(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Today.LOCALE);
    }

    private static String first(Map<?, ?> payload, List<String> fields) {
        for (String field : fields) {
            Object value = payload.get(field);
            if (value instanceof String s && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }
}
