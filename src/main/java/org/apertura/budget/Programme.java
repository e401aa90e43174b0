package org.apertura.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A programa presupuestario of an institution (CONAC Clasificación Programática): its key ({@code E-017}: the
 * modality letter and a number), its name and its MIR objective where given. Kept by the institution's imports.
 */
@Entity
@Table(name = "budget_programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private String programmeKey;
    private String name;
    private String objective;

    protected Programme() {
    }

    Programme(String institutionSlug, String programmeKey, String name, String objective) {
        this.institutionSlug = institutionSlug;
        this.programmeKey = programmeKey;
        this.name = name;
        this.objective = objective;
    }

    /** A later import may name or describe it better; an empty value never erases one. */
    void describe(String name, String objective) {
        if (name != null && !name.isBlank()) {
            this.name = name;
        }
        if (objective != null && !objective.isBlank()) {
            this.objective = objective;
        }
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public String getName() {
        return name;
    }

    public String getObjective() {
        return objective;
    }
}
