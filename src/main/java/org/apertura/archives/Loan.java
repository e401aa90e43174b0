package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A file of the archivo de concentración lent back to a unit (préstamo, LGA art. 31), due back on a day. */
@Entity
@Table(name = "archives_loan")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private String borrower;
    private LocalDate lentOn;
    private LocalDate dueOn;
    private LocalDate returnedOn;

    protected Loan() {
    }

    Loan(Long fileId, String borrower, LocalDate lentOn, LocalDate dueOn) {
        this.fileId = fileId;
        this.borrower = borrower;
        this.lentOn = lentOn;
        this.dueOn = dueOn;
    }

    void returned(LocalDate on) {
        this.returnedOn = on;
    }

    public boolean isOverdue(LocalDate on) {
        return returnedOn == null && dueOn.isBefore(on);
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getBorrower() {
        return borrower;
    }

    public LocalDate getLentOn() {
        return lentOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }
}
