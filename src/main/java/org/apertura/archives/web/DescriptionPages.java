package org.apertura.archives.web;

import org.apertura.archives.ArchivalDescriptions;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The archival description of each institution's fonds: an ISAD(G) page for the fonds and for each of its levels
 * (sections, series, subseries), and the whole fonds as EAD3 for archives software such as AtoM.
 */
@Controller
class DescriptionPages {

    private final ArchivalDescriptions descriptions;

    DescriptionPages(ArchivalDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @GetMapping("/archivos/{slug}/descripcion")
    String fonds(@PathVariable String slug, Model model) {
        return level(slug, null, model);
    }

    @GetMapping("/archivos/{slug}/descripcion/{code}")
    String level(@PathVariable String slug, @PathVariable String code, Model model) {
        ArchivalDescriptions.Isad isad = descriptions.isad(slug, code);
        model.addAttribute("isad", isad);
        model.addAttribute("institution", isad.fonds().institution());
        model.addAttribute("exportable", ArchivalDescriptions.exportable(isad.fonds()));
        return "archives/description";
    }

    /** An export refused (no instruments in force, nothing to describe): the page says why, nothing is sent. */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(InvalidInputException e, Model model) {
        model.addAttribute("problems", e.problems());
        return "archives/refused";
    }

    /** The fonds as EAD3; an institution without instruments in force or without files has nothing to export. */
    @GetMapping("/archivos/{slug}/ead.xml")
    ResponseEntity<StreamingResponseBody> ead(@PathVariable String slug) {
        ArchivalDescriptions.Fonds fonds = descriptions.fonds(slug)
                .orElseThrow(() -> new InvalidInputException("fondo", "archives.ead.error.noInstruments"));
        if (!ArchivalDescriptions.exportable(fonds)) {
            throw new InvalidInputException("fondo", "archives.ead.error.empty");
        }
        return Downloads.attachment(MediaType.APPLICATION_XML, "ead3-" + slug + ".xml")
                .body(out -> descriptions.writeEad(slug, out));
    }
}
