package org.apertura.plainlanguage.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apertura.plainlanguage.AnalysisView;
import org.apertura.plainlanguage.GlossaryTerm;
import org.apertura.plainlanguage.PlainLanguageService;
import org.apertura.platform.web.ApiLocale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Readability of Spanish text and the glossary, for machines. No token needed. */
@RestController
@RequestMapping("/api/v1/plain-language")
@Tag(name = "Plain language", description = "Lenguaje ciudadano: legibilidad de textos en español y glosario")
class PlainLanguageApi {

    private final PlainLanguageService service;
    private final MessageSource messages;

    PlainLanguageApi(PlainLanguageService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @PostMapping("/analysis")
    @Operation(summary = "Score a Spanish text and point at what to write more plainly",
            description = "Counts (sentences, words, syllables, letters), the Fernández-Huerta, Szigriszt-Pazos "
                    + "(with its INFLESZ label), Gutiérrez de Polini, Crawford and μ indices with two decimals, and "
                    + "hints with UTF-16 offsets into the text. At most 200,000 characters. Messages follow "
                    + "Accept-Language (Spanish by default).")
    AnalysisView analyse(@RequestBody TextRequest request, HttpServletRequest http) {
        return AnalysisView.of(service.analyse(request == null ? null : request.text()), messages, ApiLocale.of(http));
    }

    @GetMapping("/glossary")
    @Operation(summary = "The glossary of open government and transparency terms, in Spanish and English")
    List<GlossaryTerm> glossary() {
        return service.glossary();
    }

    /** The body of an analysis request. */
    record TextRequest(String text) {
    }
}
