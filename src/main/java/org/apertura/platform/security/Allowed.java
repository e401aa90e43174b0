package org.apertura.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * What an actor may do now with one thing, as its module's policy computed it from the entity's own guards
 * and the actor's authorities. Services enforce it ({@link #require}); controllers and templates only read
 * it ({@code ${allowed.may('RESOLVE')}}) and never decide a rule themselves.
 *
 * @param <A> the module's enum of actions
 */
public final class Allowed<A extends Enum<A>> {

    private final Class<A> type;
    private final EnumSet<A> actions;

    private Allowed(Class<A> type, EnumSet<A> actions) {
        this.type = type;
        this.actions = actions;
    }

    public static <A extends Enum<A>> Allowed<A> of(Class<A> type, Collection<A> actions) {
        return new Allowed<>(type, actions.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(actions));
    }

    public static <A extends Enum<A>> Allowed<A> none(Class<A> type) {
        return new Allowed<>(type, EnumSet.noneOf(type));
    }

    public boolean may(A action) {
        return actions.contains(action);
    }

    /** For templates: the action by its constant's name; an unknown name is a programming error. */
    public boolean may(String action) {
        return actions.contains(Enum.valueOf(type, action));
    }

    /** Whether any action at all is allowed (e.g. to show a management panel). */
    public boolean any() {
        return !actions.isEmpty();
    }

    public Set<A> actions() {
        return EnumSet.copyOf(actions);
    }

    /** Refuses (403, or sign-in for anonymous people) unless the action is allowed. */
    public void require(A action) {
        if (!may(action)) {
            throw new AccessDeniedException("not allowed: " + action);
        }
    }

    @Override
    public String toString() {
        return actions.toString();
    }
}
