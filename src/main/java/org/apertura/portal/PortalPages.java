package org.apertura.portal;

import java.util.List;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.web.HomeSection;
import org.apertura.platform.web.PublicDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (what Apertura is, what is happening now in every module, the jurisdictions on it) and the administrators' start page. */
@Controller
class PortalPages {

    private final JurisdictionService jurisdictions;
    private final LedgerService ledger;
    private final List<PublicDataset.Source> datasets;
    private final List<HomeSection> happening;
    private final MessageSource messages;

    PortalPages(JurisdictionService jurisdictions, LedgerService ledger, List<PublicDataset.Source> datasets,
            List<HomeSection> happening, MessageSource messages) {
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.datasets = datasets;
        this.happening = happening.stream().sorted(java.util.Comparator.comparingInt(HomeSection::order)).toList();
        this.messages = messages;
    }

    /** The data dictionary: every public list, its downloads, and each field described. */
    @GetMapping("/datos")
    String data(Model model) {
        model.addAttribute("datasets", datasets.stream().flatMap(d -> d.datasets().stream())
                .sorted(java.util.Comparator.comparing(PublicDataset::key)).toList());
        java.util.Locale spanish = java.util.Locale.forLanguageTag("es-MX");
        java.util.Map<String, String> spanishHeaders = new java.util.HashMap<>();
        java.util.Map<String, String> englishHeaders = new java.util.HashMap<>();
        datasets.stream().flatMap(d -> d.datasets().stream()).flatMap(d -> d.columns().stream()).forEach(c -> {
            spanishHeaders.put(c, messages.getMessage("csv." + c, null, c, spanish));
            englishHeaders.put(c, messages.getMessage("csv." + c, null, c, java.util.Locale.ENGLISH));
        });
        model.addAttribute("spanishHeaders", spanishHeaders);
        model.addAttribute("englishHeaders", englishHeaders);
        return "portal/data";
    }

    @GetMapping("/")
    String home(Model model) {
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
