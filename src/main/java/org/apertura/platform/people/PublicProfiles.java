package org.apertura.platform.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Public profiles, as the community module keeps them: a module that shows an author's public name may link it to
 * the author's profile, which exists only when the person chose a nickname.
 */
public interface PublicProfiles {

    /** The address of the account's public profile, e.g. {@code /personas/rosa}, if they chose a nickname. */
    Optional<String> pathOf(Long accountId);

    /** The public profile addresses of those of these accounts that chose a nickname, by account (a list's authors). */
    default Map<Long, String> pathsOf(Collection<Long> accountIds) {
        return accountIds.stream().distinct().flatMap(id -> pathOf(id).map(p -> Map.entry(id, p)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The public nicknames of those of these accounts that chose one, by account: the last part of their profile's
     * address. Whoever shows a person only by the nickname they chose (never a name or an e-mail) asks this.
     */
    default Map<Long, String> nicknamesOf(Collection<Long> accountIds) {
        return pathsOf(accountIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().substring(e.getValue().lastIndexOf('/') + 1)));
    }
}
