package org.apertura.secretariat;

/** Ordinary sessions follow the calendar; extraordinary ones are called when needed. */
public enum SessionKind {
    ORDINARY,
    EXTRAORDINARY
}
