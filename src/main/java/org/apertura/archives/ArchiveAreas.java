package org.apertura.archives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archives of each institution with their responsible people and locations, for the Guía de archivo documental:
 * the área coordinadora designates them (a new designation of the same archive replaces the person), each
 * designation is public and goes to the ledger.
 */
@Service
public class ArchiveAreas {

    static final String DESIGNATED = "archive.designated";
    static final String SUBJECT = "archive";

    private final ArchiveAreaRepository areas;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final LedgerService ledger;
    private final Today today;

    ArchiveAreas(ArchiveAreaRepository areas, ArchivesPolicy policy, JurisdictionService directory,
            LedgerService ledger, Today today) {
        this.areas = areas;
        this.policy = policy;
        this.directory = directory;
        this.ledger = ledger;
        this.today = today;
    }

    /** Designates the responsible person and location of an archive, or refuses with every problem, changing nothing. */
    @Transactional
    public ArchiveArea designate(String institutionSlug, String kindName, String unit, String name, String post,
            String location) {
        directory.institution(institutionSlug);
        policy.allowedNow(institutionSlug).require(ArchivesAction.DESIGNATE_ARCHIVES);
        List<FieldProblem> problems = new ArrayList<>();
        ArchiveKind kind = null;
        try {
            kind = kindName == null ? null : ArchiveKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            problems.add(new FieldProblem("archivo", "archives.area.error.kind"));
            throw new InvalidInputException(problems);
        }
        String stored = ArchiveArea.unitOf(kind, unit, problems);
        ArchiveKind found = kind;
        ArchiveArea area = areas.findByInstitutionSlugAndKindAndUnit(institutionSlug, kind, stored)
                .orElseGet(() -> new ArchiveArea(institutionSlug, found, stored));
        area.designate(name, post, location, today.date(), problems);
        areas.saveAndFlush(area);
        ledger.append(Instruments.MODULE, DESIGNATED, SUBJECT, area.getId(), area.publicRecord());
        return area;
    }

    /** The institution's archives: trámite ones by unit, then concentración, then histórico. */
    @Transactional(readOnly = true)
    public List<ArchiveArea> of(String institutionSlug) {
        return areas.findByInstitutionSlugOrderByKindAscUnitAsc(institutionSlug).stream()
                .sorted(Comparator.comparing(ArchiveArea::getKind).thenComparing(ArchiveArea::getUnit)).toList();
    }
}
