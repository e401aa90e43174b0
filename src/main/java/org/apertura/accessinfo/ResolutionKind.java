package org.apertura.accessinfo;

/** What the transparency committee resolves on (LGTAIP 2025 art. 40 fr. II). */
public enum ResolutionKind {
    /** Extension of the answer term by up to ten days (art. 134 ¶2). */
    EXTENSION,
    /** Classification as reserved: one of the art. 112 grounds, the harm test (arts. 107, 113), at most 5 years (art. 104). */
    RESERVED,
    /** Classification as confidential (art. 115): no term. */
    CONFIDENTIAL,
    /** Declaration of inexistence after the search (arts. 140–141). */
    INEXISTENCE,
    /**
     * Declaration of not being competent, confirmed by the committee (art. 40 fr. II); a notorious incompetence is
     * told within 3 days without it (art. 138).
     */
    NOT_COMPETENT,
    /** Not stored: an outcome needing either classification. */
    CONFIDENTIAL_OR_RESERVED
}
