package org.apertura.opendata;

import java.io.InputStream;

/**
 * A file as a publisher sends it: the name it had (a label only) and its content, read once as a stream (the caller
 * opens and closes it); {@code convertLatin1} asks that a Latin-1 (Windows-1252) CSV be converted to UTF-8 rather
 * than reported as badly encoded.
 */
public record FileUpload(String fileName, InputStream content, boolean convertLatin1) {

    public static FileUpload of(String fileName, InputStream content) {
        return new FileUpload(fileName, content, false);
    }
}
