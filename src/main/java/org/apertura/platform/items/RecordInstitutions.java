package org.apertura.platform.items;

import java.util.Optional;
import java.util.Set;

/**
 * The institution that answers for a record another module writes to the ledger under a subject kind: the lead
 * institution of a commitment, or of the commitment a challenge belongs to. Implemented by the module that owns the
 * record; read by modules that act on other modules' ledger entries (the archives file a record only for the
 * institution it belongs to).
 */
public interface RecordInstitutions {

    /** The ledger subject kinds this source answers for, e.g. {@code commitment}. */
    Set<String> subjectKinds();

    /** The institution's slug, if the record exists and belongs to one. */
    Optional<String> institutionOf(String subjectKind, String subjectId);

    /** The institution of a record, asking the source that answers for its subject kind. */
    static Optional<String> find(Iterable<RecordInstitutions> sources, String subjectKind, String subjectId) {
        for (RecordInstitutions source : sources) {
            if (source.subjectKinds().contains(subjectKind)) {
                return source.institutionOf(subjectKind, subjectId);
            }
        }
        return Optional.empty();
    }
}
