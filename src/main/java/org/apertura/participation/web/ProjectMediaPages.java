package org.apertura.participation.web;

import java.io.IOException;
import java.util.Locale;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProjectFile;
import org.apertura.participation.ProjectMedia;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.media.Attachments;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.MediaForms;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A budget project's pictures and documents (ADR 0080, 0088): its author's forms on the project's page, the same
 * fragments as a co-creation proposal's, and the files served (pictures inline, documents as downloads, both
 * {@code nosniff}).
 */
@Controller
class ProjectMediaPages {

    private static final String PROJECT = ProcessPages.BASE + "/{slug}/proyectos/{number}";

    private final ProjectMedia media;
    private final ParticipationService service;
    private final FlashOutcome outcome;

    ProjectMediaPages(ProjectMedia media, ParticipationService service, FlashOutcome outcome) {
        this.media = media;
        this.service = service;
        this.outcome = outcome;
    }

    @PostMapping(PROJECT + "/imagenes")
    String addImage(@PathVariable String slug, @PathVariable int number,
            @RequestParam(required = false) MultipartFile image, @RequestParam(required = false) String imageAlt,
            Locale locale, RedirectAttributes redirect) throws IOException {
        var upload = MediaForms.upload(image, imageAlt);
        outcome.run(redirect, locale, MediaForms.IMAGE_FORM, "participation.media.imageAdded", () -> media.addImage(slug, number, upload));
        return back(slug, number);
    }

    @PostMapping(PROJECT + "/documentos")
    String addDocument(@PathVariable String slug, @PathVariable int number,
            @RequestParam(required = false) MultipartFile document,
            @RequestParam(required = false) String documentTitle, Locale locale, RedirectAttributes redirect)
            throws IOException {
        var upload = MediaForms.upload(document, documentTitle);
        outcome.run(redirect, locale, MediaForms.DOCUMENT_FORM, "participation.media.documentAdded",
                () -> media.addDocument(slug, number, upload));
        return back(slug, number);
    }

    @PostMapping(PROJECT + "/archivos/{file}/quitar")
    String remove(@PathVariable String slug, @PathVariable int number, @PathVariable Long file, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.media.removed", () -> media.remove(slug, number, file));
        return back(slug, number);
    }

    @GetMapping(PROJECT + "/archivos/{file}")
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable int number, @PathVariable Long file) {
        BudgetProcess process = service.process(slug);
        Attachments.Served<ProjectFile> served = media.served(service.project(process, number), file)
                .orElseThrow(() -> new NotFoundException("file " + file + " of project " + number));
        ProjectFile f = served.file();
        return MediaForms.served(f.getContentType(), f.isImage(),
                "proyecto-" + number + "-documento-" + f.getId() + ".pdf", served.content());
    }

    private static String back(String slug, int number) {
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/proyectos/" + number + "#archivos";
    }
}
