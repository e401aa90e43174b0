package org.apertura.infographics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apertura.infographics.LawNorms;
import org.apertura.infographics.NormService;
import org.apertura.infographics.NormType;
import org.apertura.infographics.NormView;
import org.apertura.infographics.Norms;
import org.apertura.infographics.ProcessDiagram;
import org.apertura.infographics.Tripticos;
import org.apertura.plainlanguage.AnalysisView;
import org.apertura.plainlanguage.PlainLanguageService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public norms: the list (filters by institution and type; CSV, and JSON through the API), each norm's citizen
 * version in plain language (scored, with its hints and a warning below INFLESZ 55), its process diagram (SVG and
 * text version), earlier versions, the official text and the tríptico.
 */
@Controller
class NormPages implements PublicDataset.Source, SitemapSource, org.apertura.platform.chart.ShareCardSource {

    static final List<String> COLUMNS = List.of("normSlug", "normTitle", "normType", "normInstitution", "normGazette",
            "normPublishedOn", "normVersion", "normSteps", "normSource", "normUrl");

    private final Norms norms;
    private final NormService service;
    private final LawNorms generated;
    private final Tripticos tripticos;
    private final MessageSource messages;
    private final CsvExport csv;

    NormPages(Norms norms, NormService service, LawNorms generated, Tripticos tripticos, MessageSource messages,
            CsvExport csv) {
        this.norms = norms;
        this.service = service;
        this.generated = generated;
        this.tripticos = tripticos;
        this.messages = messages;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("norms", "/normas.csv", "/api/v1/norms", COLUMNS));
    }

    @Override
    public List<String> cardPaths() {
        return List.of("/normas/{slug}");
    }

    /** A norm's card: its type and issuer, its title, how many steps the procedure has, and its publication. */
    @Override
    public java.util.Optional<org.apertura.platform.chart.ShareCardFacts> card(String pattern,
            java.util.Map<String, String> variables) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return norms.find(variables.get("slug"), null).map(n -> new org.apertura.platform.chart.ShareCardFacts(
                messages.getMessage("card.norm.kicker", new Object[] {messages.getMessage("norm.type." + n.type(), null,
                        locale), n.institutionName()}, locale), n.title(),
                String.valueOf(n.citizenVersion().steps().size()),
                messages.getMessage("card.norm.figure", null, locale),
                n.generatedFromRules()
                        ? messages.getMessage("card.norm.generated", new Object[] {n.generated().law()}, locale)
                        : messages.getMessage("card.norm.sentence", new Object[] {n.gazette(), n.publishedOn().format(
                                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), n.version()}, locale),
                null));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        // a generated procedure's address carries its jurisdiction as a query; the sitemap lists plain addresses
        // (without it, the page shows the procedure of the first jurisdiction with a guarantor body)
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("/normas"),
                norms.list(null, null, null).stream().map(NormView::path)
                        .map(path -> path.contains("?") ? path.substring(0, path.indexOf('?')) : path).distinct())
                .limit(limit).toList();
    }

    @GetMapping("/normas")
    String list(@RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "tipo", required = false) NormType type,
            @RequestParam(name = "jurisdiccion", required = false) String jurisdiction, Model model) {
        List<NormView> all = norms.list(null, null, jurisdiction);
        model.addAttribute("norms", norms.list(institution, type, jurisdiction));
        model.addAttribute("institutions", all.stream().collect(java.util.stream.Collectors.toMap(
                NormView::institutionSlug, NormView::institutionName, (a, b) -> a, java.util.TreeMap::new)));
        model.addAttribute("types", NormType.values());
        model.addAttribute("institution", institution);
        model.addAttribute("type", type);
        model.addAttribute("jurisdictions", generated.jurisdictions());
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("desks", !service.desks().isEmpty());
        return "infographics/norms";
    }

    @GetMapping("/normas.csv")
    ResponseEntity<byte[]> listCsv(@RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "tipo", required = false) NormType type,
            @RequestParam(name = "jurisdiccion", required = false) String jurisdiction) {
        List<List<?>> rows = norms.list(institution, type, jurisdiction).stream().<List<?>>map(n -> List.of(n.slug(),
                n.title(), n.type(), n.institutionName(), n.gazette(), n.publishedOn().toString(), n.version(),
                n.citizenVersion().steps().size(), n.generatedFromRules() ? n.generated().ruleSet() : "", n.path())).toList();
        return csv.download("normas.csv", COLUMNS, rows);
    }

    @GetMapping("/normas/{slug}")
    String norm(@PathVariable String slug, @RequestParam(name = "jurisdiccion", required = false) String jurisdiction,
            Locale locale, Model model) {
        return page(norms.get(slug, jurisdiction), locale, model);
    }

    @GetMapping("/normas/{slug}/versiones/{number}")
    String version(@PathVariable String slug, @PathVariable int number, Locale locale, Model model) {
        return page(service.version(slug, number), locale, model);
    }

    private String page(NormView norm, Locale locale, Model model) {
        model.addAttribute("norm", norm);
        model.addAttribute("analysis", AnalysisView.of(PlainLanguageService.analyseUnchecked(
                norm.citizenVersion().plainText()), messages, locale));
        ProcessDiagram diagram = ProcessDiagram.of(norm, messages, locale);
        model.addAttribute("diagram", diagram);
        model.addAttribute("diagramSvg", diagram.svg(messages, locale));
        model.addAttribute("versions", norm.generatedFromRules() ? List.of() : service.versions(norm.slug()));
        model.addAttribute("allowed", norm.generatedFromRules() ? null : service.allowedOn(norm.institutionSlug()));
        model.addAttribute("adaptation", norm.generatedFromRules() ? null : service.adaptation(norm.slug()));
        model.addAttribute("jurisdictions", norm.generatedFromRules() ? generated.jurisdictions() : List.of());
        model.addAttribute("suffix", norm.generatedFromRules() ? "?jurisdiccion=" + norm.generated().jurisdictionSlug() : "");
        return "infographics/norm";
    }

    @GetMapping("/normas/{slug}/diagrama.svg")
    ResponseEntity<byte[]> diagram(@PathVariable String slug,
            @RequestParam(name = "jurisdiccion", required = false) String jurisdiction, Locale locale) {
        NormView norm = norms.get(slug, jurisdiction);
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + ProcessDiagram.of(norm, messages, locale).svg(messages, locale);
        return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(svg.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/normas/{slug}/triptico.pdf")
    ResponseEntity<byte[]> triptico(@PathVariable String slug,
            @RequestParam(name = "jurisdiccion", required = false) String jurisdiction, Locale locale) {
        NormView norm = norms.get(slug, jurisdiction);
        return TripticoPages.pdf("triptico-" + slug + ".pdf", tripticos.norm(norm, locale));
    }

    @GetMapping("/normas/{slug}/texto-oficial")
    ResponseEntity<byte[]> officialText(@PathVariable String slug) {
        return pdf(service.officialFile(slug).orElseThrow(() -> new NotFoundException("file")));
    }

    @GetMapping("/normas/{slug}/versiones/{number}/texto-oficial")
    ResponseEntity<byte[]> versionOfficialText(@PathVariable String slug, @PathVariable int number) {
        return pdf(service.officialFile(slug, number).orElseThrow(() -> new NotFoundException("file")));
    }

    private static ResponseEntity<byte[]> pdf(NormService.OfficialFile file) {
        return Downloads.inlineUtf8(MediaType.APPLICATION_PDF, file.name())
                .body(file.bytes());
    }
}
