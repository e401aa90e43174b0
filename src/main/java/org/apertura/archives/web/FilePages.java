package org.apertura.archives.web;

import java.io.IOException;
import org.apertura.archives.ArchivedDocument;
import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.CaseFile;
import org.apertura.archives.CaseFiles;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.HtmlPdf;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case files: opening one from the archive's desk, its page with the carátula (HTML, and PDF for the folder's
 * cover), its documents and, while it is open, the forms to add a document or close it. A reserved or confidential
 * file shows everyone else only its public metadata.
 */
@Controller
class FilePages {

    private final CaseFiles files;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final Storage storage;
    private final MessageSource messages;
    private final Today today;
    private final org.apertura.archives.Holds holds;
    private final org.apertura.archives.Transfers transfers;

    FilePages(CaseFiles files, ArchivesPolicy policy, JurisdictionService directory, Storage storage,
            MessageSource messages, Today today, org.apertura.archives.Holds holds,
            org.apertura.archives.Transfers transfers) {
        this.holds = holds;
        this.transfers = transfers;
        this.files = files;
        this.policy = policy;
        this.directory = directory;
        this.storage = storage;
        this.messages = messages;
        this.today = today;
    }

    @PostMapping("/archivos/{slug}/gestion/expedientes")
    String open(@PathVariable String slug, @RequestParam(name = "serie", required = false) String series,
            @RequestParam(name = "titulo", required = false) String title,
            @RequestParam(name = "asunto", required = false) String subject,
            @RequestParam(name = "unidad", required = false) String unit,
            @RequestParam(name = "apertura", required = false) String opened, RedirectAttributes redirect) {
        keeper(slug);
        try {
            CaseFile file = files.open(slug, new CaseFiles.Opening(series, title, subject, unit, Texts.dayOrNull(opened)));
            redirect.addFlashAttribute("opened", true);
            return "redirect:/archivos/" + slug + "/expedientes/" + file.getId();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("openProblems", e.problems());
            redirect.addFlashAttribute("openForm", new String[] {series, title, subject, unit, opened});
            return "redirect:/archivos/" + slug + "/gestion#abrir";
        }
    }

    @GetMapping("/archivos/{slug}/expedientes/{id}")
    String file(@PathVariable String slug, @PathVariable long id, Model model) {
        Institution institution = directory.institution(slug);
        CaseFile file = files.file(slug, id);
        model.addAttribute("institution", institution);
        model.addAttribute("file", file);
        model.addAttribute("series", files.series(file));
        model.addAttribute("documents", files.documents(file));
        model.addAttribute("allowed", policy.allowedNow(slug));
        boolean desk = policy.allowedNow(slug).may(ArchivesAction.MANAGE);
        model.addAttribute("desk", desk);
        model.addAttribute("holds", desk ? holds.of(file) : java.util.List.of());
        model.addAttribute("activeHolds", holds.check(java.util.List.of(file), today.date()));
        model.addAttribute("loans", desk ? transfers.loans(file) : java.util.List.of());
        model.addAttribute("todayIso", today.date().toString());
        model.addAttribute("can", policy.allowedNow(file));
        return "archives/file";
    }

    @PostMapping("/archivos/{slug}/expedientes/{id}/documentos")
    String addDocument(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "titulo", required = false) String title,
            @RequestParam(name = "fecha", required = false) String dated,
            @RequestParam(name = "documento", required = false) MultipartFile upload,
            @RequestParam(name = "enlace", required = false) String link, RedirectAttributes redirect)
            throws IOException {
        keeper(slug);
        try {
            if (link != null && !link.isBlank() && (upload == null || upload.isEmpty())) {
                files.addLink(slug, id, title, Texts.dayOrNull(dated), link);
            } else {
                files.addUpload(slug, id, title, Texts.dayOrNull(dated), upload == null ? null : upload.getOriginalFilename(),
                        upload == null ? null : upload.getBytes());
            }
            redirect.addFlashAttribute("added", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("documentProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/expedientes/" + id + "#documentos";
    }

    @PostMapping("/archivos/{slug}/expedientes/{id}/cierre")
    String close(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "cierre", required = false) String closed, RedirectAttributes redirect) {
        keeper(slug);
        try {
            files.close(slug, id, Texts.dayOrNull(closed));
            redirect.addFlashAttribute("closed", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("closeProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/expedientes/" + id;
    }

    @GetMapping("/archivos/{slug}/expedientes/{id}/caratula.pdf")
    ResponseEntity<byte[]> cover(@PathVariable String slug, @PathVariable long id) {
        Institution institution = directory.institution(slug);
        CaseFile file = files.file(slug, id);
        boolean desk = policy.allowedNow(slug).may(ArchivesAction.MANAGE);
        byte[] pdf = HtmlPdf.render(Caratula.xhtml(institution.getName(), file, files.series(file), desk,
                (key, args) -> messages.getMessage(key, args, Today.LOCALE), today),
                "Carátula " + file.getReference());
        return Downloads.inline(MediaType.APPLICATION_PDF,
                "caratula-" + file.getReference().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf")
                .body(pdf);
    }

    @GetMapping("/archivos/{slug}/expedientes/{id}/documentos/{position}")
    ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable long id, @PathVariable int position) {
        CaseFile file = files.file(slug, id);
        ArchivedDocument document = files.documents(file).stream().filter(d -> d.getPosition() == position)
                .filter(d -> d.getSha256() != null).findFirst()
                .orElseThrow(() -> new NotFoundException("document"));
        byte[] content = storage.read(document.getSha256()).orElseThrow(() -> new NotFoundException("content"));
        return Downloads.attachmentUtf8(MediaType.parseMediaType(document.getMediaType()), document.getFileName())
                .body(content);
    }

    private void keeper(String slug) {
        directory.institution(slug);
        if (!policy.allowedNow(slug).may(ArchivesAction.KEEP_FILES)) {
            throw new AccessDeniedException("archivists only");
        }
    }
}
