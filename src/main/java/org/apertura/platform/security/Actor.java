package org.apertura.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, as the policies see them: the typed authorities they hold right now. Anonymous visitors
 * hold none. Policies take an actor and answer what it may do; nothing else reads authority strings.
 */
public final class Actor {

    private static final Actor ANONYMOUS = new Actor(Set.of(), false);

    private final Set<Authority> authorities;
    private final boolean signedIn;

    private Actor(Set<Authority> authorities, boolean signedIn) {
        this.authorities = Set.copyOf(authorities);
        this.signedIn = signedIn;
    }

    /** The person of the current request or task. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getPrincipal())) {
            return ANONYMOUS;
        }
        return new Actor(parse(authentication.getAuthorities()), true);
    }

    /** An actor holding exactly these authorities (for tests and for the policies' matrix). */
    public static Actor holding(Authority... authorities) {
        return new Actor(new LinkedHashSet<>(Arrays.asList(authorities)), true);
    }

    /** Nobody signed in. */
    public static Actor anonymous() {
        return ANONYMOUS;
    }

    static Set<Authority> parse(Collection<? extends GrantedAuthority> granted) {
        return granted.stream().map(GrantedAuthority::getAuthority).map(Authority::parse)
                .flatMap(java.util.Optional::stream).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public boolean isAdmin() {
        return authorities.contains(Authority.ADMIN);
    }

    /** Whether they hold the role in that scope (a sector member holds it too, whatever their sector). */
    public boolean holds(Role role, String scopeId) {
        return scopeId != null && authorities.stream().anyMatch(a -> a.role() == role && scopeId.equals(a.scopeId()));
    }

    /** Whether they run this secretariat (its exercise, its sessions, its spaces): its coordinator or an administrator. */
    public boolean coordinates(String bodySlug) {
        return isAdmin() || holds(Role.COORDINATOR, bodySlug);
    }

    /**
     * Whether they are one of this secretariat's people, who act in its name (enter what people said elsewhere,
     * register ballots): an administrator, its coordinator or any of its members, whatever their sector.
     */
    public boolean ofSecretariat(String bodySlug) {
        return coordinates(bodySlug) || holds(Role.STL_MEMBER, bodySlug);
    }

    /** Whether they hold exactly this authority. */
    public boolean holds(Authority authority) {
        return authorities.contains(authority);
    }

    /** Whether they hold the role in any scope. */
    public boolean holdsRole(Role role) {
        return authorities.stream().anyMatch(a -> a.role() == role);
    }

    /** The scopes in which they hold the role, e.g. the institutions whose unit they are. */
    public Set<String> scopesOf(Role role) {
        return authorities.stream().filter(a -> a.role() == role).map(Authority::scopeId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Set<Authority> authorities() {
        return authorities;
    }

    @Override
    public String toString() {
        return signedIn ? authorities.toString() : "anonymous";
    }
}
