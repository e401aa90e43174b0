package org.apertura.archives;

import java.time.LocalDate;

/** A file and one hold on it, with what the hold says (its reason, or the day it ends). */
public record HeldFile(Long fileId, String reference, HoldKind kind, String reason, LocalDate until) {
}
