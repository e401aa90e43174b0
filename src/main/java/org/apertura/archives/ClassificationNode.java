package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One level of a version of the CGCA (fondo, sección, serie or subserie) with its alphanumeric code, and, for a series
 * or subseries with no subseries under it, its row of the catálogo de disposición documental: primary values
 * (administrativo, legal, fiscal-contable), vigencia in the archivo de trámite and in the archivo de concentración in
 * years, destino final, classification and whether it holds personal data. Rows are written once, by an import.
 */
@Entity
@Table(name = "archives_node")
public class ClassificationNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long instrumentId;
    private int position;
    @Enumerated(EnumType.STRING)
    private Level level;
    private String code;
    private String parentCode;
    private String name;
    private String producingUnit;
    private String attribution;
    private boolean valueAdmin;
    private boolean valueLegal;
    private boolean valueFiscal;
    private Integer yearsActive;
    private Integer yearsSemiactive;
    @Enumerated(EnumType.STRING)
    private Destination destination;
    @Enumerated(EnumType.STRING)
    private Classification classification;
    private Boolean personalData;
    private String notes;

    protected ClassificationNode() {
    }

    ClassificationNode(Long instrumentId, int position, CatalogRow row) {
        this.instrumentId = instrumentId;
        this.position = position;
        this.level = row.level();
        this.code = row.code();
        this.parentCode = row.parentCode();
        this.name = row.name();
        this.producingUnit = row.producingUnit();
        this.attribution = row.attribution();
        this.valueAdmin = row.values().contains(PrimaryValue.A);
        this.valueLegal = row.values().contains(PrimaryValue.L);
        this.valueFiscal = row.values().contains(PrimaryValue.FC);
        this.yearsActive = row.yearsActive();
        this.yearsSemiactive = row.yearsSemiactive();
        this.destination = row.destination();
        this.classification = row.classification();
        this.personalData = row.personalData();
        this.notes = row.notes();
    }

    /** Whether this node carries a catalog row (a series or subseries that files are opened in). */
    public boolean hasDisposition() {
        return yearsActive != null && yearsSemiactive != null && destination != null;
    }

    /** The total vigencia: trámite plus concentración. */
    public int getTotalYears() {
        return (yearsActive == null ? 0 : yearsActive) + (yearsSemiactive == null ? 0 : yearsSemiactive);
    }

    /** The primary values as the catálogo writes them (A/L/F-C). */
    public String getValuesText() {
        StringBuilder text = new StringBuilder();
        if (valueAdmin) {
            text.append("A");
        }
        if (valueLegal) {
            text.append(text.isEmpty() ? "" : "/").append("L");
        }
        if (valueFiscal) {
            text.append(text.isEmpty() ? "" : "/").append("F-C");
        }
        return text.toString();
    }

    /** How deep the node sits, for indenting the tree (0 for the fondo). */
    public int getDepth() {
        return level.ordinal();
    }

    public Long getId() {
        return id;
    }

    public Long getInstrumentId() {
        return instrumentId;
    }

    public int getPosition() {
        return position;
    }

    public Level getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getName() {
        return name;
    }

    public String getProducingUnit() {
        return producingUnit;
    }

    public String getAttribution() {
        return attribution;
    }

    public boolean isValueAdmin() {
        return valueAdmin;
    }

    public boolean isValueLegal() {
        return valueLegal;
    }

    public boolean isValueFiscal() {
        return valueFiscal;
    }

    public Integer getYearsActive() {
        return yearsActive;
    }

    public Integer getYearsSemiactive() {
        return yearsSemiactive;
    }

    public Destination getDestination() {
        return destination;
    }

    public Classification getClassification() {
        return classification;
    }

    public Boolean getPersonalData() {
        return personalData;
    }

    public String getNotes() {
        return notes;
    }
}
