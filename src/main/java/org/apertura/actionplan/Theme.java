package org.apertura.actionplan;

import org.apertura.platform.web.Labels;

/** The themes a) to n) of the 2015 joint declaration; every commitment aims at one or more. */
@Labels("theme")
public enum Theme {
    /** Transparent public contracting ("Follow the Money"). */
    A,
    /** Strengthening the Open Government Partnership nationally. */
    B,
    /** The right of access to information. */
    C,
    /** More information available (open data, transparency obligations). */
    D,
    /** Allocation and spending of public money. */
    E,
    /** Vertical, horizontal and diagonal accountability; integrity. */
    F,
    /** Binding citizen participation, co-design and co-creation. */
    G,
    /** Permanent consultative bodies; methods to select problems. */
    H,
    /** Feedback channels in person, remote and online. */
    I,
    /** Hackathons, contests, citizen labs. */
    J,
    /** Citizen language and open formats. */
    K,
    /** Infographics and diagrams of norms and plans. */
    L,
    /** Collaborative logics between actors. */
    M,
    /** Document and archive management (Ley General de Archivos). */
    N
}
