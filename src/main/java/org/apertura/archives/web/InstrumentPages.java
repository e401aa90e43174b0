package org.apertura.archives.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.CaseFiles;
import org.apertura.archives.CatalogImportException;
import org.apertura.archives.Instrument;
import org.apertura.archives.Instruments;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.Workbook;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Downloads;
import org.apertura.platform.web.Labels;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instruments: the public page of each institution's archives (the CGCA and catálogo in force, with the act that
 * approved them, as CSV, JSON and XLSX), and the archive's desk to import a version and, for the área coordinadora,
 * to record the Grupo Interdisciplinario's approval. The policy decides who acts.
 */
@Controller
class InstrumentPages implements PublicDataset.Source, org.apertura.platform.web.SitemapSource {

    /** How many due files of each kind, and how many recent files, the desk lists. */
    static final int DUE_SHOWN = 200;
    static final int NEWEST_SHOWN = 20;

    private final Instruments instruments;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final CsvExport csv;
    private final MessageSource messages;
    private final CaseFiles files;
    private final Today today;
    private final org.apertura.archives.Transfers transfers;
    private final org.apertura.archives.Disposals disposals;

    private final org.apertura.archives.ArchivesFilingRules filingRules;

    InstrumentPages(Instruments instruments, ArchivesPolicy policy, JurisdictionService directory, CsvExport csv,
            MessageSource messages, CaseFiles files, Today today, org.apertura.archives.Transfers transfers,
            org.apertura.archives.Disposals disposals, org.apertura.archives.ArchivesFilingRules filingRules) {
        this.filingRules = filingRules;
        this.transfers = transfers;
        this.disposals = disposals;
        this.files = files;
        this.today = today;
        this.instruments = instruments;
        this.policy = policy;
        this.directory = directory;
        this.csv = csv;
        this.messages = messages;
    }

    @Override
    public List<PublicDataset> datasets() {
        // the catalog of an institution whose instrument is in force (none yet: no example address)
        return List.of(PublicDataset.perRecord("archivesCatalog", "/archivos/{institucion}/catalogo.csv",
                "/archivos/{institucion}/catalogo.json", CatalogColumns.COLUMNS,
                () -> instruments.allInForce().stream().findFirst()
                        .map(i -> Map.of("institucion", i.getInstitutionSlug())).orElse(Map.of())));
    }

    /**
     * The archives' index, then each institution with instruments in force: its archives, guide, group and its lists
     * of actas de baja and of transfers.
     */
    @Override
    public List<String> sitemapPaths(int limit) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("/archivos"),
                instruments.allInForce().stream().map(i -> "/archivos/" + i.getInstitutionSlug()).distinct()
                        .flatMap(base -> java.util.stream.Stream.of(base, base + "/guia", base + "/grupo",
                                base + "/bajas", base + "/transferencias")))
                .limit(limit).toList();
    }

    @GetMapping("/archivos")
    String index(Model model) {
        model.addAttribute("inForce", instruments.allInForce().stream()
                .map(i -> Map.of("instrument", i, "institution", directory.institution(i.getInstitutionSlug())))
                .toList());
        model.addAttribute("desks", policy.desksNow().stream().sorted().map(directory::institution).toList());
        return "archives/index";
    }

    @GetMapping("/archivos/{slug}")
    String institution(@PathVariable String slug, Model model) {
        Institution institution = directory.institution(slug);
        model.addAttribute("institution", institution);
        model.addAttribute("allowed", policy.allowedNow(slug));
        instruments.inForce(slug).ifPresent(i -> {
            model.addAttribute("instrument", i);
            model.addAttribute("nodes", instruments.nodes(i));
        });
        model.addAttribute("versions", instruments.versions(slug));
        // the public page lists what the public reads, whoever looks (the desk lists the rest)
        model.addAttribute("transfers", transfers.of(slug).stream().filter(policy::published).toList());
        model.addAttribute("disposals", disposals.of(slug).stream().filter(policy::published).toList());
        return "archives/institution";
    }

    @GetMapping("/archivos/{slug}/catalogo.csv")
    ResponseEntity<byte[]> catalogCsv(@PathVariable String slug) {
        Instrument instrument = instruments.inForce(slug).orElseThrow(() -> notFound());
        return csv.download("catalogo-" + slug + ".csv", CatalogColumns.COLUMNS,
                CatalogColumns.rows(instruments.nodes(instrument)));
    }

    @GetMapping("/archivos/{slug}/catalogo.json")
    ResponseEntity<Map<String, Object>> catalogJson(@PathVariable String slug) {
        Instrument instrument = instruments.inForce(slug).orElseThrow(() -> notFound());
        return ResponseEntity.ok(Map.of("institution", slug, "version", instrument.getNumber(),
                "approval", Map.of("act", instrument.getActNumber(), "date", instrument.getApprovedOn().toString(),
                        "members", instrument.getMemberList()),
                "levels", CatalogColumns.json(instruments.nodes(instrument))));
    }

    @GetMapping("/archivos/{slug}/instrumentos/{number}.csv")
    ResponseEntity<byte[]> versionCsv(@PathVariable String slug, @PathVariable int number) {
        Instrument instrument = instruments.version(slug, number);
        return csv.download("instrumentos-" + slug + "-v" + number + ".csv", CatalogColumns.COLUMNS,
                CatalogColumns.rows(instruments.nodes(instrument)));
    }

    @GetMapping("/archivos/{slug}/instrumentos/{number}.xlsx")
    ResponseEntity<byte[]> versionXlsx(@PathVariable String slug, @PathVariable int number) {
        Instrument instrument = instruments.version(slug, number);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = CatalogColumns.COLUMNS.stream()
                .map(c -> messages.getMessage("csv." + c, null, locale)).toList();
        byte[] bytes = Workbook.write("CADIDO", CatalogColumns.sheet(headers,
                CatalogColumns.rows(instruments.nodes(instrument)), e -> messages.getMessage(
                        e.getDeclaringClass().getAnnotation(Labels.class).value() + "." + e.name(), null, locale)));
        return Downloads.attachment(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "instrumentos-" + slug + "-v" + number + ".xlsx")
                .body(bytes);
    }

    @GetMapping("/archivos/{slug}/instrumentos/{number}")
    String version(@PathVariable String slug, @PathVariable int number, Model model) {
        Instrument instrument = instruments.version(slug, number);
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("instrument", instrument);
        model.addAttribute("nodes", instruments.nodes(instrument));
        model.addAttribute("allowed", policy.allowedNow(slug));
        model.addAttribute("todayIso", today.date().toString());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "archives/version";
    }

    @GetMapping("/archivos/{slug}/gestion")
    String desk(@PathVariable String slug, Model model) {
        deskOnly(slug);
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("versions", instruments.versions(slug));
        model.addAttribute("allowed", policy.allowedNow(slug));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        model.addAttribute("openable", instruments.inForce(slug).map(i -> instruments.nodes(i).stream()
                .filter(n -> n.hasDisposition()).toList()).orElse(List.of()));
        model.addAttribute("due", files.due(slug, today.date(), DUE_SHOWN));
        model.addAttribute("newest", files.newest(slug, NEWEST_SHOWN));
        model.addAttribute("todayIso", today.date().toString());
        model.addAttribute("transfers", transfers.of(slug));
        model.addAttribute("disposals", disposals.of(slug));
        model.addAttribute("filingRules", filingRules.of(slug));
        model.addAttribute("recordKinds", org.apertura.archives.RecordKind.values());
        return "archives/desk";
    }

    @PostMapping("/archivos/{slug}/gestion/instrumentos")
    String importFile(@PathVariable String slug, @RequestParam(name = "archivo", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        deskOnly(slug);
        try {
            Instrument instrument = instruments.importFile(slug, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("imported", true);
            return "redirect:/archivos/" + slug + "/instrumentos/" + instrument.getNumber();
        } catch (CatalogImportException e) {
            model.addAttribute("problems", e.problems());
            return desk(slug, model);
        }
    }

    @PostMapping("/archivos/{slug}/instrumentos/{number}/aprobacion")
    String approve(@PathVariable String slug, @PathVariable int number,
            @RequestParam(name = "acta", required = false) String act,
            @RequestParam(name = "fecha", required = false) String date,
            @RequestParam(name = "integrantes", required = false) String members, Model model,
            RedirectAttributes redirect) {
        if (!policy.allowedNow(slug).may(ArchivesAction.APPROVE_INSTRUMENTS)) {
            throw new AccessDeniedException("área coordinadora only");
        }
        try {
            instruments.approve(slug, number, act, Texts.dayOrNull(date), members);
            redirect.addFlashAttribute("approved", true);
            return "redirect:/archivos/" + slug + "/instrumentos/" + number;
        } catch (InvalidInputException e) {
            model.addAttribute("approvalProblems", e.problems());
            model.addAttribute("acta", act);
            model.addAttribute("fecha", date);
            model.addAttribute("integrantes", members);
            model.addAttribute("problems", List.of());
            return version(slug, number, model);
        }
    }

    private void deskOnly(String slug) {
        directory.institution(slug);
        if (!policy.allowedNow(slug).may(ArchivesAction.MANAGE)) {
            throw new AccessDeniedException("archivists only");
        }
    }

    private static org.apertura.platform.NotFoundException notFound() {
        return new org.apertura.platform.NotFoundException("instruments in force");
    }
}
