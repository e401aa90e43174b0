package org.apertura.platform.items;

import java.util.Optional;
import java.util.Set;

/** Implemented by the module that owns some kinds of public items. */
public interface PublicItemSource {

    /** The kinds this source describes. */
    Set<String> kinds();

    /** The item, if it exists and is public. */
    Optional<PublicItem> find(String kind, String id);

    /**
     * Whether the person signed in answers for this item in public (for a commitment: a liaison of its lead
     * institution or the secretariat's coordinator).
     */
    boolean mayRespond(PublicItem item);

    /**
     * The collegiate body (the secretariat) whose exercise the item belongs to, by slug: its members and
     * coordinator facilitate feedback on the item and see the contacts given with it; nobody else's do.
     */
    default Optional<String> secretariatOf(PublicItem item) {
        return Optional.empty();
    }

    /**
     * The items of this source that a public change concerns besides its own ledger subject, so that their followers
     * are told (issue 21): a budget project's review is written under its process, and the record names the project.
     */
    default java.util.List<PublicItem> concernedBy(String type, String subjectKind, String subjectId,
            java.util.Map<String, Object> record) {
        return java.util.List.of();
    }

    /**
     * Whether {@link #concernedBy} may find items for a change of this ledger subject kind: a batch of changes asks it
     * once per kind, and asks {@code concernedBy} only of the changes of the kinds it answers yes for (a calendar
     * change hears of tens of thousands of requests' steps at once). As {@code concernedBy}, by default no: a source
     * that overrides {@code concernedBy} overrides this too, naming the subject kinds it reads.
     */
    default boolean mayConcern(String subjectKind) {
        return false;
    }
}
