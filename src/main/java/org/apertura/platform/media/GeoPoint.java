package org.apertura.platform.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apertura.platform.FieldProblem;

/**
 * A point on the map, in decimal degrees (WGS 84) with six decimals (about 10 cm). A place people give must lie within
 * Mexico's box — latitude 14.3 to 32.8, longitude −118.5 to −86.5, islands included — the bounds every jurisdiction
 * of the platform lies within (docs/adr/0080), and within its jurisdiction's box when one is configured
 * ({@link PlaceBounds}, docs/adr/0084).
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    static final BigDecimal SOUTH = new BigDecimal("14.3");
    static final BigDecimal NORTH = new BigDecimal("32.8");
    static final BigDecimal WEST = new BigDecimal("-118.5");
    static final BigDecimal EAST = new BigDecimal("-86.5");

    public GeoPoint {
        latitude = latitude.setScale(6, RoundingMode.HALF_UP);
        longitude = longitude.setScale(6, RoundingMode.HALF_UP);
    }

    /**
     * The point people gave, or the problem with it: both or neither (neither: no point), each a number within
     * Mexico. {@code field}: the form field the problem is reported on.
     */
    public static Result of(BigDecimal latitude, BigDecimal longitude, String field) {
        if (latitude == null && longitude == null) {
            return new Result(Optional.empty(), Optional.empty());
        }
        if (latitude == null || longitude == null || latitude.compareTo(SOUTH) < 0 || latitude.compareTo(NORTH) > 0
                || longitude.compareTo(WEST) < 0 || longitude.compareTo(EAST) > 0) {
            return new Result(Optional.empty(), Optional.of(new FieldProblem(field, "media.validation.point")));
        }
        return new Result(Optional.of(new GeoPoint(latitude, longitude)), Optional.empty());
    }

    /**
     * As {@link #of(BigDecimal, BigDecimal, String)}, and within the jurisdiction's box when there is one: a point in
     * Mexico but outside it is the field's problem, naming the place and its box.
     */
    public static Result of(BigDecimal latitude, BigDecimal longitude, String field, Optional<GeoBox> within) {
        Result result = of(latitude, longitude, field);
        if (result.point().isEmpty() || within.isEmpty()) {
            return result;
        }
        GeoBox box = within.get();
        GeoPoint point = result.point().get();
        if (box.contains(point.latitude(), point.longitude())) {
            return result;
        }
        return new Result(Optional.empty(), Optional.of(new FieldProblem(field, "media.validation.pointOutside",
                box.place(), box.south().toPlainString(), box.north().toPlainString(), box.west().toPlainString(),
                box.east().toPlainString())));
    }

    /** A point, none, or the problem with what was given. */
    public record Result(Optional<GeoPoint> point, Optional<FieldProblem> problem) {
    }
}
