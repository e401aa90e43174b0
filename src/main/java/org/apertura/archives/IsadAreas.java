package org.apertura.archives;

import java.util.ArrayList;
import java.util.List;
import org.apertura.archives.ArchivalDescriptions.Area;
import org.apertura.archives.ArchivalDescriptions.Element;
import org.apertura.archives.ArchivalDescriptions.Extent;
import org.apertura.archives.ArchivalDescriptions.Fonds;
import org.apertura.archives.ArchivalDescriptions.Unit;
import org.apertura.archives.ArchivalDescriptions.Words;
import org.apertura.platform.time.Today;

/**
 * The seven areas and 26 elements of ISAD(G) (2nd ed., ICA 2000), numbered as the standard numbers them (3.1.1 to
 * 3.7.3), filled for one level of a fonds with what Apertura knows of it; an element without data is left out, so an
 * area may be empty (the page says so). Where each value comes from: the CGCA and catálogo in force (codes, names,
 * producing unit, attribution, values, vigencias, destino, classification, notes; the act that approved them) and the
 * case files (extreme dates, extent, where they are in their life cycle, those given baja, those still open).
 */
final class IsadAreas {

    private IsadAreas() {
    }

    static List<Area> of(Fonds fonds, Unit unit, List<Unit> path, Today today) {
        ClassificationNode node = unit.node();
        Extent extent = unit.extent();
        boolean isFonds = unit == fonds.root();
        List<Area> areas = new ArrayList<>();

        List<Element> identity = new ArrayList<>();
        identity.add(element("3.1.1", "reference", Words.text("MX " + fonds.institution().getSlug() + " "
                + node.getCode())));
        identity.add(element("3.1.2", "title", Words.text(node.getName())));
        if (extent.earliest() != null) {
            identity.add(element("3.1.3", "dates", Words.of("archives.isad.value.dates",
                    today.date(extent.earliest()), today.date(extent.latest()))));
        }
        identity.add(element("3.1.4", "level", Words.of("archives.level." + node.getLevel())));
        if (extent.files() > 0) {
            identity.add(element("3.1.5", "extent", Words.of("archives.isad.value.extent", extent.files(),
                    extent.documents())));
        }
        areas.add(new Area(1, "identity", identity));

        List<Element> context = new ArrayList<>();
        String creator = isFonds || node.getProducingUnit() == null || node.getProducingUnit().isBlank()
                ? fonds.institution().getName() : node.getProducingUnit() + ", " + fonds.institution().getName();
        context.add(element("3.2.1", "creator", Words.text(creator)));
        if (node.getAttribution() != null && !node.getAttribution().isBlank()) {
            context.add(element("3.2.2", "history", Words.of("archives.isad.value.attribution",
                    node.getAttribution())));
        }
        if (extent.files() + extent.disposed() > 0) {
            context.add(element("3.2.3", "archivalHistory", Words.of("archives.isad.value.stages",
                    extent.tramite(), extent.concentracion(), extent.historico(), extent.disposed())));
        }
        if (extent.concentracion() + extent.historico() > 0) {
            context.add(element("3.2.4", "acquisition", Words.of("archives.isad.value.transfers",
                    extent.concentracion(), extent.historico())));
        }
        areas.add(new Area(2, "context", context));

        List<Element> content = new ArrayList<>();
        if (!unit.children().isEmpty()) {
            content.add(element("3.3.1", "scope", Words.of("archives.isad.value.scope", unit.children().size(),
                    String.join("; ", unit.children().stream().map(c -> c.node().getCode() + " "
                            + c.node().getName()).toList()))));
        }
        List<Words> appraisal = new ArrayList<>();
        if (node.hasDisposition()) {
            appraisal.add(Words.of("archives.isad.value.appraisal", node.getValuesText(), node.getYearsActive(),
                    node.getYearsSemiactive(), node.getTotalYears()));
            appraisal.add(Words.of("archives.isad.value.destination",
                    Words.of("archives.destination." + node.getDestination())));
        } else if (isFonds) {
            appraisal.add(Words.of("archives.isad.value.catalog", fonds.instrument().getNumber()));
        }
        if (extent.disposed() > 0) {
            appraisal.add(Words.of("archives.isad.value.disposed", extent.disposed()));
        }
        if (!appraisal.isEmpty()) {
            content.add(new Element("3.3.2", "archives.isad.element.appraisal", appraisal));
        }
        if (extent.open() > 0) {
            content.add(element("3.3.3", "accruals", Words.of("archives.isad.value.accruals", extent.open())));
        }
        content.add(element("3.3.4", "arrangement", Words.of("archives.isad.value.arrangement",
                fonds.instrument().getNumber(), fonds.instrument().getActNumber(),
                today.date(fonds.instrument().getApprovedOn()))));
        areas.add(new Area(3, "content", content));

        List<Element> access = new ArrayList<>();
        if (node.getClassification() != null) {
            access.add(element("3.4.1", "access", Words.of("archives.ead.access." + node.getClassification())));
        } else {
            access.add(element("3.4.1", "access", Words.of("archives.isad.value.accessMixed")));
        }
        access.add(element("3.4.3", "language", Words.of("archives.isad.value.language")));
        access.add(element("3.4.5", "findingAids", Words.of("archives.isad.value.findingAids")));
        areas.add(new Area(4, "accessUse", access));

        List<Element> allied = new ArrayList<>();
        if (!path.isEmpty()) {
            Unit parent = path.get(path.size() - 1);
            allied.add(element("3.5.3", "related", Words.of("archives.isad.value.parent",
                    Words.of("archives.level." + parent.node().getLevel()), parent.node().getCode(),
                    parent.node().getName())));
        }
        areas.add(new Area(5, "allied", allied));

        List<Element> notes = new ArrayList<>();
        if (node.getNotes() != null && !node.getNotes().isBlank()) {
            notes.add(element("3.6.1", "note", Words.text(node.getNotes())));
        }
        if (Boolean.TRUE.equals(node.getPersonalData())) {
            notes.add(element("3.6.1", "note", Words.of("archives.isad.value.personalData")));
        }
        areas.add(new Area(6, "notes", notes));

        List<Element> control = new ArrayList<>();
        control.add(element("3.7.1", "archivistNote", Words.of("archives.isad.value.archivistNote",
                fonds.institution().getName())));
        control.add(element("3.7.2", "rules", Words.of("archives.isad.value.rules")));
        control.add(element("3.7.3", "date", Words.text(today.date(today.date()))));
        areas.add(new Area(7, "control", control));
        return areas;
    }

    private static Element element(String number, String name, Words value) {
        return new Element(number, "archives.isad.element." + name, List.of(value));
    }
}
