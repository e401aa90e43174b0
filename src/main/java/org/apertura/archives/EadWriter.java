package org.apertura.archives;

import java.io.OutputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.function.BiFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apertura.platform.time.Today;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a fonds as EAD3 (Encoded Archival Description 3, http://ead3.archivists.org/schema/), streaming: the
 * control block (who derived it, when, under which conventions), the fonds in {@code archdesc}, its sections as
 * sub-fonds, its series and subseries with their producing unit, attribution (bioghist), vigencias and destino final
 * (appraisal) and classification (accessrestrict), and each case file (not given baja) with its reference, title (not
 * of a confidential file), extreme dates, documents and location. The ISAD(G) elements map onto EAD3 as the SAA
 * crosswalk does (3.1.1 unitid, 3.1.2 unittitle, 3.1.3 unitdatestructured, 3.1.4 level, 3.1.5 physdescstructured,
 * 3.2.1 origination, 3.2.2 bioghist, 3.3.2 appraisal, 3.3.4 arrangement, 3.4.1 accessrestrict).
 */
final class EadWriter {

    static final String NS = "http://ead3.archivists.org/schema/";

    private final ArchivalDescriptions.Fonds fonds;
    private final JdbcTemplate jdbc;
    private final Today today;
    private final BiFunction<String, Object[], String> words;
    private XMLStreamWriter xml;

    EadWriter(ArchivalDescriptions.Fonds fonds, JdbcTemplate jdbc, Today today,
            BiFunction<String, Object[], String> words) {
        this.fonds = fonds;
        this.jdbc = jdbc;
        this.today = today;
        this.words = words;
    }

    void write(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "ead");
            xml.writeDefaultNamespace(NS);
            control();
            ArchivalDescriptions.Unit root = fonds.root();
            xml.writeStartElement("archdesc");
            xml.writeAttribute("level", "fonds");
            did(root);
            text("scopecontent", words("archives.ead.scope", fonds.institution().getName(),
                    root.extent().files(), root.extent().documents()));
            text("arrangement", words("archives.ead.arrangement", fonds.instrument().getNumber(),
                    fonds.instrument().getActNumber(), fonds.instrument().getApprovedOn().toString()));
            xml.writeStartElement("dsc");
            for (ArchivalDescriptions.Unit child : root.children()) {
                component(child);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("EAD3 export failed", e);
        }
    }

    private void control() throws XMLStreamException {
        xml.writeStartElement("control");
        simple("recordid", "apertura-" + fonds.institution().getSlug() + "-" + fonds.root().node().getCode());
        xml.writeStartElement("filedesc");
        xml.writeStartElement("titlestmt");
        simple("titleproper", words("archives.ead.title", fonds.institution().getName()));
        xml.writeEndElement();
        xml.writeEndElement();
        empty("maintenancestatus", "value", "derived");
        xml.writeStartElement("maintenanceagency");
        simple("agencyname", fonds.institution().getName());
        xml.writeEndElement();
        xml.writeStartElement("languagedeclaration");
        xml.writeStartElement("language");
        xml.writeAttribute("langcode", "spa");
        xml.writeCharacters("español");
        xml.writeEndElement();
        xml.writeStartElement("script");
        xml.writeAttribute("scriptcode", "Latn");
        xml.writeCharacters("latino");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("conventiondeclaration");
        simple("abbr", "ISAD(G)");
        simple("citation", "ISAD(G): Norma Internacional General de Descripción Archivística, 2.ª ed., ICA, 2000");
        xml.writeEndElement();
        xml.writeStartElement("maintenancehistory");
        xml.writeStartElement("maintenanceevent");
        empty("eventtype", "value", "derived");
        xml.writeStartElement("eventdatetime");
        xml.writeAttribute("standarddatetime", today.date().toString());
        xml.writeCharacters(today.date().toString());
        xml.writeEndElement();
        empty("agenttype", "value", "machine");
        simple("agent", "Apertura");
        simple("eventdescription", words("archives.ead.derived", fonds.instrument().getNumber()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void component(ArchivalDescriptions.Unit unit) throws XMLStreamException {
        ClassificationNode node = unit.node();
        xml.writeStartElement("c");
        xml.writeAttribute("level", switch (node.getLevel()) {
            case FONDO -> "fonds";
            case SECCION -> "subfonds";
            case SERIE -> "series";
            case SUBSERIE -> "subseries";
        });
        xml.writeAttribute("id", "n" + node.getId());
        did(unit);
        if (node.getAttribution() != null && !node.getAttribution().isBlank()) {
            text("bioghist", words("archives.ead.attribution", node.getAttribution()));
        }
        if (node.hasDisposition()) {
            text("appraisal", words("archives.ead.appraisal", node.getValuesText(), node.getYearsActive(),
                    node.getYearsSemiactive(), words("archives.destination." + node.getDestination())));
            if (node.getClassification() != null) {
                text("accessrestrict", words("archives.ead.access." + node.getClassification()));
            }
        }
        if (node.getNotes() != null && !node.getNotes().isBlank()) {
            text("odd", node.getNotes());
        }
        for (ArchivalDescriptions.Unit child : unit.children()) {
            component(child);
        }
        if (node.getLevel().isSeries() && unit.extent().files() > 0) {
            files(node.getCode());
        }
        xml.writeEndElement();
    }

    private void did(ArchivalDescriptions.Unit unit) throws XMLStreamException {
        ClassificationNode node = unit.node();
        xml.writeStartElement("did");
        simple("unitid", node.getCode());
        simple("unittitle", node.getName());
        dates(unit.extent().earliest(), unit.extent().latest());
        String creator = node.getLevel() == Level.FONDO ? fonds.institution().getName() : node.getProducingUnit();
        if (creator != null && !creator.isBlank()) {
            xml.writeStartElement("origination");
            xml.writeStartElement("corpname");
            simple("part", creator);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (unit.extent().files() > 0) {
            extent(unit.extent().files(), "expedientes");
        }
        xml.writeEndElement();
    }

    /** The case files of a series, in reference order, each as a component of level file. */
    private void files(String seriesCode) {
        jdbc.query("""
                SELECT id, reference, title, classification, opened_on, closed_on, earliest_on, latest_on,
                       document_count, stage, unit, location
                  FROM archives_file WHERE institution_slug = ? AND series_code = ? AND stage <> 'BAJA'
                 ORDER BY reference""", rs -> {
            try {
                Classification classification = Classification.valueOf(rs.getString(4));
                LocalDate opened = rs.getDate(5).toLocalDate();
                LocalDate closed = date(rs.getDate(6));
                LocalDate earliest = date(rs.getDate(7));
                LocalDate latest = date(rs.getDate(8));
                xml.writeStartElement("c");
                xml.writeAttribute("level", "file");
                xml.writeAttribute("id", "f" + rs.getLong(1));
                xml.writeStartElement("did");
                simple("unitid", rs.getString(2));
                simple("unittitle", classification == Classification.CONFIDENTIAL
                        ? words("archives.file.withheld") : rs.getString(3));
                dates(earliest == null ? opened : earliest, latest == null ? closed : latest);
                if (rs.getString(11) != null && !rs.getString(11).isBlank()) {
                    xml.writeStartElement("origination");
                    xml.writeStartElement("corpname");
                    simple("part", rs.getString(11));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                extent(rs.getInt(9), "documentos");
                String location = rs.getString(12);
                simple("physloc", words("archives.stage." + rs.getString(10))
                        + (location == null || location.isBlank() ? "" : ". " + location));
                xml.writeEndElement();
                if (classification.isRestricted()) {
                    text("accessrestrict", words("archives.ead.access." + classification));
                }
                if (closed == null) {
                    text("accruals", words("archives.ead.open"));
                }
                xml.writeEndElement();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("EAD3 export failed", e);
            }
        }, fonds.institution().getSlug(), seriesCode);
    }

    private void dates(LocalDate from, LocalDate to) throws XMLStreamException {
        if (from == null) {
            return;
        }
        xml.writeStartElement("unitdatestructured");
        xml.writeAttribute("unitdatetype", "inclusive");
        xml.writeStartElement("daterange");
        date("fromdate", from);
        if (to != null) {
            date("todate", to);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void date(String element, LocalDate day) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("standarddate", day.toString());
        xml.writeCharacters(today.date(day));
        xml.writeEndElement();
    }

    private void extent(long quantity, String unitType) throws XMLStreamException {
        xml.writeStartElement("physdescstructured");
        xml.writeAttribute("physdescstructuredtype", "materialtype");
        xml.writeAttribute("coverage", "whole");
        simple("quantity", Long.toString(quantity));
        simple("unittype", unitType);
        xml.writeEndElement();
    }

    private void text(String element, String paragraph) throws XMLStreamException {
        xml.writeStartElement(element);
        simple("p", paragraph);
        xml.writeEndElement();
    }

    private void simple(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private String words(String key, Object... args) {
        return words.apply(key, args);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
