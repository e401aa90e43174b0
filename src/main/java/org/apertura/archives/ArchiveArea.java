package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * One archive of an institution as the Guía de archivo documental names it: its kind (and, for an archivo de trámite,
 * the producing unit it serves), the person responsible for it by name and post (public servants: public), and where
 * it is. Designated by the área coordinadora; a new designation of the same archive replaces the person.
 */
@Entity
@Table(name = "archives_area")
public class ArchiveArea {

    static final int MAX_TEXT = 200;
    static final int MAX_LOCATION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    @Enumerated(EnumType.STRING)
    private ArchiveKind kind;
    private String unit;
    private String responsibleName;
    private String responsiblePost;
    private String location;
    private LocalDate designatedOn;

    protected ArchiveArea() {
    }

    ArchiveArea(String institutionSlug, ArchiveKind kind, String unit) {
        this.institutionSlug = institutionSlug;
        this.kind = kind;
        this.unit = unit;
    }

    /** The unit as stored: a trámite archive's unit, empty for the others; refused when it does not fit the kind. */
    static String unitOf(ArchiveKind kind, String unit, List<FieldProblem> problems) {
        String text = unit == null ? "" : unit.strip();
        if (kind == ArchiveKind.TRAMITE && text.isEmpty()) {
            problems.add(new FieldProblem("unidad", "archives.area.error.unit"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("unidad", "archives.area.error.long", MAX_TEXT));
        }
        return kind == ArchiveKind.TRAMITE ? text : "";
    }

    /** Names the responsible person and the place, or refuses with every problem and changes nothing. */
    void designate(String name, String post, String place, LocalDate on, List<FieldProblem> problems) {
        String n = name == null ? "" : name.strip();
        String p = post == null ? "" : post.strip();
        String l = place == null ? "" : place.strip();
        List<FieldProblem> found = new ArrayList<>(problems);
        check(n, "nombre", "archives.area.error.name", MAX_TEXT, found);
        check(p, "cargo", "archives.area.error.post", MAX_TEXT, found);
        check(l, "ubicacion", "archives.area.error.location", MAX_LOCATION, found);
        InvalidInputException.throwIfAny(found);
        this.responsibleName = n;
        this.responsiblePost = p;
        this.location = l;
        this.designatedOn = on;
    }

    private static void check(String text, String field, String key, int max, List<FieldProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, key));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "archives.area.error.long", max));
        }
    }

    /** What the ledger keeps of a designation: public facts of public servants. */
    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("archive", kind.name());
        record.put("unit", unit);
        record.put("responsible", responsibleName);
        record.put("post", responsiblePost);
        record.put("location", location);
        record.put("designatedOn", designatedOn.toString());
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public ArchiveKind getKind() {
        return kind;
    }

    public String getUnit() {
        return unit;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public String getResponsiblePost() {
        return responsiblePost;
    }

    public String getLocation() {
        return location;
    }

    public LocalDate getDesignatedOn() {
        return designatedOn;
    }
}
