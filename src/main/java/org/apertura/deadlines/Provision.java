package org.apertura.deadlines;

/**
 * Acts of an access-to-information law that start no term of their own but must cite their article: a
 * {@link RuleSet} gives each its article, so the basis recorded with a step is data, like the terms.
 */
public enum Provision {
    /** The transparency unit turns a request to every competent area (LGTAIP 2025 art. 133). */
    TURN,
    /** The transparency committee confirms, modifies or revokes (LGTAIP 2025 art. 40 fr. II). */
    COMMITTEE,
    /**
     * The guarantor dismisses an appeal as improper (desecha) on one of the grounds of LGTAIP 2025 art. 158
     * fr. I–VII; the step cites this article and the ground's fraction.
     */
    DISMISSAL
}
