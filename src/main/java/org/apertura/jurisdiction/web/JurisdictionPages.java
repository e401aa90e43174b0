package org.apertura.jurisdiction.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.Texts;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public directory: every jurisdiction, and each one's institutions and guarantor body. */
@Controller
class JurisdictionPages implements PublicDataset.Source, SitemapSource {

    static final List<String> JURISDICTION_COLUMNS = List.of("slug", "name", "level", "parent", "inegi_code",
            "description");
    static final List<String> INSTITUTION_COLUMNS = List.of("slug", "name", "acronym", "jurisdiction", "branch",
            "guarantor", "website");

    private final JurisdictionService service;
    private final CsvExport csv;
    private final org.apertura.jurisdiction.GuarantorService guarantors;

    JurisdictionPages(JurisdictionService service, CsvExport csv, org.apertura.jurisdiction.GuarantorService guarantors) {
        this.service = service;
        this.csv = csv;
        this.guarantors = guarantors;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("jurisdictions", "/jurisdicciones.csv", "/api/v1/jurisdictions", JURISDICTION_COLUMNS),
                PublicDataset.perRecord("institutions", "/jurisdicciones/{jurisdiccion}/instituciones.csv",
                        "/api/v1/institutions?jurisdiction={jurisdiccion}", INSTITUTION_COLUMNS,
                        () -> service.all().stream().findFirst()
                                .map(j -> Map.of("jurisdiccion", j.getSlug())).orElse(Map.of())));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("/jurisdicciones", "/autoridades-garantes"),
                service.all().stream().map(j -> "/jurisdicciones/" + j.getSlug())).limit(limit).toList();
    }

    @GetMapping("/jurisdicciones")
    String list(Model model) {
        List<Jurisdiction> all = service.all();
        model.addAttribute("federal", all.stream().filter(j -> j.getLevel() == JurisdictionLevel.FEDERAL).toList());
        model.addAttribute("states", all.stream().filter(j -> j.getLevel() == JurisdictionLevel.STATE)
                .map(state -> new StateNode(state, all.stream()
                        .filter(j -> j.getParent() != null && j.getParent().getId().equals(state.getId())).toList()))
                .toList());
        return "jurisdiction/list";
    }

    @GetMapping("/jurisdicciones.csv")
    ResponseEntity<byte[]> listCsv() {
        List<List<?>> rows = service.all().stream()
                .<List<?>>map(j -> List.of(j.getSlug(), j.getName(), j.getLevel(),
                        j.getParent() == null ? "" : j.getParent().getSlug(), Texts.orEmpty(j.getInegiCode()), Texts.orEmpty(j.getDescription())))
                .toList();
        return csv.download("jurisdicciones.csv", JURISDICTION_COLUMNS, rows);
    }

    @GetMapping("/jurisdicciones/{slug}")
    String detail(@PathVariable String slug, Model model) {
        Jurisdiction jurisdiction = service.get(slug);
        List<Institution> institutions = service.institutionsOf(jurisdiction);
        Map<Branch, List<Institution>> byBranch = new EnumMap<>(Branch.class);
        for (Institution institution : institutions) {
            byBranch.computeIfAbsent(institution.getBranch(), b -> new java.util.ArrayList<>()).add(institution);
        }
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("parent", jurisdiction.getParent());
        model.addAttribute("children", service.childrenOf(jurisdiction));
        model.addAttribute("byBranch", byBranch);
        model.addAttribute("institutionCount", institutions.size());
        model.addAttribute("guarantor", service.guarantorFor(jurisdiction).orElse(null));
        model.addAttribute("assignments", guarantors.inForceFor(jurisdiction));
        return "jurisdiction/detail";
    }

    @GetMapping("/jurisdicciones/{slug}/instituciones.csv")
    ResponseEntity<byte[]> institutionsCsv(@PathVariable String slug) {
        Jurisdiction jurisdiction = service.get(slug);
        List<List<?>> rows = service.institutionsOf(jurisdiction).stream()
                .<List<?>>map(i -> List.of(i.getSlug(), i.getName(), Texts.orEmpty(i.getAcronym()), jurisdiction.getSlug(),
                        i.getBranch(), i.isGuarantor(), Texts.orEmpty(i.getWebsite())))
                .toList();
        return csv.download("instituciones-" + slug + ".csv", INSTITUTION_COLUMNS, rows);
    }

    /** A state with its municipalities, for the directory tree. */
    public record StateNode(Jurisdiction state, List<Jurisdiction> municipalities) {
    }
}
