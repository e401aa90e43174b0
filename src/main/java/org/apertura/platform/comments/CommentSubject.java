package org.apertura.platform.comments;

import java.util.List;

/**
 * Something people comment on, as its owning module describes it for the person signed in now (ADR 0067).
 *
 * @param kind         its kind, e.g. {@code commitment}; also the ledger subject kind of its comments' entries
 * @param id           its identifier within the kind; also the ledger subject id
 * @param title        its public title (notices and profiles show it)
 * @param path         the address of its public page, where its comments are shown
 * @param closedKey    the message key saying why nobody may comment or vote now (a closed debate), or null when open
 * @param official     whether the person signed in answers for it in public: their comments are marked official
 * @param moderates    whether the person signed in moderates its comments (hides them with a public reason)
 * @param officialName the institution the person signed in answers for, shown on their official comments instead of
 *                     a nickname; null when they do not answer officially (or the module names no institution)
 * @param ledger       how its comments' public changes are written to the ledger when the owning module keeps its own
 *                     entry types (ADR 0072), or null for the engine's {@code discussion.*} entries under the subject
 * @param closedArgs   the arguments of {@code closedKey}'s message (e.g. the days a debate is open), never null
 * @param stances      whether a comment that opens a thread may take a side, for or against (a debate's arguments);
 *                     a reply takes none, and a comment may always take neither
 * @param perMinute    how many comments one person may post on subjects of this kind in a minute, on top of the
 *                     engine's hourly limit (a debate's 5), or 0 for no such limit
 */
public record CommentSubject(String kind, String id, String title, String path, String closedKey, boolean official,
        boolean moderates, String officialName, CommentLedger ledger, List<Object> closedArgs, boolean stances,
        int perMinute) {

    /** Where an argument stands: {@code FOR} or {@code AGAINST} (null: neither, or a reply). */
    public static final List<String> STANCES = List.of("FOR", "AGAINST");

    public CommentSubject {
        closedArgs = closedArgs == null ? List.of() : List.copyOf(closedArgs);
    }

    public CommentSubject(String kind, String id, String title, String path, String closedKey, boolean official,
            boolean moderates, String officialName, CommentLedger ledger) {
        this(kind, id, title, path, closedKey, official, moderates, officialName, ledger, List.of(), false, 0);
    }

    public CommentSubject(String kind, String id, String title, String path, String closedKey, boolean official,
            boolean moderates) {
        this(kind, id, title, path, closedKey, official, moderates, null, null);
    }

    public boolean isOpen() {
        return closedKey == null;
    }
}
