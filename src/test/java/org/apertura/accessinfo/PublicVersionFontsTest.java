package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * A page kept as it is in a public version still draws with its own fonts: its resources are copied into the
 * new document, so none of them can take the number of a new page image (the second page would then name an
 * image as its font and print garbage).
 */
class PublicVersionFontsTest {

    @Test
    void aKeptPageKeepsItsFontsNextToARedactedPage() throws Exception {
        PublicVersions versions = new PublicVersions();
        byte[] document = AccessInfoDemo.document("Licencias de construcción");
        List<PublicVersions.Redaction> redactions = new ArrayList<>();
        versions.find(document, "Rosalba Quiñones Treviño").forEach(a -> redactions.add(new PublicVersions.Redaction(a,
                "LGTAIP 2025 art. 115")));
        PublicVersions.Result result = versions.redact(document, redactions);
        try (var pdf = Loader.loadPDF(result.pdf())) {
            PDPage kept = pdf.getPage(1);
            List<String> fonts = new ArrayList<>();
            for (COSName name : kept.getResources().getFontNames()) {
                PDFont font = kept.getResources().getFont(name);
                fonts.add(font.getName());
            }
            assertThat(fonts).containsExactly("Helvetica");
        }
    }
}
