package org.apertura.contracting;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an institution's contracting processes, in one place (docs/adr/0007): only the
 * institution's procurement office (the PROCUREMENT role in its scope) publishes its releases, whatever the way
 * in (forms, upload, spreadsheet, API); everyone reads. A release names its buyer, so the publication asks for
 * each release's buyer; the publishing pages open for whoever publishes for some institution. Services require
 * what it allows; pages and the API only read it.
 */
@Component
public class ContractingPolicy {

    /** What the actor may do with the processes of the buyer institution. */
    public Allowed<ContractingAction> allowed(Actor actor, String buyerSlug) {
        Set<ContractingAction> actions = EnumSet.noneOf(ContractingAction.class);
        if (buyerSlug != null && actor.holds(Role.PROCUREMENT, buyerSlug)) {
            actions.add(ContractingAction.PUBLISH);
        }
        return Allowed.of(ContractingAction.class, actions);
    }

    /** What the actor may do with the processes of some institution (to open the publishing pages). */
    public Allowed<ContractingAction> anywhere(Actor actor) {
        return publishers(actor).isEmpty() ? Allowed.none(ContractingAction.class)
                : Allowed.of(ContractingAction.class, EnumSet.of(ContractingAction.PUBLISH));
    }

    /** The institutions (slugs) whose processes the actor publishes. */
    public Set<String> publishers(Actor actor) {
        return actor.scopesOf(Role.PROCUREMENT);
    }

    /** What the person of the current request may do with the buyer institution's processes. */
    public Allowed<ContractingAction> allowedNow(String buyerSlug) {
        return allowed(Actor.current(), buyerSlug);
    }
}
