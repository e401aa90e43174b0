package org.apertura.participation;

import org.apertura.platform.web.Labels;

/** How a project or a ballot came in: online by the person, or in person through an official at a polling table. */
@Labels("participation.channel")
public enum VoteChannel {
    ONLINE, IN_PERSON
}
