package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the requester writes to challenge a local authority's resolution (LGTAIP 2025 art. 165): the causes of
 * art. 163, that the request concerns federal public resources (art. 162), the day they were notified of the
 * resolution (fr. V, optional: without it, the day it was issued or, against a lack of resolution, the day its term
 * ended) and the reasons (fr. VII). The subject, the resolution's folio and the local authority (fr. I–III) come
 * from the appeal; the appellant's name and contact (fr. IV) from the request, never published.
 */
public record InconformityDraft(Set<InconformityCause> causes, boolean federalResources, LocalDate notifiedOn,
        String reasons) {

    public InconformityDraft {
        causes = causes == null ? Set.of() : Set.copyOf(new TreeSet<>(causes));
    }
}
