package org.apertura.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.InvalidInputException;

/**
 * The pure rules of which guarantor authority hears an appeal (LGTAIP 2025 art. 3 fr. III–V), with no database:
 * the services hand in the assignments and authorities they read.
 *
 * <ul>
 * <li>{@link #route}: the authority assigned on a day to an institution: its own override first, then the
 * assignment of its kind of subject in its jurisdiction, then up the jurisdictions (a municipality's
 * institutions fall to its state's MUNICIPAL assignment: art. 3 fr. IV, the local authority "conocerá también de
 * los asuntos … de sus municipios").</li>
 * <li>{@link #follow}: where a pending matter goes on a day when its authority no longer hears it: to the
 * authority assigned then, else to the successor its authority names (Transitorios Noveno and Décimo Noveno:
 * pending matters continue before the body that takes over).</li>
 * <li>{@link #supersede}: a new assignment for a target closes the one in force before it the day before it
 * starts; it may not overlap one that starts on or after it.</li>
 * </ul>
 */
public final class GuarantorRouting {

    private GuarantorRouting() {
    }

    /**
     * The assignment in force on {@code day} for an institution of kind {@code kind}, whose jurisdictions are
     * {@code chain} (its own first, then each parent), or empty when none is.
     */
    public static Optional<GuarantorAssignment> route(List<GuarantorAssignment> all, long institutionId, Branch kind,
            List<Long> chain, LocalDate day) {
        Optional<GuarantorAssignment> override = all.stream()
                .filter(a -> a.override() && a.institutionId() == institutionId && a.validOn(day)).findFirst();
        if (override.isPresent()) {
            return override;
        }
        for (long jurisdiction : chain) {
            Optional<GuarantorAssignment> byKind = all.stream().filter(a -> !a.override()
                    && a.jurisdictionId() == jurisdiction && a.subjectKind() == kind && a.validOn(day)).findFirst();
            if (byKind.isPresent()) {
                return byKind;
            }
        }
        return Optional.empty();
    }

    /** Where a matter pending before {@code current} goes on {@code day}, or empty when it stays. */
    public record Move(long authorityInstitutionId, String basis) {
    }

    /**
     * Where a matter pending before authority {@code current} about an institution goes on {@code day}: to the
     * authority assigned on that day when it is another one; else, when {@code current} has ended, to its
     * successor (following successors that ended too); else it stays.
     */
    public static Optional<Move> follow(List<GuarantorAssignment> all, Map<Long, GuarantorAuthority> authorities,
            long current, long institutionId, Branch kind, List<Long> chain, LocalDate day) {
        Optional<GuarantorAssignment> assigned = route(all, institutionId, kind, chain, day);
        if (assigned.isPresent() && assigned.get().authorityInstitutionId() != current) {
            return Optional.of(new Move(assigned.get().authorityInstitutionId(), assigned.get().legalBasis()));
        }
        GuarantorAuthority authority = authorities.get(current);
        long to = current;
        String basis = null;
        for (int hops = 0; authority != null && authority.validTo() != null && day.isAfter(authority.validTo())
                && authority.successorInstitutionId() != null && hops < 10; hops++) {
            to = authority.successorInstitutionId();
            basis = basis == null ? authority.successionBasis() : basis;
            authority = authorities.get(to);
        }
        return to == current ? Optional.empty() : Optional.of(new Move(to, basis));
    }

    /** An assignment to close: its id and its new last day. */
    public record Closing(long assignmentId, LocalDate validTo) {
    }

    /**
     * The assignments for the same target to close so a new one can start on {@code from} (null: since always)
     * until {@code to} (null: open): one in force before {@code from} and not ended by then closes the day before;
     * any that starts on or after {@code from}, or overlaps an open start, is refused.
     */
    public static List<Closing> supersede(List<GuarantorAssignment> sameTarget, LocalDate from, LocalDate to) {
        List<Closing> closings = new ArrayList<>();
        for (GuarantorAssignment a : sameTarget) {
            boolean endsBefore = from != null && a.validTo() != null && a.validTo().isBefore(from);
            boolean startsAfter = to != null && a.validFrom() != null && a.validFrom().isAfter(to);
            if (endsBefore || startsAfter) {
                continue;
            }
            boolean startsBefore = from != null && (a.validFrom() == null || a.validFrom().isBefore(from));
            if (startsBefore) {
                closings.add(new Closing(a.id(), from.minusDays(1)));
            } else {
                throw new InvalidInputException("validFrom", "guarantor.error.overlap", a.authorityName(),
                        a.validFrom() == null ? "—" : a.validFrom().toString());
            }
        }
        return closings;
    }
}
