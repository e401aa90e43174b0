package org.apertura.platform.media;

import java.math.BigDecimal;

/**
 * A jurisdiction's bounding box in decimal degrees (WGS 84), for checking that a point people give lies in the place a
 * process or call is about: south to north latitude, west to east longitude. A box is coarse (a state's box takes in
 * some of its neighbours), so it catches a point in the wrong state or with latitude and longitude swapped, not one a
 * few streets outside a border. {@code place} names the jurisdiction in the message; {@code approximate} and
 * {@code source} say where the values come from (docs/adr/0080).
 */
public record GeoBox(String place, BigDecimal south, BigDecimal north, BigDecimal west, BigDecimal east,
        boolean approximate, String source) {

    public GeoBox {
        if (south.compareTo(north) >= 0 || west.compareTo(east) >= 0) {
            throw new IllegalArgumentException("A box runs from south to north and from west to east: " + place);
        }
    }

    /** Whether the point lies within the box, its edges included. */
    public boolean contains(BigDecimal latitude, BigDecimal longitude) {
        return latitude.compareTo(south) >= 0 && latitude.compareTo(north) <= 0 && longitude.compareTo(west) >= 0
                && longitude.compareTo(east) <= 0;
    }
}
