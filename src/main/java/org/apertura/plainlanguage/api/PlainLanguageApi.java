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
@Tag(name = "api.tag.plain-language", description = "api.tag.plain-language.description")
class PlainLanguageApi {

    private final PlainLanguageService service;
    private final MessageSource messages;

    PlainLanguageApi(PlainLanguageService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @PostMapping("/analysis")
    @Operation(summary = "api.op.plainlanguage.analyse", description = "api.op.plainlanguage.analyse.description")
    AnalysisView analyse(@RequestBody TextRequest request, HttpServletRequest http) {
        return AnalysisView.of(service.analyse(request == null ? null : request.text()), messages, ApiLocale.of(http));
    }

    @GetMapping("/glossary")
    @Operation(summary = "api.op.plainlanguage.glossary")
    List<GlossaryTerm> glossary() {
        return service.glossary();
    }

    /** The body of an analysis request. */
    record TextRequest(String text) {
    }
}
