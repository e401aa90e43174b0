package org.apertura.jurisdiction.web;

import java.util.List;
import org.apertura.jurisdiction.InstitutionPageQuery;
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
 * it receives…), each module contributing its {@link InstitutionSection}. The module builds the page
 * ({@link InstitutionPageQuery}); this controller only routes.
 */
@Controller
class InstitutionPages implements SitemapSource {

    private final JurisdictionService service;
    private final InstitutionPageQuery pages;

    InstitutionPages(JurisdictionService service, InstitutionPageQuery pages) {
        this.service = service;
        this.pages = pages;
    }

    @GetMapping("/instituciones/{slug}")
    String institution(@PathVariable String slug, Model model) {
        model.addAllAttributes(pages.of(slug).attributes());
        return "jurisdiction/institution";
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return service.allInstitutions().stream().limit(limit).map(i -> "/instituciones/" + i.getSlug()).toList();
    }
}
