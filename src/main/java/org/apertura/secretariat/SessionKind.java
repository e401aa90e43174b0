package org.apertura.secretariat;

import org.apertura.platform.web.Labels;

/** Ordinary sessions follow the calendar; extraordinary ones are called when needed. */
@Labels("session.kind")
public enum SessionKind {
    ORDINARY,
    EXTRAORDINARY
}
