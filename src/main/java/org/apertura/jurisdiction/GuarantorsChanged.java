package org.apertura.jurisdiction;

import java.time.LocalDate;

/**
 * The guarantor authorities or their assignments changed from {@code effectiveOn}: published inside the changing
 * transaction, so access to information can move the pending appeals whose authority no longer hears them
 * (to the authority assigned, or to the successor) before it commits.
 */
public record GuarantorsChanged(LocalDate effectiveOn) {
}
