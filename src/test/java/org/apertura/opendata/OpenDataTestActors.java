package org.apertura.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls in tests as a person holding some authorities (e.g. the DATA_PUBLISHER of an institution). */
public final class OpenDataTestActors {

    private OpenDataTestActors() {
    }

    /** As a data publisher of the institution. */
    public static <T> T publisherOf(String institution, Supplier<T> work) {
        return as(work, Authority.of(Role.DATA_PUBLISHER, institution));
    }

    public static void publisherOf(String institution, Runnable work) {
        as(() -> {
            work.run();
            return null;
        }, Authority.of(Role.DATA_PUBLISHER, institution));
    }

    public static <T> T as(Supplier<T> work, Authority... authorities) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> granted = Arrays.stream(authorities)
                .map(a -> new SimpleGrantedAuthority(a.value())).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("tester", null, granted));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
