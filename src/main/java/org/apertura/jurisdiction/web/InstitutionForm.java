package org.apertura.jurisdiction.web;

import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.InstitutionDraft;

/** The administrator's form for an institution (sujeto obligado). */
public class InstitutionForm {

    private String name;
    private String slug;
    private String acronym;
    private String jurisdictionSlug;
    private Branch branch;
    private boolean guarantor;
    private String website;
    private Long version;

    static InstitutionForm of(Institution i) {
        InstitutionForm form = new InstitutionForm();
        form.name = i.getName();
        form.slug = i.getSlug();
        form.acronym = i.getAcronym();
        form.jurisdictionSlug = i.getJurisdiction().getSlug();
        form.branch = i.getBranch();
        form.guarantor = i.isGuarantor();
        form.website = i.getWebsite();
        form.version = i.getVersion();
        return form;
    }

    InstitutionDraft toDraft() {
        return new InstitutionDraft(slug, name, acronym, jurisdictionSlug, branch, guarantor, website, version);
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

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getJurisdictionSlug() {
        return jurisdictionSlug;
    }

    public void setJurisdictionSlug(String jurisdictionSlug) {
        this.jurisdictionSlug = jurisdictionSlug;
    }

    public Branch getBranch() {
        return branch;
    }

    public void setBranch(Branch branch) {
        this.branch = branch;
    }

    public boolean isGuarantor() {
        return guarantor;
    }

    public void setGuarantor(boolean guarantor) {
        this.guarantor = guarantor;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
