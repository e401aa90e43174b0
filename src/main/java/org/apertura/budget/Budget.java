package org.apertura.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An institution's budget for one fiscal year: the snapshots imported for it, quarter by quarter. */
@Entity
@Table(name = "budget")
public class Budget {

    /** Budgets here are in Mexican pesos. */
    public static final String CURRENCY = "MXN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private int fiscalYear;
    private String currency;
    private Instant createdAt;
    @Version
    private long version;

    protected Budget() {
    }

    Budget(String institutionSlug, int fiscalYear, Instant now) {
        this.institutionSlug = institutionSlug;
        this.fiscalYear = fiscalYear;
        this.currency = CURRENCY;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    /** The year as words carry it (2025, never 2,025). */
    public String getFiscalYearText() {
        return Integer.toString(fiscalYear);
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
