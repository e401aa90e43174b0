package org.apertura.platform.items;

import java.util.List;
import java.util.Optional;

/**
 * What another module offers to feed a call for proposals (ADR 0055, ADR 0061): participation's counted problem
 * selections. Co-creation lets those who draft a call choose one of the same exercise in the draft's form, keeps the
 * choice's key while the call is a draft, and asks the owner to link it when the call is published; co-creation never
 * depends on the module that implements this port.
 */
public interface CallInputs {

    /** Something that may feed a call: its key (kept by the call), its title and its public address. */
    record Choice(String key, String title, String path) {
    }

    /** What the person signed in may link to a call of this exercise now (counted, feeding no call yet). */
    List<Choice> choices(Long exerciseId);

    /** The choice with this key, whoever may link it, or empty when there is none. */
    Optional<Choice> choice(String key);

    /**
     * Links the choice to the call, now public (the owner writes its own ledger entry), or refuses with an
     * {@code InvalidInputException} and links nothing.
     */
    void feed(String key, String callSlug);
}
