package org.apertura.challenge;

import java.util.Optional;
import java.util.Set;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.items.RecordInstitutions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A challenge belongs to the lead institution of its commitment (the commitment as a public item). */
@Component
@Transactional(readOnly = true)
class ChallengeInstitutions implements RecordInstitutions {

    private final ChallengeRepository challenges;
    private final PublicItems items;

    ChallengeInstitutions(ChallengeRepository challenges, PublicItems items) {
        this.challenges = challenges;
        this.items = items;
    }

    @Override
    public Set<String> subjectKinds() {
        return Set.of(ChallengeService.SUBJECT);
    }

    @Override
    public Optional<String> institutionOf(String subjectKind, String subjectId) {
        try {
            return challenges.findById(Long.valueOf(subjectId))
                    .flatMap(c -> items.find("commitment", String.valueOf(c.getCommitmentId())))
                    .map(PublicItem::institutionSlug);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
