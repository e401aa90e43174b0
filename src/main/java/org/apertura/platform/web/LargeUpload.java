package org.apertura.platform.web;

/**
 * Paths whose file uploads (multipart forms) may be larger than the few megabytes every other form takes
 * ({@code apertura.upload.max-file}, see {@link UploadLimits}): a module declares a bean of this type with the path
 * prefix of its upload forms and the largest file it accepts, which it also enforces as it reads the file.
 */
public record LargeUpload(String pathPrefix, long maxBytes) {
}
