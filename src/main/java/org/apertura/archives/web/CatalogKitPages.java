package org.apertura.archives.web;

import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.CatalogKit;
import org.apertura.archives.Instrument;
import org.apertura.archives.Instruments;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.kits.KitImports;
import org.apertura.platform.kits.KitWriter;
import org.apertura.platform.web.CsvExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An archival catalog's kit (issue 18, docs/KITS.md): anyone downloads the catalog in force of an institution from its
 * archives page; the archivists of another institution import it as a draft version of their instruments, which their
 * Grupo Interdisciplinario approves as any other. A refused kit says why, in the reader's language, and saves nothing.
 */
@Controller
class CatalogKitPages {

    private final CatalogKit kits;
    private final Instruments instruments;
    private final JurisdictionService directory;
    private final CsvExport csv;
    private final ArchivesPolicy policy;

    CatalogKitPages(CatalogKit kits, Instruments instruments, JurisdictionService directory, CsvExport csv,
            ArchivesPolicy policy) {
        this.policy = policy;
        this.kits = kits;
        this.instruments = instruments;
        this.directory = directory;
        this.csv = csv;
    }

    /** The upload, bound as a field so its problems show beside it. */
    public static class CatalogKitForm {
        public MultipartFile kit;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/archivos/{slug}/catalogo/kit.zip")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        Instrument instrument = kits.inForce(slug);
        return KitWriter.download(CatalogKit.fileName(instrument),
                kits.zip(instrument, CatalogKitFiles.csv(csv, instruments.nodes(instrument))));
    }

    @GetMapping("/archivos/{slug}/gestion/importar-kit")
    String form(@PathVariable String slug, @ModelAttribute("form") CatalogKitForm form, BindingResult errors,
            Model model) {
        return page(slug, model);
    }

    @PostMapping("/archivos/{slug}/gestion/importar-kit")
    String importKit(@PathVariable String slug, @ModelAttribute("form") CatalogKitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        page(slug, model);
        return KitImports.page(errors, form.kit, in -> kits.importInto(slug, in), redirect,
                "kit.notice.importedCatalog", instrument -> "/archivos/" + slug + "/instrumentos/"
                        + instrument.getNumber(), () -> "archives/import-kit");
    }

    private String page(String slug, Model model) {
        model.addAttribute("institution", directory.institution(slug));
        if (!policy.allowedNow(slug).may(ArchivesAction.IMPORT_INSTRUMENTS)) {
            throw new AccessDeniedException("those who import the institution's instruments only");
        }
        return "archives/import-kit";
    }
}
