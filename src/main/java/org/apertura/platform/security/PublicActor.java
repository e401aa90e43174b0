package org.apertura.platform.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as other modules may name them in public records: their public display name
 * (which may be a pseudonym), never their e-mail.
 */
public interface PublicActor {

    Long accountId();

    String displayName();

    /** The current person, when someone is signed in with an account. */
    static Optional<PublicActor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PublicActor actor
                ? Optional.of(actor) : Optional.empty();
    }

    /** The current person's account, or null when no one is signed in with an account. */
    static Long currentId() {
        return current().map(PublicActor::accountId).orElse(null);
    }

    /** The current person's account; refused (sign in first) when no one is signed in with an account. */
    static Long requireId() {
        return current().map(PublicActor::accountId).orElseThrow(() -> new AccessDeniedException("sign in first"));
    }
}
