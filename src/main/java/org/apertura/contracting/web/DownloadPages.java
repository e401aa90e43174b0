package org.apertura.contracting.web;

import org.apertura.platform.PlatformProperties;
import java.util.Arrays;
import java.util.List;
import org.apertura.contracting.FlatTables;
import org.apertura.contracting.OcdsCatalogue;
import org.apertura.contracting.OcdsDownloads;
import org.apertura.contracting.OcdsValidation;
import org.apertura.platform.web.PublicDataset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The bulk downloads of the published contracting data, and the publication policy they follow. */
@Controller
class DownloadPages implements PublicDataset.Source {

    private final OcdsDownloads downloads;
    private final OcdsCatalogue catalogue;
    private final String ocidPrefix;
    private final String contact;

    DownloadPages(OcdsDownloads downloads, OcdsCatalogue catalogue, OcdsValidation validation,
            PlatformProperties settings) {
        this.downloads = downloads;
        this.catalogue = catalogue;
        this.ocidPrefix = validation.ocidPrefix();
        this.contact = settings.contact().email();
    }

    @Override
    public List<PublicDataset> datasets() {
        return Arrays.stream(FlatTables.values()).map(t -> new PublicDataset("contracting.bulk." + t.fileName(),
                "/api/v1/ocds/downloads/" + t.fileName() + ".csv", "/api/v1/ocds/downloads/registros.json.gz",
                t.columns())).toList();
    }

    @GetMapping("/contrataciones/descargas")
    String downloads(Model model) {
        model.addAttribute("years", downloads.years());
        model.addAttribute("tables", FlatTables.values());
        addPublisher(model);
        return "contracting/downloads";
    }

    @GetMapping("/contrataciones/politica-de-publicacion")
    String policy(Model model) {
        addPublisher(model);
        model.addAttribute("ocidPrefix", ocidPrefix);
        model.addAttribute("contact", contact);
        return "contracting/policy";
    }

    private void addPublisher(Model model) {
        model.addAttribute("publisher", catalogue.publisherName());
        model.addAttribute("license", catalogue.license());
        model.addAttribute("ccBy", catalogue.license().contains("creativecommons.org/licenses/by/4.0"));
    }
}
