package org.apertura.archives;

import java.io.OutputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archival description of an institution's fonds, for people and for archives software such as AtoM: the tree of
 * the CGCA in force (fondo, sección, serie, subserie) with what its case files add up to (how many, their extreme
 * dates, their documents, where they are in their life cycle), as an ISAD(G) description of each level and as an EAD3
 * document (fonds, series, case files). Files given baja are no longer described (their stubs and actas stay public);
 * a reserved or confidential file is described only by its public metadata, and a confidential one without its title.
 */
@Service
public class ArchivalDescriptions {

    private final Instruments instruments;
    private final JurisdictionService directory;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Today today;

    ArchivalDescriptions(Instruments instruments, JurisdictionService directory, JdbcTemplate jdbc,
            MessageSource messages, Today today) {
        this.instruments = instruments;
        this.directory = directory;
        this.jdbc = jdbc;
        this.messages = messages;
        this.today = today;
    }

    /** What the files of one series (or of every series under a level) add up to. */
    public record Extent(long files, long documents, long open, long tramite, long concentracion, long historico,
            long disposed, LocalDate earliest, LocalDate latest) {

        static final Extent NONE = new Extent(0, 0, 0, 0, 0, 0, 0, null, null);

        Extent plus(Extent other) {
            return new Extent(files + other.files, documents + other.documents, open + other.open,
                    tramite + other.tramite, concentracion + other.concentracion, historico + other.historico,
                    disposed + other.disposed, min(earliest, other.earliest), max(latest, other.latest));
        }

        /** Whether some file (not given baja) is described here. */
        public boolean isEmpty() {
            return files == 0;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        }
    }

    /** One level of the fonds with its children and what its files add up to. */
    public record Unit(ClassificationNode node, List<Unit> children, Extent extent) {
    }

    /** An institution's fonds as the CGCA in force arranges it. */
    public record Fonds(Institution institution, Instrument instrument, Unit root, Map<String, Unit> byCode) {

        public Optional<Unit> unit(String code) {
            return Optional.ofNullable(byCode.get(code));
        }
    }

    /** The fonds of the institution, from its instruments in force; none before they are approved. */
    @Transactional(readOnly = true)
    public Optional<Fonds> fonds(String institutionSlug) {
        Institution institution = directory.institution(institutionSlug);
        Optional<Instrument> inForce = instruments.inForce(institutionSlug);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        List<ClassificationNode> nodes = instruments.nodes(inForce.get());
        Map<String, Extent> bySeries = extents(institutionSlug);
        Map<String, List<ClassificationNode>> children = new HashMap<>();
        ClassificationNode top = null;
        for (ClassificationNode n : nodes) {
            if (n.getParentCode() == null || n.getLevel() == Level.FONDO) {
                top = top == null ? n : top;
            } else {
                children.computeIfAbsent(n.getParentCode(), k -> new ArrayList<>()).add(n);
            }
        }
        if (top == null) {
            return Optional.empty();
        }
        Map<String, Unit> byCode = new LinkedHashMap<>();
        Unit root = unit(top, children, bySeries, byCode);
        return Optional.of(new Fonds(institution, inForce.get(), root, byCode));
    }

    private static Unit unit(ClassificationNode node, Map<String, List<ClassificationNode>> children,
            Map<String, Extent> bySeries, Map<String, Unit> byCode) {
        List<Unit> below = new ArrayList<>();
        Extent extent = bySeries.getOrDefault(node.getCode(), Extent.NONE);
        for (ClassificationNode child : children.getOrDefault(node.getCode(), List.of())) {
            Unit u = unit(child, children, bySeries, byCode);
            below.add(u);
            extent = extent.plus(u.extent());
        }
        Unit unit = new Unit(node, List.copyOf(below), extent);
        byCode.put(node.getCode(), unit);
        return unit;
    }

    /** Per series code: the institution's files, by stage, with their documents and extreme dates. */
    private Map<String, Extent> extents(String institutionSlug) {
        Map<String, Extent> bySeries = new HashMap<>();
        jdbc.query("""
                SELECT series_code,
                       SUM(CASE WHEN stage <> 'BAJA' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN stage <> 'BAJA' THEN document_count ELSE 0 END),
                       SUM(CASE WHEN stage <> 'BAJA' AND closed_on IS NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN stage = 'TRAMITE' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN stage = 'CONCENTRACION' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN stage = 'HISTORICO' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN stage = 'BAJA' THEN 1 ELSE 0 END),
                       MIN(CASE WHEN stage <> 'BAJA' THEN COALESCE(earliest_on, opened_on) END),
                       MAX(CASE WHEN stage <> 'BAJA' THEN COALESCE(latest_on, closed_on, opened_on) END)
                  FROM archives_file WHERE institution_slug = ? GROUP BY series_code""", rs -> {
            bySeries.put(rs.getString(1), new Extent(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getLong(8), date(rs.getDate(9)), date(rs.getDate(10))));
        }, institutionSlug);
        return bySeries;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Words of a description: a message key with its arguments, or text as it was recorded (key null). */
    public record Words(String key, Object[] args, String text) {

        static Words of(String key, Object... args) {
            return new Words(key, args, null);
        }

        static Words text(String text) {
            return new Words(null, new Object[0], text);
        }
    }

    /** One element of an ISAD(G) area: its number (e.g. 3.2.2), its name's message key and what it says. */
    public record Element(String number, String key, List<Words> values) {
    }

    /** One of the seven areas of ISAD(G), with the elements for which there is data. */
    public record Area(int number, String key, List<Element> elements) {
    }

    /** The ISAD(G) description of one level (fonds, section, series or subseries): its unit and areas. */
    public record Isad(Fonds fonds, Unit unit, List<Unit> path, List<Area> areas) {
    }

    /** The ISAD(G) description of a level of the fonds; its code empty for the fonds itself. */
    @Transactional(readOnly = true)
    public Isad isad(String institutionSlug, String code) {
        Fonds fonds = fonds(institutionSlug).orElseThrow(() -> new NotFoundException("fonds"));
        Unit unit = code == null || code.isBlank() ? fonds.root()
                : fonds.unit(code).orElseThrow(() -> new NotFoundException("level"));
        List<Unit> path = new ArrayList<>();
        String parent = unit.node().getParentCode();
        while (parent != null && fonds.unit(parent).isPresent() && unit != fonds.root()) {
            Unit p = fonds.unit(parent).get();
            path.add(0, p);
            parent = p == fonds.root() ? null : p.node().getParentCode();
        }
        return new Isad(fonds, unit, path, IsadAreas.of(fonds, unit, path, today));
    }

    /**
     * Writes the fonds as EAD3 (fonds, its sections as sub-fonds, series and subseries, and each case file as a file)
     * to the stream; refuses a fonds with no instruments in force or with no file to describe.
     */
    @Transactional(readOnly = true)
    public void writeEad(String institutionSlug, OutputStream out) {
        Fonds fonds = fonds(institutionSlug)
                .orElseThrow(() -> new InvalidInputException("fondo", "archives.ead.error.noInstruments"));
        if (fonds.root().extent().isEmpty()) {
            throw new InvalidInputException("fondo", "archives.ead.error.empty");
        }
        new EadWriter(fonds, jdbc, today, (key, args) -> messages.getMessage(key, args, Today.LOCALE)).write(out);
    }

    /** Whether a fonds has something to export (for the link on its pages). */
    public static boolean exportable(Fonds fonds) {
        return !fonds.root().extent().isEmpty();
    }
}
