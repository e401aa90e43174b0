package org.apertura.jurisdiction;

/**
 * The guarantor authority that hears an appeal against an institution on a day, and why: the legal basis of the
 * assignment that sends it there (or of the succession that moved it).
 */
public record GuarantorRoute(Institution authority, String basis) {
}
