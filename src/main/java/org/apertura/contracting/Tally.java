package org.apertura.contracting;

/** A running count of some bids out of a total (e.g. disqualified out of submitted), summed across processes. */
final class Tally {

    private long count;
    private long total;

    /** Adds {@code count} out of {@code total}. */
    void add(long count, long total) {
        this.count += count;
        this.total += total;
    }

    long total() {
        return total;
    }

    /** count / total, as Cardinal divides its fractions. */
    double ratio() {
        return (double) count / (double) total;
    }
}
