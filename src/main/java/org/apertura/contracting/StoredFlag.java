package org.apertura.contracting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One red flag of the last run over the stored records: an indicator raised for a process (its ocid), a buyer
 * (its institution's slug), a procuring entity (its id in the releases) or a supplier (its key), with the value.
 */
@Entity
@Table(name = "ocds_flag")
public class StoredFlag {

    /** What a flag is about, as stored ({@code subject_kind}). */
    public static final String PROCESS = "process";
    public static final String BUYER = "buyer";
    public static final String PROCURING_ENTITY = "procuring-entity";
    public static final String SUPPLIER = "supplier";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subjectKind;
    private String subjectId;
    private String indicator;
    private double flagValue;
    private String buyerSlug;

    protected StoredFlag() {
    }

    StoredFlag(String subjectKind, String subjectId, Indicator indicator, double value, String buyerSlug) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.indicator = indicator.name();
        this.flagValue = value;
        this.buyerSlug = buyerSlug;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public Indicator getIndicator() {
        return Indicator.valueOf(indicator);
    }

    public double getFlagValue() {
        return flagValue;
    }

    /** The buyer the subject belongs to: the process's or the buyer itself (null for a supplier). */
    public String getBuyerSlug() {
        return buyerSlug;
    }
}
