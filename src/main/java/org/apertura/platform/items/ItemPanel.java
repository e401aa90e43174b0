package org.apertura.platform.items;

import java.util.Map;

/**
 * A section another module adds to an item's public page: the template fragment to insert
 * ({@code ~{template :: fragment}}), which reads {@code panel.data}, and its place (lower first).
 */
public record ItemPanel(int order, String template, String fragment, Map<String, Object> data) {

    /** Implemented by modules that add a section to some kinds of items. */
    public interface Source {
        java.util.List<ItemPanel> panels(PublicItem item);
    }
}
