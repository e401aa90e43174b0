package org.apertura.archives.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.ArchivalDescriptions;
import org.apertura.archives.Instruments;
import org.apertura.archives.Level;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Guía de archivo documental (LGA art. 14; published with the catálogo under LGTAIP 2025 art. 65 fr. XLIII, checked against shared/reference; art. 70 fr. XLV of the 2015 law): per series
 * and subseries of the cuadro in force, its producing unit, extreme dates and volume (case files and documents, and
 * where they are: trámite, concentración, histórico), computed from the files Apertura keeps; and each archive with its
 * responsible person (name and post: public servants) and location, which the área coordinadora designates here.
 * A page, CSV and JSON.
 */
@Controller
class ArchivalGuidePages implements PublicDataset.Source {

    static final List<String> COLUMNS = List.of("archivesLevel", "archivesCode", "archivesName", "archivesUnit",
            "archivesGuideEarliest", "archivesGuideLatest", "archivesGuideFiles", "archivesGuideDocuments",
            "archivesGuideTramite", "archivesGuideConcentracion", "archivesGuideHistorico");

    static final List<String> ARCHIVE_COLUMNS = List.of("archivesArchiveKind", "archivesArchiveUnit",
            "archivesArchiveResponsible", "archivesArchivePost", "archivesArchiveLocation");

    private final ArchivalDescriptions descriptions;
    private final Instruments instruments;
    private final CsvExport csv;
    private final org.apertura.archives.ArchiveAreas areas;
    private final org.apertura.archives.ArchivesPolicy policy;

    ArchivalGuidePages(ArchivalDescriptions descriptions, Instruments instruments, CsvExport csv,
            org.apertura.archives.ArchiveAreas areas, org.apertura.archives.ArchivesPolicy policy) {
        this.areas = areas;
        this.policy = policy;
        this.descriptions = descriptions;
        this.instruments = instruments;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(PublicDataset.perRecord("archivesGuide", "/archivos/{institucion}/guia.csv",
                "/archivos/{institucion}/guia.json", COLUMNS, () -> instruments.allInForce().stream().findFirst()
                        .map(i -> Map.of("institucion", i.getInstitutionSlug())).orElse(Map.of())),
                PublicDataset.perRecord("archivesGuideArchives", "/archivos/{institucion}/guia/archivos.csv",
                        "/archivos/{institucion}/guia.json", ARCHIVE_COLUMNS, () -> instruments.allInForce().stream()
                                .findFirst().map(i -> Map.of("institucion", i.getInstitutionSlug()))
                                .orElse(Map.of())));
    }

    @GetMapping("/archivos/{slug}/guia")
    String guide(@PathVariable String slug, Model model) {
        ArchivalDescriptions.Fonds fonds = fonds(slug);
        model.addAttribute("institution", fonds.institution());
        model.addAttribute("fonds", fonds);
        model.addAttribute("series", series(fonds));
        model.addAttribute("archives", areas.of(slug));
        model.addAttribute("mayDesignate", policy.allowedNow(slug)
                .may(org.apertura.archives.ArchivesAction.DESIGNATE_ARCHIVES));
        model.addAttribute("archiveKinds", org.apertura.archives.ArchiveKind.values());
        return "archives/guide";
    }

    /** The área coordinadora names an archive's responsible person and location; bad input is refused on the page. */
    @org.springframework.web.bind.annotation.PostMapping("/archivos/{slug}/guia/archivos")
    String designate(@PathVariable String slug,
            @org.springframework.web.bind.annotation.RequestParam(name = "archivo", required = false) String kind,
            @org.springframework.web.bind.annotation.RequestParam(name = "unidad", required = false) String unit,
            @org.springframework.web.bind.annotation.RequestParam(name = "nombre", required = false) String name,
            @org.springframework.web.bind.annotation.RequestParam(name = "cargo", required = false) String post,
            @org.springframework.web.bind.annotation.RequestParam(name = "ubicacion", required = false) String place,
            Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        fonds(slug);
        if (!policy.allowedNow(slug).may(org.apertura.archives.ArchivesAction.DESIGNATE_ARCHIVES)) {
            throw new org.springframework.security.access.AccessDeniedException("área coordinadora only");
        }
        try {
            areas.designate(slug, kind, unit, name, post, place);
            redirect.addFlashAttribute("designated", true);
            return "redirect:/archivos/" + slug + "/guia#archivos";
        } catch (org.apertura.platform.InvalidInputException e) {
            model.addAttribute("areaProblems", e.problems());
            model.addAttribute("form", Map.of("archivo", text(kind), "unidad", text(unit), "nombre", text(name),
                    "cargo", text(post), "ubicacion", text(place)));
            return guide(slug, model);
        }
    }

    @GetMapping("/archivos/{slug}/guia/archivos.csv")
    ResponseEntity<byte[]> archivesCsv(@PathVariable String slug) {
        fonds(slug);
        List<List<?>> rows = new ArrayList<>();
        for (org.apertura.archives.ArchiveArea a : areas.of(slug)) {
            rows.add(List.of(a.getKind(), a.getUnit(), a.getResponsibleName(), a.getResponsiblePost(),
                    a.getLocation()));
        }
        return csv.download("guia-archivos-" + slug + ".csv", ARCHIVE_COLUMNS, rows);
    }

    @GetMapping("/archivos/{slug}/guia.csv")
    ResponseEntity<byte[]> guideCsv(@PathVariable String slug) {
        List<List<?>> rows = new ArrayList<>();
        for (ArchivalDescriptions.Unit u : series(fonds(slug))) {
            ArchivalDescriptions.Extent e = u.extent();
            rows.add(List.of(u.node().getLevel(), u.node().getCode(), u.node().getName(), text(u.node()
                    .getProducingUnit()), text(e.earliest()), text(e.latest()), e.files(), e.documents(), e.tramite(),
                    e.concentracion(), e.historico()));
        }
        return csv.download("guia-archivo-" + slug + ".csv", COLUMNS, rows);
    }

    @GetMapping("/archivos/{slug}/guia.json")
    ResponseEntity<Map<String, Object>> guideJson(@PathVariable String slug) {
        return ResponseEntity.ok(json(slug, fonds(slug), areas.of(slug)));
    }

    /** The guía for JSON: the archives with their responsible people (public servants), then each series' extent. */
    static Map<String, Object> json(String slug, ArchivalDescriptions.Fonds fonds,
            List<org.apertura.archives.ArchiveArea> archives) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ArchivalDescriptions.Unit u : series(fonds)) {
            ArchivalDescriptions.Extent e = u.extent();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", u.node().getLevel().name().toLowerCase());
            m.put("code", u.node().getCode());
            m.put("name", u.node().getName());
            m.put("producingUnit", u.node().getProducingUnit());
            m.put("earliest", e.earliest() == null ? null : e.earliest().toString());
            m.put("latest", e.latest() == null ? null : e.latest().toString());
            m.put("files", e.files());
            m.put("documents", e.documents());
            m.put("tramite", e.tramite());
            m.put("concentracion", e.concentracion());
            m.put("historico", e.historico());
            list.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institution", slug);
        body.put("instrumentVersion", fonds.instrument().getNumber());
        body.put("archives", archives.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("archive", a.getKind().name().toLowerCase());
            m.put("unit", a.getUnit().isEmpty() ? null : a.getUnit());
            m.put("responsible", a.getResponsibleName());
            m.put("post", a.getResponsiblePost());
            m.put("location", a.getLocation());
            m.put("designatedOn", a.getDesignatedOn().toString());
            return m;
        }).toList());
        body.put("series", list);
        return body;
    }

    private ArchivalDescriptions.Fonds fonds(String slug) {
        return descriptions.fonds(slug).orElseThrow(() -> new NotFoundException("instruments in force"));
    }

    /** The series and subseries of the fonds in the cuadro's order. */
    static List<ArchivalDescriptions.Unit> series(ArchivalDescriptions.Fonds fonds) {
        List<ArchivalDescriptions.Unit> list = new ArrayList<>();
        walk(fonds.root(), list);
        return list;
    }

    private static void walk(ArchivalDescriptions.Unit unit, List<ArchivalDescriptions.Unit> list) {
        if (unit.node().getLevel() == Level.SERIE || unit.node().getLevel() == Level.SUBSERIE) {
            list.add(unit);
        }
        unit.children().forEach(c -> walk(c, list));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
