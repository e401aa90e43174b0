package org.apertura.challenge.web;

import org.apertura.actionplan.ActionPlanService;
import org.apertura.challenge.ChallengeAction;
import org.apertura.challenge.ChallengeKit;
import org.apertura.challenge.ChallengeService;
import org.apertura.platform.kits.KitImports;
import org.apertura.platform.kits.KitWriter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A challenge's kit (issue 18, docs/KITS.md): anyone downloads it from the challenge's page; those who may create the
 * challenges of a commitment import another government's challenge kit for it with their own address and schedule.
 * The result shows where it was adapted from; a refused kit says why, in the reader's language, and changes nothing.
 */
@Controller
class ChallengeKitPages {

    private final ChallengeService service;
    private final ChallengeKit kits;
    private final ActionPlanService plans;

    ChallengeKitPages(ChallengeService service, ChallengeKit kits, ActionPlanService plans) {
        this.service = service;
        this.kits = kits;
        this.plans = plans;
    }

    /**
     * The upload and how to adapt it (the address and schedule of a challenge's own form; the kit gives the rest); the
     * file is bound as a field so its problems show beside it.
     */
    public static class ChallengeKitForm extends ChallengeForms.ChallengeForm {
        public MultipartFile kit;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/retos/{slug}/kit.zip")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        byte[] zip = kits.zip(slug);
        return KitWriter.download(kits.fileName(service.challenge(slug)), zip);
    }

    @GetMapping("/retos/importar")
    String form(@RequestParam("compromiso") Long commitmentId, @ModelAttribute("form") ChallengeKitForm form,
            BindingResult errors, Model model) {
        return page(commitmentId, model);
    }

    @PostMapping("/retos/importar")
    String importKit(@RequestParam("compromiso") Long commitmentId, @ModelAttribute("form") ChallengeKitForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return KitImports.page(errors, form.kit, in -> kits.importInto(commitmentId,
                new ChallengeKit.Adapting(form.slug, form.registrationOpens, form.registrationCloses,
                        form.submissionsOpen, form.submissionsClose, form.resultsOn), in),
                redirect, "kit.notice.importedChallenge", challenge -> "/retos/" + challenge.getSlug(),
                () -> page(commitmentId, model));
    }

    private String page(Long commitmentId, Model model) {
        service.allowedFor(commitmentId).require(ChallengeAction.CREATE);
        model.addAttribute("commitment", plans.commitment(commitmentId));
        return "challenge/import-kit";
    }
}
