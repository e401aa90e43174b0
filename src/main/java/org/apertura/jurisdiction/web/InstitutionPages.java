package org.apertura.jurisdiction.web;

import java.util.Comparator;
import java.util.List;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.SitemapSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An institution's own page, as WhatDoTheyKnow gives every public body: who it is, how to ask it, and what
 * every module knows about it (its requests and how fast it answers, the commitments it leads, the feedback
 * it receives…), each module contributing its {@link InstitutionSection}.
 */
@Controller
class InstitutionPages implements SitemapSource {

    private final JurisdictionService service;
    private final List<InstitutionSection> sections;

    InstitutionPages(JurisdictionService service, List<InstitutionSection> sections) {
        this.service = service;
        this.sections = sections.stream().sorted(Comparator.comparingInt(InstitutionSection::order)).toList();
    }

    @GetMapping("/instituciones/{slug}")
    String institution(@PathVariable String slug, Model model) {
        Institution institution = service.institution(slug);
        model.addAttribute("institution", institution);
        // The authority that would hear an appeal against it filed today (LGTAIP 2025 art. 3 fr. III-V).
        var route = service.authorityFor(institution, service.today()).orElse(null);
        model.addAttribute("guarantor", route == null ? null : route.authority());
        model.addAttribute("guarantorBasis", route == null ? null : route.basis());
        model.addAttribute("sections", sections.stream().map(s -> s.of(slug)).flatMap(java.util.Optional::stream).toList());
        return "jurisdiction/institution";
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return service.allInstitutions().stream().limit(limit).map(i -> "/instituciones/" + i.getSlug()).toList();
    }
}
