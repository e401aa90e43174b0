package org.apertura.platform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a well-formed XHTML fragment into a PDF (openhtmltopdf), for the documents Apertura issues: minutes,
 * acuses, resolutions. The fragment must be XML; the page gets a plain, printable style.
 */
public final class HtmlPdf {

    private static final String STYLE = "body{font-family:sans-serif;font-size:11pt;line-height:1.4;margin:0}"
            + "h1{font-size:16pt}h2{font-size:13pt;margin-top:14pt}table{border-collapse:collapse;width:100%}"
            + "th,td{border:1px solid #888;padding:3pt;text-align:left;vertical-align:top}.hash{font-size:8pt}";

    private HtmlPdf() {
    }

    public static byte[] render(String bodyHtml, String title) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"es-MX\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>" + bodyHtml
                + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(document, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts printed documents embed (DejaVu Sans Condensed, resources/fonts, Bitstream Vera licence). */
    public static final String PRINT_FONT = "Apertura Sans";

    /**
     * A printed document with its own page style ({@code @page} size, margins) and the embedded fonts of
     * {@link #PRINT_FONT}, so its text can be extracted and it prints the same everywhere: for leaflets.
     */
    public static byte[] renderPrint(String bodyHtml, String title, String css) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"es-MX\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title) + "</title><style>" + css + "</style></head><body>" + bodyHtml
                + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> HtmlPdf.class.getResourceAsStream("/fonts/DejaVuSansCondensed.ttf"), PRINT_FONT, 400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> HtmlPdf.class.getResourceAsStream("/fonts/DejaVuSansCondensed-Bold.ttf"), PRINT_FONT,
                    700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(document, null);
            builder.withProducer("Apertura");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
