package org.apertura.infographics.api;

import org.apertura.infographics.NormKit;
import org.apertura.platform.kits.KitWriter;
import org.springframework.http.ResponseEntity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.apertura.infographics.CitizenVersion;
import org.apertura.infographics.NormType;
import org.apertura.infographics.NormView;
import org.apertura.infographics.Norms;
import org.apertura.infographics.ProcessDiagram;
import org.apertura.platform.web.ApiLocale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Norms and their citizen versions, for machines. No token needed. */
@RestController
@RequestMapping("/api/v1/norms")
@Tag(name = "api.tag.norms", description = "api.tag.norms.description")
class NormApi {

    private final Norms norms;
    private final MessageSource messages;
    private final NormKit kits;

    NormApi(Norms norms, MessageSource messages, NormKit kits) {
        this.norms = norms;
        this.messages = messages;
        this.kits = kits;
    }

    /** A published norm's citizen version as a kit (docs/KITS.md); another government's editor reads it in the browser. */
    @GetMapping(value = "/{slug}/kit", produces = "application/zip")
    @Operation(summary = "api.op.infographics.normKit")
    ResponseEntity<byte[]> kit(@PathVariable String slug) {
        return KitWriter.download(kits.fileName(slug), kits.zip(slug));
    }

    /** A norm in the list. */
    record NormSummary(String slug, String title, NormType type, String institution, String institutionName,
            String gazette, LocalDate publishedOn, int version, int steps, String ruleSet, String page) {

        static NormSummary of(NormView n) {
            return new NormSummary(n.slug(), n.title(), n.type(), n.institutionSlug(), n.institutionName(),
                    n.gazette(), n.publishedOn(), n.version(), n.citizenVersion().steps().size(),
                    n.generatedFromRules() ? n.generated().ruleSet() : null, n.path());
        }
    }

    /** A norm with its citizen version and the text version of its diagram. */
    record NormDetail(NormSummary norm, String officialUrl, String contentSha256, CitizenVersion citizenVersion,
            NormView.Generated generatedFrom, List<ProcessDiagram.Item> diagram) {
    }

    @GetMapping
    @Operation(summary = "api.op.infographics.norms", description = "api.op.infographics.norms.description")
    List<NormSummary> list(@RequestParam(name = "institution", required = false) String institution,
            @RequestParam(name = "type", required = false) NormType type,
            @RequestParam(name = "jurisdiction", required = false) String jurisdiction) {
        return norms.list(institution, type, jurisdiction).stream().map(NormSummary::of).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "api.op.infographics.norm")
    NormDetail norm(@PathVariable String slug, @RequestParam(name = "jurisdiction", required = false) String jurisdiction,
            HttpServletRequest http) {
        NormView n = norms.get(slug, jurisdiction);
        return new NormDetail(NormSummary.of(n), n.officialUrl(), n.contentSha256(), n.citizenVersion(), n.generated(),
                ProcessDiagram.of(n, messages, ApiLocale.of(http)).items());
    }
}
