package org.apertura.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the next sign-in attempt for one key (an e-mail address as typed, or a network address) must wait
 * after failures: the first {@link Rule#free} failures cost nothing; each failure after them makes the next
 * attempt wait twice as long as the one before, starting at {@link Rule#first} and never more than
 * {@link Rule#cap}; a key that has not failed for {@link Rule#forget} starts again from zero. An attempt made
 * while waiting is refused before the password is checked and does not count, so nobody can push the wait
 * past the cap, and nobody is ever locked out for longer than the cap.
 */
final class SignInDelay {

    /** The numbers of one kind of key. */
    record Rule(int free, Duration first, Duration cap, Duration forget) {

        /** The wait after {@code failures} failures in a row. */
        Duration after(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free - 1, 30);
            Duration wait = first.multipliedBy(1L << doublings);
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    private int failures;
    private Instant lastFailure;

    SignInDelay() {
    }

    /** The delay of a key as stored: its failures in a row and the time of the last one. */
    SignInDelay(int failures, Instant lastFailure) {
        this.failures = failures;
        this.lastFailure = lastFailure;
    }

    /** What is left of the wait at {@code now} (zero when an attempt may be made). */
    synchronized Duration remaining(Rule rule, Instant now) {
        if (forgotten(rule, now)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lastFailure.plus(rule.after(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failed attempt. */
    synchronized void fail(Rule rule, Instant now) {
        if (forgotten(rule, now)) {
            failures = 0;
        }
        failures++;
        lastFailure = now;
    }

    synchronized boolean forgotten(Rule rule, Instant now) {
        return lastFailure == null || !lastFailure.plus(rule.forget()).isAfter(now);
    }

    synchronized int failures() {
        return failures;
    }
}
