package org.apertura.platform.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;

/**
 * A document as people may download it: a PDF (told by its bytes and by PDFBox reading it whole, never by its name),
 * saved again without what identifies who made it — the document information (author, creator, producer, dates) and
 * the XMP metadata — and without what would run when it is opened (the open action, document actions, JavaScript).
 * An encrypted PDF is refused: it could be neither read nor cleaned.
 */
public final class Documents {

    public static final String PDF = "application/pdf";

    /** The document's bytes as stored, its type and its number of pages. */
    public record Clean(byte[] bytes, String type, int pages) {
    }

    private Documents() {
    }

    public static Optional<Clean> cleanPdf(byte[] content) {
        if (content == null || content.length < 5 || content[0] != '%' || content[1] != 'P' || content[2] != 'D'
                || content[3] != 'F' || content[4] != '-') {
            return Optional.empty();
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                return Optional.empty();
            }
            document.setDocumentInformation(new PDDocumentInformation());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setMetadata(null);
            catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
            catalog.getCOSObject().removeItem(COSName.AA);
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null) {
                names.getCOSObject().removeItem(COSName.getPDFName("JavaScript"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            document.save(out);
            return Optional.of(new Clean(out.toByteArray(), PDF, document.getNumberOfPages()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
