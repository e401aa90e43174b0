package org.apertura.jurisdiction.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.jurisdiction.GuarantorAssignment;
import org.apertura.jurisdiction.GuarantorService;
import org.apertura.platform.Texts;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of guarantor authorities (LGTAIP 2025 art. 3 fr. III–V): each with its kind, legal basis,
 * dates and successor, and which one decides the appeals against each kind of obligated subject, and when.
 */
@Controller
class GuarantorPages implements PublicDataset.Source {

    static final List<String> ASSIGNMENT_COLUMNS = List.of("jurisdiction", "guarantor_subject", "institution",
            "guarantor_authority", "valid_from", "valid_to", "legal_basis");

    private final GuarantorService service;
    private final CsvExport csv;

    GuarantorPages(GuarantorService service, CsvExport csv) {
        this.service = service;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("guarantorAssignments", "/autoridades-garantes/asignaciones.csv",
                "/api/v1/guarantor-assignments", ASSIGNMENT_COLUMNS));
    }

    @GetMapping("/autoridades-garantes")
    String list(Model model) {
        Map<String, List<GuarantorAssignment>> byJurisdiction = new LinkedHashMap<>();
        for (GuarantorAssignment a : service.assignments()) {
            byJurisdiction.computeIfAbsent(a.jurisdictionName(), k -> new java.util.ArrayList<>()).add(a);
        }
        model.addAttribute("authorities", service.authorities());
        model.addAttribute("byJurisdiction", byJurisdiction);
        model.addAttribute("today", service.today());
        return "jurisdiction/guarantors";
    }

    @GetMapping("/autoridades-garantes/asignaciones.csv")
    ResponseEntity<byte[]> assignmentsCsv() {
        List<List<?>> rows = service.assignments().stream()
                .<List<?>>map(a -> List.of(a.jurisdictionSlug(), a.subjectKind() == null ? "" : a.subjectKind(),
                        Texts.orEmpty(a.institutionSlug()), a.authoritySlug(), a.validFrom() == null ? "" : a.validFrom(),
                        a.validTo() == null ? "" : a.validTo(), a.legalBasis()))
                .toList();
        return csv.download("asignaciones-autoridades-garantes.csv", ASSIGNMENT_COLUMNS, rows);
    }
}
