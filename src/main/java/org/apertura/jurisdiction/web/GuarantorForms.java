package org.apertura.jurisdiction.web;

import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.GuarantorDrafts;
import org.apertura.jurisdiction.GuarantorKind;

/** The admin forms of guarantor authorities, as the browser sends them. */
final class GuarantorForms {

    private GuarantorForms() {
    }

    /** Registers or corrects an authority. */
    public static class AuthorityForm {
        private String institutionSlug;
        private GuarantorKind kind;
        private String legalBasis;
        private String validFrom;
        private String validTo;
        private String note;

        GuarantorDrafts.Authority toDraft() {
            return new GuarantorDrafts.Authority(institutionSlug, kind, legalBasis, validFrom, validTo, note);
        }

        public String getInstitutionSlug() {
            return institutionSlug;
        }

        public void setInstitutionSlug(String institutionSlug) {
            this.institutionSlug = institutionSlug;
        }

        public GuarantorKind getKind() {
            return kind;
        }

        public void setKind(GuarantorKind kind) {
            this.kind = kind;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        public String getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(String validFrom) {
            this.validFrom = validFrom;
        }

        public String getValidTo() {
            return validTo;
        }

        public void setValidTo(String validTo) {
            this.validTo = validTo;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** Assigns an authority to a kind of subject of a jurisdiction, or to one institution. */
    public static class AssignmentForm {
        private String jurisdictionSlug;
        private Branch subjectKind;
        private String institutionSlug;
        private String authoritySlug;
        private String validFrom;
        private String validTo;
        private String legalBasis;

        GuarantorDrafts.Assignment toDraft() {
            return new GuarantorDrafts.Assignment(jurisdictionSlug, subjectKind, institutionSlug, authoritySlug,
                    validFrom, validTo, legalBasis);
        }

        public String getJurisdictionSlug() {
            return jurisdictionSlug;
        }

        public void setJurisdictionSlug(String jurisdictionSlug) {
            this.jurisdictionSlug = jurisdictionSlug;
        }

        public Branch getSubjectKind() {
            return subjectKind;
        }

        public void setSubjectKind(Branch subjectKind) {
            this.subjectKind = subjectKind;
        }

        public String getInstitutionSlug() {
            return institutionSlug;
        }

        public void setInstitutionSlug(String institutionSlug) {
            this.institutionSlug = institutionSlug;
        }

        public String getAuthoritySlug() {
            return authoritySlug;
        }

        public void setAuthoritySlug(String authoritySlug) {
            this.authoritySlug = authoritySlug;
        }

        public String getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(String validFrom) {
            this.validFrom = validFrom;
        }

        public String getValidTo() {
            return validTo;
        }

        public void setValidTo(String validTo) {
            this.validTo = validTo;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }
    }

    /** Ends an authority and names its successor. */
    public static class SuccessionForm {
        private String authoritySlug;
        private String lastDay;
        private String successorSlug;
        private String basis;

        GuarantorDrafts.Succession toDraft() {
            return new GuarantorDrafts.Succession(lastDay, successorSlug, basis);
        }

        public String getAuthoritySlug() {
            return authoritySlug;
        }

        public void setAuthoritySlug(String authoritySlug) {
            this.authoritySlug = authoritySlug;
        }

        public String getLastDay() {
            return lastDay;
        }

        public void setLastDay(String lastDay) {
            this.lastDay = lastDay;
        }

        public String getSuccessorSlug() {
            return successorSlug;
        }

        public void setSuccessorSlug(String successorSlug) {
            this.successorSlug = successorSlug;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }
    }
}
