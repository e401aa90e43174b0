package org.apertura.meetings;

import org.apertura.platform.web.Labels;

/** A registration: a seat, or a place on the waiting list. */
@Labels("meetings.status")
public enum RegistrationStatus {
    REGISTERED, WAITING
}
