package org.apertura.accessinfo;

/**
 * Where the requester is notified (LGTAIP 2025 art. 126 fr. I, art. 127): through Apertura (an account or a
 * private follow-up link), by e-mail, or, when none was given, on the unit's notice board (estrados).
 */
public enum NotificationMedium {
    PLATFORM, EMAIL, NOTICE_BOARD
}
