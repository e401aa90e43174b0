package org.apertura.community;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.people.PeopleContent.HiddenContent;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/** Who may do what in the community module; pages read it, services require it. */
@Component
public class CommunityPolicy {

    /** What the actor may do in general (their own settings, following, the newsletter desk). */
    public Allowed<CommunityAction> entitled(Actor actor) {
        Set<CommunityAction> may = EnumSet.noneOf(CommunityAction.class);
        if (actor.isSignedIn()) {
            may.add(CommunityAction.MANAGE_OWN);
            may.add(CommunityAction.FOLLOW);
        }
        if (actor.isAdmin() || actor.holdsRole(Role.COORDINATOR)) {
            may.add(CommunityAction.WRITE_NEWSLETTER);
        }
        return Allowed.of(CommunityAction.class, may);
    }

    /**
     * What the person may do with a hidden content and its appeal: its author appeals once; a moderator of it who is
     * not the one who hid it (when the module records who did) decides a pending appeal.
     *
     * @param me          the person's account, or null
     * @param myName      the person's public name, or null
     * @param appealed    whether it was appealed already
     * @param pending     whether that appeal waits for a decision
     * @param moderates   whether the person moderates the content (the module's rule)
     */
    public Allowed<CommunityAction> onHidden(Long me, String myName, HiddenContent hidden, boolean appealed,
            boolean pending, boolean moderates) {
        Set<CommunityAction> may = EnumSet.noneOf(CommunityAction.class);
        if (me != null && me.equals(hidden.authorId()) && !appealed) {
            may.add(CommunityAction.APPEAL);
        }
        Optional<String> hider = hidden.hiddenBy();
        if (me != null && pending && moderates && !me.equals(hidden.authorId())
                && !(hider.isPresent() && hider.get().equals(myName))) {
            may.add(CommunityAction.DECIDE_APPEAL);
        }
        return Allowed.of(CommunityAction.class, may);
    }
}
