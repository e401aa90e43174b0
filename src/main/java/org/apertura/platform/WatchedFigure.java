package org.apertura.platform;

import java.util.Map;

/**
 * A figure an operator watches that a module computes from its own data (issue 19: the reminders due and not yet sent,
 * the national node's harvest lag). {@link Operations} publishes each as a gauge, named and tagged as the module says,
 * and recomputes it at most once every {@code apertura.operations.figures-every} (five minutes) however often the
 * monitoring reads it, since computing one may read many rows.
 */
public interface WatchedFigure {

    /** The gauge's name, e.g. {@code apertura.reminders.due}. */
    String name();

    /** What it measures, in English, for the monitoring's legend. */
    String description();

    /** The gauge's tags, e.g. {@code kind=access-requests}: one figure per name and tags. */
    Map<String, String> tags();

    /** The figure now. */
    double value();
}
