package org.apertura.portal;

import java.util.List;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.web.HomeSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (what Apertura is, what is happening now in every module, the jurisdictions on it) and the administrators' start page. */
@Controller
class PortalPages {

    private final JurisdictionService jurisdictions;
    private final LedgerService ledger;
    private final List<HomeSection> happening;
    private final org.apertura.platform.web.ReaderLastModified lastModified;

    PortalPages(JurisdictionService jurisdictions, LedgerService ledger, List<HomeSection> happening,
            org.apertura.platform.web.ReaderLastModified lastModified) {
        this.jurisdictions = jurisdictions;
        this.lastModified = lastModified;
        this.ledger = ledger;
        this.happening = happening.stream().sorted(java.util.Comparator.comparingInt(HomeSection::order)).toList();
    }

    /**
     * Kept for readers (docs/adr/0037): what it shows changes with a ledger entry, the day, or a session's start
     * (secretariat.SessionStarts, docs/adr/0045).
     */
    @GetMapping("/")
    @org.apertura.platform.web.ReaderPage
    String home(Model model, org.springframework.web.context.request.NativeWebRequest webRequest) {
        if (lastModified.notModified(webRequest)) {
            return null; // a reader's copy is still good: 304
        }
        List<Jurisdiction> all = jurisdictions.all();
        model.addAttribute("states", all.stream().filter(j -> j.getLevel() == JurisdictionLevel.STATE).toList());
        model.addAttribute("municipalities",
                all.stream().filter(j -> j.getLevel() == JurisdictionLevel.MUNICIPALITY).toList());
        model.addAttribute("institutionCount", jurisdictions.allInstitutions().size());
        model.addAttribute("recent", ledger.newestFirst(null, null, 0, 5).getContent());
        model.addAttribute("happening", happening.stream().map(HomeSection::now).flatMap(java.util.Optional::stream).toList());
        return "portal/home";
    }

    @GetMapping("/admin")
    String admin() {
        return "portal/admin";
    }
}
