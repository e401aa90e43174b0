package org.apertura.community;

import org.apertura.platform.web.Labels;

/** How one kind of notice reaches a person. */
@Labels("community.delivery")
public enum Delivery {
    /** Not at all. */
    OFF,
    /** In the notification centre only (the default). */
    IN_APP,
    /** In the centre and by e-mail at once. */
    IMMEDIATE,
    /** In the centre and in a daily e-mail digest. */
    DAILY,
    /** In the centre and in a weekly e-mail digest (Mondays). */
    WEEKLY
}
