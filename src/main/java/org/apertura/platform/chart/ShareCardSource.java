package org.apertura.platform.chart;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's pages that have a share card (Open Graph / Twitter image): their path patterns and the card's facts,
 * built by the module from its own figures in the request's language.
 */
public interface ShareCardSource {

    /** Path patterns of pages with a card, e.g. {@code /planes/{id}}. */
    List<String> cardPaths();

    /** The facts of the page matched by {@code pattern} with these path variables; empty when it does not exist. */
    Optional<ShareCardFacts> card(String pattern, Map<String, String> variables);
}
