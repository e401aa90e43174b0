package org.apertura.jurisdiction.web;

import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;

/** The administrator's form for a jurisdiction; every rule is checked by the domain, all at once. */
public class JurisdictionForm {

    private String name;
    private String slug;
    private JurisdictionLevel level;
    private String parentSlug;
    private String inegiCode;
    private String description;
    private Long version;

    static JurisdictionForm of(Jurisdiction j) {
        JurisdictionForm form = new JurisdictionForm();
        form.name = j.getName();
        form.slug = j.getSlug();
        form.level = j.getLevel();
        form.parentSlug = j.getParent() == null ? null : j.getParent().getSlug();
        form.inegiCode = j.getInegiCode();
        form.description = j.getDescription();
        form.version = j.getVersion();
        return form;
    }

    JurisdictionDraft toDraft() {
        return new JurisdictionDraft(slug, name, level, parentSlug, inegiCode, description, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public JurisdictionLevel getLevel() {
        return level;
    }

    public void setLevel(JurisdictionLevel level) {
        this.level = level;
    }

    public String getParentSlug() {
        return parentSlug;
    }

    public void setParentSlug(String parentSlug) {
        this.parentSlug = parentSlug;
    }

    public String getInegiCode() {
        return inegiCode;
    }

    public void setInegiCode(String inegiCode) {
        this.inegiCode = inegiCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
