package org.apertura.platform.web;

/**
 * A path whose request body may be larger than the 1 MB every form and JSON request is held to
 * ({@link BodySizeLimit}): a module declares a bean of this type for an endpoint that takes files as its
 * body, such as a bulk import or a compile tool, with the largest body it reads.
 */
public record LargeBody(String path, long maxBytes) {
}
