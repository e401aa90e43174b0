package org.apertura.appeal;

/** Why an appeal is dismissed as improper (desechado, art. 158 fractions I–VII; text in the bundles). */
public enum DismissalGround {
    /** Fr. I: filed after the appeal term. */
    LATE,
    /** Fr. II: a court case brought by the appellant is pending. */
    PENDING_COURT_CASE,
    /** Fr. III: none of the causes of the law applies. */
    NO_CAUSE,
    /** Fr. IV: the clarification was not answered in time. */
    CLARIFICATION_UNANSWERED,
    /** Fr. V: it disputes the truthfulness of the information given. */
    DISPUTES_TRUTHFULNESS,
    /** Fr. VI: it is a query. */
    QUERY,
    /** Fr. VII: it widens the request with new contents. */
    NEW_CONTENTS;

    /** The fraction of art. 158 in Roman numerals (the enum follows the law's order). */
    public String fraction() {
        return org.apertura.platform.Roman.fraction(this);
    }
}
