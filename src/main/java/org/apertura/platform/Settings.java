package org.apertura.platform;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** Checks shared by the modules' settings records: a message that names the property, at start-up. */
public final class Settings {

    private Settings() {
    }

    /** A size above zero, or start-up stops naming the property. */
    public static DataSize positive(String property, DataSize size) {
        if (size == null || size.toBytes() <= 0) {
            throw new IllegalArgumentException(property + " must be a size above zero, such as 10MB; it is " + size);
        }
        return size;
    }

    /** A duration above zero, or start-up stops naming the property. */
    public static Duration positive(String property, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(property + " must be a duration above zero, such as PT10S; it is "
                    + duration);
        }
        return duration;
    }

    /** A count above zero, or start-up stops naming the property. */
    public static int positive(String property, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException(property + " must be a whole number above zero; it is " + count);
        }
        return count;
    }
}
