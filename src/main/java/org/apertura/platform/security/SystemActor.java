package org.apertura.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, bootstrap) as the platform itself, so that the same authorised
 * service methods people use can be called without a signed-in person.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {
    }

    /** Runs start-up work (a demo) as someone holding exactly these authorities, e.g. an institution's role. */
    public static void runHolding(Runnable work, Authority... authorities) {
        runAs(NAME, grants(authorities), work);
    }

    public static void run(Runnable work) {
        runHolding(work, Authority.ADMIN);
    }

    /** The authorities as Spring Security grants them. */
    public static List<GrantedAuthority> grants(Authority... authorities) {
        return Arrays.stream(authorities).<GrantedAuthority>map(a -> new SimpleGrantedAuthority(a.value())).toList();
    }

    /** Runs the work as this principal holding exactly these authorities; whoever was acting before acts again after. */
    public static void runAs(Object principal, Collection<? extends GrantedAuthority> authorities, Runnable work) {
        callAs(principal, authorities, () -> {
            work.run();
            return null;
        });
    }

    /** {@link #runAs}, for work that answers something. */
    public static <T> T callAs(Object principal, Collection<? extends GrantedAuthority> authorities, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
