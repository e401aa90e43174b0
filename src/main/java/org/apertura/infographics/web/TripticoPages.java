package org.apertura.infographics.web;

import java.util.Locale;
import org.apertura.infographics.Tripticos;
import org.apertura.platform.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The trípticos of a commitment, a plan and a call for proposals, printed from their data when asked. */
@Controller
class TripticoPages {

    private final Tripticos tripticos;

    TripticoPages(Tripticos tripticos) {
        this.tripticos = tripticos;
    }

    @GetMapping("/compromisos/{id}/triptico.pdf")
    ResponseEntity<byte[]> commitment(@PathVariable Long id, Locale locale) {
        return pdf("triptico-compromiso-" + id + ".pdf", tripticos.commitment(id, locale));
    }

    @GetMapping("/planes/{id}/triptico.pdf")
    ResponseEntity<byte[]> plan(@PathVariable Long id, Locale locale) {
        return pdf("triptico-plan-" + id + ".pdf", tripticos.plan(id, locale));
    }

    @GetMapping("/convocatorias/{slug}/triptico.pdf")
    ResponseEntity<byte[]> call(@PathVariable String slug, Locale locale) {
        return pdf("triptico-" + slug + ".pdf", tripticos.call(slug, locale));
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] bytes) {
        return Downloads.inlineUtf8(MediaType.APPLICATION_PDF, name)
                .body(bytes);
    }
}
