package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/**
 * What an appeal (recurso de revisión) may be brought against: the thirteen causes of the general law
 * (LGTAIP 2025 art. 145, the same as art. 143 of the 2015 law). Their full text is in the bundles
 * ({@code appeal.cause.<NAME>}). State laws may add causes (Durango: the reasons for an extension); those
 * are not offered yet.
 */
@Labels("appeal.cause")
public enum AppealCause {
    /** Fr. I: the classification of the information. */
    CLASSIFICATION,
    /** Fr. II: the declaration that the information does not exist. */
    INEXISTENCE,
    /** Fr. III: the declaration that the institution is not competent. */
    INCOMPETENCE,
    /** Fr. IV: incomplete information delivered. */
    INCOMPLETE,
    /** Fr. V: information that does not correspond to what was asked. */
    NOT_CORRESPONDING,
    /** Fr. VI: no answer within the terms of the law. */
    NO_ANSWER,
    /** Fr. VII: notice, delivery or availability in a modality or format other than the one asked. */
    OTHER_MODALITY,
    /** Fr. VIII: delivery in an incomprehensible or inaccessible format. */
    INACCESSIBLE_FORMAT,
    /** Fr. IX: the costs or delivery times. */
    COSTS_OR_TIMES,
    /** Fr. X: the request was not processed. */
    NOT_PROCESSED,
    /** Fr. XI: refusal to allow direct consultation. */
    DIRECT_CONSULTATION_REFUSED,
    /** Fr. XII: missing, deficient or insufficient grounds or reasoning in the answer. */
    REASONING,
    /** Fr. XIII: being pointed to a specific procedure (trámite). */
    ORIENTATION;

    /**
     * Whether the answer given in compliance with a resolution on this cause may be appealed again (art. 145 last
     * paragraph: fractions III, VI, VIII, IX, X and XI).
     */
    public boolean reopensOnCompliance() {
        return switch (this) {
            case INCOMPETENCE, NO_ANSWER, INACCESSIBLE_FORMAT, COSTS_OR_TIMES, NOT_PROCESSED,
                    DIRECT_CONSULTATION_REFUSED -> true;
            default -> false;
        };
    }

    /** The fraction of the article, as a Roman numeral (I to XIII, in the law's order). */
    public String fraction() {
        return org.apertura.platform.Roman.fraction(this);
    }

}
