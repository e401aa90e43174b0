package org.apertura.appeal;

import java.util.Map;
import org.apertura.platform.Texts;

/**
 * The follow-up key a viewer gave on an appeal's or an inconformidad's page, and whether it is the appellant's: the
 * page's forms keep it only then, and say so when it is not.
 */
record AppellantKey(String given, boolean appellant) {

    /** The key the forms carry: the appellant's, else none. */
    String kept() {
        return appellant && !Texts.isBlank(given) ? given : null;
    }

    /** Whether a key was given that is not the appellant's. */
    boolean refused() {
        return !Texts.isBlank(given) && !appellant;
    }

    /** Puts both under the names the templates read ({@code clave}, {@code keyAsked}). */
    void putInto(Map<String, Object> model) {
        model.put("clave", kept());
        model.put("keyAsked", refused());
    }
}
