package org.apertura.plainlanguage.web;

import java.util.List;
import java.util.Locale;
import org.apertura.plainlanguage.AnalysisView;
import org.apertura.plainlanguage.PlainLanguageService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public writing aid (paste a text, see its scores and hints in place) and the glossary. */
@Controller
class PlainLanguagePages implements PublicDataset.Source, SitemapSource {

    static final List<String> COLUMNS = List.of("slug", "term_es", "definition_es", "term_en", "definition_en", "source");

    private final PlainLanguageService service;
    private final MessageSource messages;

    private final CsvExport csv;

    PlainLanguagePages(PlainLanguageService service, MessageSource messages, CsvExport csv) {
        this.service = service;
        this.messages = messages;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("glossary", "/glosario.csv", "/api/v1/plain-language/glossary", COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return List.of("/lenguaje-ciudadano", "/glosario").stream().limit(limit).toList();
    }

    @GetMapping("/lenguaje-ciudadano")
    String aid(Model model) {
        model.addAttribute("text", "");
        return "plainlanguage/aid";
    }

    @PostMapping("/lenguaje-ciudadano")
    String analyse(@RequestParam(name = "text", required = false) String text, Locale locale, Model model) {
        model.addAttribute("text", text == null ? "" : text);
        try {
            model.addAttribute("analysis", AnalysisView.of(service.analyse(text), messages, locale));
        } catch (InvalidInputException e) {
            model.addAttribute("textError", messages.getMessage(e.problems().get(0).messageKey(),
                    e.problems().get(0).args(), locale));
        }
        return "plainlanguage/aid";
    }

    @GetMapping("/glosario")
    String glossary(Locale locale, Model model) {
        model.addAttribute("terms", service.glossary());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        return "plainlanguage/glossary";
    }

    @GetMapping("/glosario.csv")
    ResponseEntity<byte[]> glossaryCsv() {
        List<List<?>> rows = service.glossary().stream()
                .<List<?>>map(t -> List.of(t.slug(), t.termEs(), t.definitionEs(), t.termEn(), t.definitionEn(), t.source()))
                .toList();
        return csv.download("glosario.csv", COLUMNS, rows);
    }
}
