package org.apertura.platform;

import java.util.Map;

/**
 * A module's reminder job as a watched figure (issue 19): {@code apertura.reminders.due}, tagged with the kind of
 * reminder, counts the reminders due now and not sent yet — what the job's next run would send. Above zero for more
 * than a day, the job is not running.
 */
public abstract class RemindersDue implements WatchedFigure {

    private final Map<String, String> tags;

    protected RemindersDue(String kind) {
        this.tags = Map.of("kind", kind);
    }

    /** The reminders due now and not sent yet. */
    protected abstract long dueNow();

    @Override
    public String name() {
        return "apertura.reminders.due";
    }

    @Override
    public String description() {
        return "Reminders due and not sent yet";
    }

    @Override
    public Map<String, String> tags() {
        return tags;
    }

    @Override
    public double value() {
        return dueNow();
    }
}
