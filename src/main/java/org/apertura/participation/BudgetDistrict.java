package org.apertura.participation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A district of a process (a municipality or a colonia) and its share of the amount; people vote in theirs. A standalone
 * consultation (ADR 0054) has districts of its own, without an amount.
 */
@Entity
@Table(name = "pb_district")
public class BudgetDistrict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Long consultationId;
    private int position;
    private String slug;
    private String name;
    private BigDecimal amount;

    protected BudgetDistrict() {
    }

    BudgetDistrict(Long processId, int position, String slug, String name, BigDecimal amount) {
        this.processId = processId;
        this.position = position;
        this.slug = slug;
        this.name = name;
        this.amount = amount;
    }

    /** A district of a standalone consultation (ADR 0054): a population it asks, with no money to split. */
    static BudgetDistrict ofConsultation(Long consultationId, int position, String slug, String name) {
        BudgetDistrict district = new BudgetDistrict(null, position, slug, name, null);
        district.consultationId = consultationId;
        return district;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public int getPosition() {
        return position;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
