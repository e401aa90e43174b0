package org.apertura.platform.media;

import java.util.Optional;

/**
 * The box a jurisdiction's points must lie in, when one is known: the jurisdiction module answers it (its own box or
 * its nearest ancestor's), so modules that take points (participatory budgets, co-creation) check them without reading
 * the directory.
 */
public interface PlaceBounds {

    /** The box of the jurisdiction with this id or of its nearest ancestor that has one; empty if none has one. */
    Optional<GeoBox> of(Long jurisdictionId);
}
