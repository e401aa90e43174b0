package org.apertura.platform.web;

import java.util.Optional;

/**
 * What is happening now in one module, for the home page: what is open to take part in (calls, challenges,
 * sessions coming), how things are going (requests answered in time, commitments on track), the latest
 * answers. Each module declares a bean; the home page shows every section that has something, in
 * {@link #order()}, without knowing the modules.
 */
public interface HomeSection {

    /** Where the section goes on the home page, lower first. */
    int order();

    /** The section now, or empty when the module has nothing to say today. */
    Optional<Summary> now();
}
