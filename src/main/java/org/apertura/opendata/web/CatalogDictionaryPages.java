package org.apertura.opendata.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.PublicDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The data dictionary of the platform's own lists (formerly {@code /datos}): every public list, its CSV in Spanish
 * and English and its JSON, and each field described with its header in both files. Each list is also a dataset of
 * the catalog; this page keeps, for developers, every list and column on one page.
 */
@Controller
class CatalogDictionaryPages {

    private final List<PublicDataset.Source> sources;
    private final MessageSource messages;

    CatalogDictionaryPages(List<PublicDataset.Source> sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    @GetMapping("/datos/diccionario")
    String dictionary(Model model) {
        // a list per record shows the addresses of one that has data, or its address pattern (no link) while none has
        List<PublicDataset> datasets = sources.stream().flatMap(d -> d.datasets().stream())
                .map(d -> d.resolved().orElse(d)).sorted(Comparator.comparing(PublicDataset::key)).toList();
        Locale spanish = Today.LOCALE;
        Map<String, String> spanishHeaders = new HashMap<>();
        Map<String, String> englishHeaders = new HashMap<>();
        datasets.stream().flatMap(d -> d.columns().stream()).forEach(c -> {
            spanishHeaders.put(c, messages.getMessage("csv." + c, null, c, spanish));
            englishHeaders.put(c, messages.getMessage("csv." + c, null, c, Locale.ENGLISH));
        });
        model.addAttribute("datasets", datasets);
        model.addAttribute("spanishHeaders", spanishHeaders);
        model.addAttribute("englishHeaders", englishHeaders);
        return "opendata/catalog-dictionary";
    }
}
