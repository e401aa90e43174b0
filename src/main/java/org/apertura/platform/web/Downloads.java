package org.apertura.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers that hand over a file: its type and the name it is saved under ({@code Content-Disposition}), written once
 * for every module's downloads. A name the code makes (ASCII) is given as it is; a name people chose (an upload's) is
 * given in UTF-8 too ({@code filename*}).
 */
public final class Downloads {

    private Downloads() {
    }

    /** A file to save under a name the code makes. */
    public static ResponseEntity.BodyBuilder attachment(MediaType type, String fileName) {
        return named(type, ContentDisposition.attachment().filename(fileName));
    }

    /** A file to save under a name people chose. */
    public static ResponseEntity.BodyBuilder attachmentUtf8(MediaType type, String fileName) {
        return named(type, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8));
    }

    /** A file the browser shows (a PDF, a calendar), under a name the code makes if it is saved. */
    public static ResponseEntity.BodyBuilder inline(MediaType type, String fileName) {
        return named(type, ContentDisposition.inline().filename(fileName));
    }

    /** A file the browser shows, under a name people chose if it is saved. */
    public static ResponseEntity.BodyBuilder inlineUtf8(MediaType type, String fileName) {
        return named(type, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8));
    }

    private static ResponseEntity.BodyBuilder named(MediaType type, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString());
    }
}
