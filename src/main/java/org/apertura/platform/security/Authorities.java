package org.apertura.platform.security;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;

/**
 * Checks the current person's authorities where an annotation cannot name them (they depend on data).
 * Authorities are typed ({@link Authority}); nobody writes their strings by hand.
 */
public final class Authorities {

    private Authorities() {
    }

    /** Whether the current person holds any of these authorities. */
    public static boolean holdsAny(Authority... authorities) {
        Actor actor = Actor.current();
        return Arrays.stream(authorities).anyMatch(actor::holds);
    }

    /** Refuses (403, or sign-in for anonymous people) unless the person holds one of the authorities. */
    public static void require(Authority... authorities) {
        if (!holdsAny(authorities)) {
            throw new AccessDeniedException("requires one of " + Arrays.toString(authorities));
        }
    }
}
