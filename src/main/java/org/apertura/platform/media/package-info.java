/**
 * What modules need to publish what people upload and where things are: pictures and documents made safe to show
 * ({@link org.apertura.platform.media.Images}, {@link org.apertura.platform.media.Documents}: type read from the bytes,
 * hidden data such as EXIF and the phone's GPS position dropped), points checked against the country's box and the
 * jurisdiction's when one is configured ({@link org.apertura.platform.media.GeoPoint},
 * {@link org.apertura.platform.media.PlaceBounds}, docs/adr/0084) and drawn on a self-contained SVG map
 * ({@link org.apertura.platform.media.PointMap}: no base map, nothing loaded from a third party). Used by participatory
 * budgets' projects, co-creation's proposals and meetings (docs/adr/0080).
 */
package org.apertura.platform.media;
