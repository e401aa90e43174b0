package org.apertura.feedback.web;

import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apertura.feedback.Capacity;
import org.apertura.platform.intake.Channel;
import org.apertura.feedback.Feedback;

/**
 * A comment as pages show it, with its reply. The private contact is only there for those who answer for
 * the item or register feedback; the author's account never is.
 */
record Entry(Long id, boolean useful, String comment, String commentedOn, Channel channel, String author,
        String registeredBy, String place, String contact, String reply, String repliedOn, String repliedBy,
        Capacity repliedAs, boolean awaiting) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** An entry with its private contact, if the reader was given it ({@code contacts}: feedback id → contact). */
    static Entry of(Feedback f, java.util.Map<Long, String> contacts) {
        return new Entry(f.getId(), f.isUseful(), f.getComment(), day(f.getCommentedAt()), f.getChannel(),
                f.getAuthorName(), f.getRegisteredBy(), f.getPlace(), contacts.get(f.getId()), f.getReply(),
                day(f.getRepliedAt()), f.getRepliedBy(), f.getRepliedAs(), f.isAwaitingReply());
    }

    static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(Today.ZONE));
    }
}
