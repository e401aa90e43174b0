package org.apertura.contracting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One supplier of one award of a process, as its compiled release says now: rebuilt whenever the record changes,
 * so a supplier's page and the top-supplier figures read a table instead of every compiled release.
 */
@Entity
@Table(name = "ocds_supplier_award")
public class SupplierAward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ocid;
    private String supplierKey;
    private String supplierName;
    private String partyId;
    private String awardId;
    private String awardStatus;
    private BigDecimal amount;
    private String currency;
    private String buyerSlug;
    private Integer awardYear;

    protected SupplierAward() {
    }

    SupplierAward(String ocid, String supplierKey, String supplierName, String partyId, String awardId,
            String awardStatus, BigDecimal amount, String currency, String buyerSlug, Integer awardYear) {
        this.ocid = ocid;
        this.supplierKey = supplierKey;
        this.supplierName = supplierName;
        this.partyId = partyId;
        this.awardId = awardId;
        this.awardStatus = awardStatus;
        this.amount = amount;
        this.currency = currency;
        this.buyerSlug = buyerSlug;
        this.awardYear = awardYear;
    }

    public Long getId() {
        return id;
    }

    public String getOcid() {
        return ocid;
    }

    /** The supplier's key across processes: its identifier (scheme-id), else its id in the release, else its name. */
    public String getSupplierKey() {
        return supplierKey;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getPartyId() {
        return partyId;
    }

    public String getAwardId() {
        return awardId;
    }

    public String getAwardStatus() {
        return awardStatus;
    }

    /** The award's value when the supplier is its only one (null if shared, in another currency or missing). */
    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getBuyerSlug() {
        return buyerSlug;
    }

    public Integer getAwardYear() {
        return awardYear;
    }
}
