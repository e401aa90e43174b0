package org.apertura.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file uploaded on the import page, waiting for its column mapping; its bytes are in storage by their SHA-256. */
@Entity
@Table(name = "budget_upload")
public class Upload {

    @Id
    private String token;
    private String institutionSlug;
    private int fiscalYear;
    private int quarter;
    private int throughMonth;
    private boolean monthly;
    @Enumerated(EnumType.STRING)
    private BudgetKind kind;
    private String fileName;
    private String fileSha256;
    private Instant createdAt;

    protected Upload() {
    }

    Upload(String token, String institutionSlug, int fiscalYear, Period period, BudgetKind kind, String fileName,
            String fileSha256, Instant createdAt) {
        this.token = token;
        this.institutionSlug = institutionSlug;
        this.fiscalYear = fiscalYear;
        this.quarter = period.quarter();
        this.throughMonth = period.month();
        this.monthly = period.monthly();
        this.kind = kind;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.createdAt = createdAt;
    }

    public String getToken() {
        return token;
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

    public int getQuarter() {
        return quarter;
    }

    /** What its figures cover: the year to the end of a month, reported by month or by quarter. */
    public Period getPeriod() {
        return new Period(throughMonth, monthly);
    }

    public BudgetKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
