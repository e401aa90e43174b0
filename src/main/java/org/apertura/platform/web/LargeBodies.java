package org.apertura.platform.web;

import java.util.List;

/**
 * Paths whose request bodies are streamed to the end and may be far larger than a form or a JSON object (bulk
 * data such as OCDS release packages): a module declares a bean of this type and {@link BodySizeLimit} caps those
 * paths at {@code maxBytes} instead of the general limit.
 */
public record LargeBodies(List<String> paths, long maxBytes) {

    public LargeBodies {
        paths = List.copyOf(paths);
    }
}
