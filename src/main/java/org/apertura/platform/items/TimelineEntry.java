package org.apertura.platform.items;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event another module places on an item's timeline (a call opening on an exercise's timeline): its
 * day, a message key with its arguments, and the page it links to.
 */
public record TimelineEntry(LocalDate date, String messageKey, List<Object> args, String link) {

    public TimelineEntry {
        args = List.copyOf(args);
    }

    public Object[] arguments() {
        return args.toArray();
    }

    /** Implemented by modules that add events to some kinds of items' timelines. */
    public interface Source {
        List<TimelineEntry> timeline(PublicItem item);
    }
}
