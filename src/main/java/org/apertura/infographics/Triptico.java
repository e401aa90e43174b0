package org.apertura.infographics;

import java.util.List;

/**
 * The content of a tríptico (a letter-size leaflet folded in three): the cover (kind, title, subtitle, issuer), the
 * blocks that flow through the inside flap and the three inner panels, and the back panel (contacts, the QR code of
 * the page and where the data comes from). Built from a norm, a commitment, a plan or a call; printed by
 * {@link TripticoPdf}.
 */
public record Triptico(String kind, String title, String subtitle, String issuer, String url, List<Block> blocks,
        List<String> back, String source) {

    /** A heading with its paragraphs, or with its numbered or bulleted points. */
    public record Block(String heading, List<String> items, Style style) {
    }

    public enum Style {
        PARAGRAPHS,
        BULLETS,
        NUMBERED
    }
}
