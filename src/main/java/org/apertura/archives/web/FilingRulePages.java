package org.apertura.archives.web;

import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesFilingRules;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.RecordKind;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archive's desk sets where the platform files its own records (shown on the desk, {@code #archivo-automatico}). */
@Controller
class FilingRulePages {

    private final ArchivesFilingRules rules;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;

    FilingRulePages(ArchivesFilingRules rules, ArchivesPolicy policy, JurisdictionService directory) {
        this.rules = rules;
        this.policy = policy;
        this.directory = directory;
    }

    @PostMapping("/archivos/{slug}/gestion/archivo-automatico")
    String add(@PathVariable String slug, @RequestParam(name = "registro", required = false) String kind,
            @RequestParam(name = "serie", required = false) String series,
            @RequestParam(name = "organo", required = false) String body, RedirectAttributes redirect) {
        keeper(slug);
        RecordKind k = null;
        for (RecordKind candidate : RecordKind.values()) {
            if (candidate.name().equals(kind)) {
                k = candidate;
            }
        }
        try {
            rules.add(slug, k, series, body);
            redirect.addFlashAttribute("filingAdded", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("filingProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/gestion#archivo-automatico";
    }

    @PostMapping("/archivos/{slug}/gestion/archivo-automatico/{id}/quitar")
    String remove(@PathVariable String slug, @PathVariable long id) {
        keeper(slug);
        rules.remove(slug, id);
        return "redirect:/archivos/" + slug + "/gestion#archivo-automatico";
    }

    private void keeper(String slug) {
        directory.institution(slug);
        if (!policy.allowedNow(slug).may(ArchivesAction.KEEP_FILES)) {
            throw new AccessDeniedException("archivists only");
        }
    }
}
