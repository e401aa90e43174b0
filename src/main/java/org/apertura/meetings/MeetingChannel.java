package org.apertura.meetings;

import org.apertura.platform.web.Labels;

/** Where a meeting happens: at a place, online, or both. */
@Labels("meetings.channel")
public enum MeetingChannel {
    IN_PERSON, ONLINE, HYBRID;

    boolean atAPlace() {
        return this != ONLINE;
    }

    boolean online() {
        return this != IN_PERSON;
    }
}
