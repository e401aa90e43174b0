package org.apertura.platform.web;

import java.io.IOException;
import org.apertura.platform.media.Attachments;
import org.apertura.platform.storage.FileSizes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web side of attached pictures and documents ({@link Attachments}, ADR 0080), for every module whose pages use
 * {@code fragments/media}: the limits those forms state, an uploaded file as an {@link Attachments.Upload}, and a
 * stored file served back.
 */
public final class MediaForms {

    /** The picture form of {@code fragments/media :: files}: its problems link to its fields ({@code media-image}, …). */
    public static final FlashOutcome.Form IMAGE_FORM = FlashOutcome.Form.of("media", "image", "imageAlt");
    /** The document form of {@code fragments/media :: files} ({@code doc-document}, {@code doc-documentTitle}). */
    public static final FlashOutcome.Form DOCUMENT_FORM = FlashOutcome.Form.of("doc", "document", "documentTitle");

    private MediaForms() {
    }

    /** The limits the forms state: pictures and documents per item, and their sizes in words. */
    public static void limits(Model model) {
        model.addAttribute("maxImages", Attachments.MAX_IMAGES);
        model.addAttribute("maxDocuments", Attachments.MAX_DOCUMENTS);
        model.addAttribute("imageSize", FileSizes.inWords(Attachments.MAX_IMAGE_BYTES));
        model.addAttribute("documentSize", FileSizes.inWords(Attachments.MAX_DOCUMENT_BYTES));
    }

    /** An uploaded file (or none) and the label its author wrote. */
    public static Attachments.Upload upload(MultipartFile file, String label) throws IOException {
        boolean empty = file == null || file.isEmpty();
        return new Attachments.Upload(empty ? null : file.getOriginalFilename(), empty ? null : file.getBytes(), label);
    }

    /**
     * A stored file as served: its type, {@code nosniff}, revalidated on every use (a removed file must not outlive
     * its removal); a picture inline, anything else as a download under {@code downloadName}.
     */
    public static ResponseEntity<byte[]> served(String contentType, boolean image, String downloadName,
            byte[] content) {
        MediaType type = MediaType.parseMediaType(contentType);
        return (image ? ResponseEntity.ok().contentType(type) : Downloads.attachment(type, downloadName))
                .cacheControl(CacheControl.noCache().cachePublic()).header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
