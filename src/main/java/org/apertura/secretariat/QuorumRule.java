package org.apertura.secretariat;

import org.apertura.platform.web.Labels;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apertura.identity.Sector;

/**
 * When a session of a body may decide. The default, for a tripartite secretariat, is a majority of its
 * counting members present with at least one present from each sector, so that no sector is decided for
 * in its absence. Configurable per body.
 */
@Labels("body.quorum")
public enum QuorumRule {
    MAJORITY_WITH_EACH_SECTOR(1, 2, true),
    MAJORITY(1, 2, false),
    TWO_THIRDS_WITH_EACH_SECTOR(2, 3, true);

    private final int numerator;
    private final int denominator;
    private final boolean eachSector;

    QuorumRule(int numerator, int denominator, boolean eachSector) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.eachSector = eachSector;
    }

    /** Members present needed out of {@code members}: more than half, or at least two thirds. */
    public int required(int members) {
        if (members == 0) {
            return 1;
        }
        return numerator * 2 == denominator ? members / 2 + 1 : (members * numerator + denominator - 1) / denominator;
    }

    /** Evaluates the quorum given the counting members of the body and those of them present. */
    public Quorum evaluate(Collection<BodyMember> members, Collection<BodyMember> present) {
        List<BodyMember> counting = members.stream().filter(m -> m.getRole().counts()).toList();
        List<BodyMember> countingPresent = present.stream().filter(m -> m.getRole().counts()).toList();
        Set<Sector> missing = EnumSet.noneOf(Sector.class);
        if (eachSector) {
            counting.forEach(m -> missing.add(m.getSector()));
            countingPresent.forEach(m -> missing.remove(m.getSector()));
        }
        int needed = required(counting.size());
        return new Quorum(countingPresent.size() >= needed && missing.isEmpty(), countingPresent.size(), needed,
                counting.size(), missing);
    }

    /** The result of evaluating a quorum. */
    public record Quorum(boolean met, int present, int required, int members, Set<Sector> missingSectors) {
    }
}
