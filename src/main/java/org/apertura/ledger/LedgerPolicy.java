package org.apertura.ledger;

import java.util.EnumSet;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.springframework.stereotype.Component;

/** Only administrators ask for a signed checkpoint on demand; everyone reads and verifies the checkpoints. */
@Component
public class LedgerPolicy {

    public Allowed<LedgerAction> allowed(Actor actor) {
        return actor.isAdmin() ? Allowed.of(LedgerAction.class, EnumSet.allOf(LedgerAction.class))
                : Allowed.none(LedgerAction.class);
    }

    /** For pages: what the person making the request may do now. */
    public Allowed<LedgerAction> allowedNow() {
        return allowed(Actor.current());
    }
}
