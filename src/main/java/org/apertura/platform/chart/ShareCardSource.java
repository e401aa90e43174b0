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

    /**
     * The facts of the page matched by {@code pattern} with these path variables; empty when it does not exist (a
     * source may also let the {@link org.apertura.platform.NotFoundException} of what the page shows out: {@link #facts}).
     */
    Optional<ShareCardFacts> card(String pattern, Map<String, String> variables);

    /** The card's facts as the share cards ask them: empty as well when what the page shows is not found. */
    default Optional<ShareCardFacts> facts(String pattern, Map<String, String> variables) {
        try {
            return card(pattern, variables);
        } catch (org.apertura.platform.NotFoundException e) {
            return Optional.empty();
        }
    }
}
