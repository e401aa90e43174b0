package org.apertura.platform.people;

import java.util.Optional;

/**
 * Public profiles, as the community module keeps them: a module that shows an author's public name may link it to
 * the author's profile, which exists only when the person chose a nickname.
 */
public interface PublicProfiles {

    /** The address of the account's public profile, e.g. {@code /personas/rosa}, if they chose a nickname. */
    Optional<String> pathOf(Long accountId);
}
