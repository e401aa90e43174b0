package org.apertura.feedback;

import org.apertura.platform.intake.Channel;

import java.time.LocalDate;

/**
 * Feedback received in person or remotely, as a facilitator registers it.
 *
 * @param channel    {@link Channel#IN_PERSON} or {@link Channel#REMOTE} (required)
 * @param receivedOn the day it was received (required, not in the future)
 * @param place      where (optional)
 * @param useful     whether the information was useful to the person (required)
 * @param comment    what the person said (optional)
 * @param contact    how to bring the reply back to the person (optional, private: never published)
 */
public record Registration(Channel channel, LocalDate receivedOn, String place, Boolean useful, String comment,
        String contact) {
}
