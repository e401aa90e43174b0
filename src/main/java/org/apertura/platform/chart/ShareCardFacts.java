package org.apertura.platform.chart;

/**
 * What the 1200×630 share card of a page says (infographics draws it): a kicker (what kind of page: "Plan de acción
 * · Durango"), the title, one big figure with its label, one sentence, and optionally a share drawn as a ring.
 * Public data only: cards are served to anyone, without a session.
 */
public record ShareCardFacts(String kicker, String title, String figure, String figureLabel, String sentence,
        Double share) {
}
