package org.apertura.platform.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Implemented by a module whose public items people author. Every method answers only with public data. */
public interface PeopleContent {

    /** The shown (not hidden) items the account wrote, newest first, at most {@code limit}. */
    List<PersonItem> publicItemsBy(Long accountId, int limit);

    /** The items the account supported, newest first (never a ballot: the vote is secret). */
    List<PersonItem> supportsBy(Long accountId, int limit);

    /**
     * Who a public change concerns beyond the followers of its subject: the author of the proposal or comment
     * replied to, of the proposal answered, of the content hidden; and, with {@link NoticeKind#FOLLOWED_PERSON},
     * the author of a newly published item (whose followers are told).
     */
    List<Concern> concernedBy(String type, String subjectKind, String subjectId, Map<String, Object> record);

    /** The hidden content the account wrote, so they may appeal it. */
    List<HiddenContent> hiddenOf(Long accountId);

    /** One hidden content by its kind and id, if it is this source's and hidden. */
    Optional<HiddenContent> hidden(String kind, String id);

    /** Whether the signed-in person moderates this content (the module's own rule). */
    boolean moderates(String kind, String id);

    /** Shows the hidden content again, by the module's own rules and ledger (the signed-in person moderates it). */
    void restore(String kind, String id);

    /** An item as a profile lists it: its kind (a message key), title, address and date. */
    record PersonItem(String kindKey, String title, String path, Instant at) {
    }

    /** One person concerned by a change, why, and the item to look at. */
    record Concern(Long accountId, NoticeKind kind, String title, String path) {
    }

    /**
     * Hidden content: its kind and id, its author, the item it sits on (title and address), the public reason and
     * who hid it (the display name the module recorded, or empty when it keeps none).
     */
    record HiddenContent(String kind, String id, Long authorId, String title, String path, String reason,
            Optional<String> hiddenBy, Instant hiddenAt) {
    }
}
