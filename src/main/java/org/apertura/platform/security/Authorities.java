package org.apertura.platform.security;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Checks the current person's authorities where an annotation cannot name them (they depend on data). */
public final class Authorities {

    private Authorities() {
    }

    /** Whether the current person holds any of these authorities (e.g. ROLE_ADMIN, COORDINATOR@SECRETARIAT:stl). */
    public static boolean holdsAny(String... authorities) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        Set<String> wanted = Set.of(authorities);
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
    }

    /** Refuses (403, or sign-in for anonymous people) unless the person holds one of the authorities. */
    public static void require(String... authorities) {
        if (!holdsAny(authorities)) {
            throw new AccessDeniedException("requires one of " + String.join(", ", authorities));
        }
    }

    /** The authority of a body's coordinator. */
    public static String coordinatorOf(String bodySlug) {
        return "COORDINATOR@SECRETARIAT:" + bodySlug;
    }
}
