package org.apertura.platform.chart;

/** The kinds of chart Apertura draws (docs/adr/0008-server-side-svg-charts.md). */
public enum ChartKind {
    /** One bar per row, longest first as given, each labelled with its value. */
    BARS,
    /** One bar per row split in segments, one per series, each with its own pattern. */
    STACKED,
    /** One group of side-by-side bars per row, one bar per series (two budgets compared chapter by chapter). */
    GROUPED,
    /** A ring: the first value of the only row out of its second (done of total). */
    RING,
    /** A Gantt of rows with a start and an end, today marked. */
    TIMELINE,
    /** A line over time: one point per row, in order; one line per series when there are several. */
    LINE,
    /** Rectangles whose areas are the rows' values. */
    TREEMAP,
    /** Mexico's states, each shaded by its row's value (row key: the state's INEGI code). */
    MAP
}
