package org.apertura.contracting;

/**
 * The calculation of one indicator over a stream of compiled releases: {@link #fold} reads each release once, in
 * order, and {@link #finish} flags what needs the whole population (quartiles, totals per organization).
 */
interface Calculation {

    /** Reads one release that passed the global exclusions, flagging it or accumulating what it shows. */
    default void fold(ReleaseView release, FlagAccumulator flags) {
    }

    /** Flags what only the whole population shows; called once, after the last release. */
    default void finish(FlagAccumulator flags) {
    }
}
