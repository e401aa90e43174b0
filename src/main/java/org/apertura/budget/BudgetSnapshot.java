package org.apertura.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One import: a budget's figures cumulative to the end of its period (a month or a quarter), kept with the SHA-256 of the file they
 * came from. A later import of the same cut-off supersedes it in the explorer; none is ever changed or deleted.
 */
@Entity
@Table(name = "budget_snapshot")
public class BudgetSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long budgetId;
    @Enumerated(EnumType.STRING)
    private BudgetKind kind;
    private int quarter;
    private int throughMonth;
    private boolean monthly;
    private String fileName;
    private String fileSha256;
    private String fileFormat;
    private String encoding;
    private int lineCount;
    private int warningCount;
    private Long previousId;
    private Instant importedAt;

    protected BudgetSnapshot() {
    }

    BudgetSnapshot(Long budgetId, BudgetKind kind, Period period, String fileName, String fileSha256, String fileFormat,
            String encoding, Long previousId, Instant importedAt) {
        this.budgetId = budgetId;
        this.kind = kind;
        this.quarter = period.quarter();
        this.throughMonth = period.month();
        this.monthly = period.monthly();
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.fileFormat = fileFormat;
        this.encoding = encoding;
        this.previousId = previousId;
        this.importedAt = importedAt;
    }

    void counted(int lines, int warnings) {
        this.lineCount = lines;
        this.warningCount = warnings;
    }

    public Long getId() {
        return id;
    }

    public Long getBudgetId() {
        return budgetId;
    }

    public BudgetKind getKind() {
        return kind;
    }

    public int getQuarter() {
        return quarter;
    }

    /** What its figures cover: the year to the end of a month, reported by month or by quarter. */
    public Period getPeriod() {
        return new Period(throughMonth, monthly);
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getFileFormat() {
        return fileFormat;
    }

    public String getEncoding() {
        return encoding;
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getWarningCount() {
        return warningCount;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
