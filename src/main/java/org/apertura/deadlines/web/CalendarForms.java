package org.apertura.deadlines.web;

import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.CalendarDayDraft;
import org.apertura.deadlines.CalendarDraft;

/** The administrator's forms for guarantor calendars. */
final class CalendarForms {

    private CalendarForms() {
    }

    /** A new calendar for a guarantor body. */
    public static class NewCalendar {
        private String guarantorSlug;
        private String slug;
        private String name;

        CalendarDraft toDraft() {
            return new CalendarDraft(guarantorSlug, slug, name);
        }

        public String getGuarantorSlug() {
            return guarantorSlug;
        }

        public void setGuarantorSlug(String guarantorSlug) {
            this.guarantorSlug = guarantorSlug;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** A day, a range or a suspension to publish. */
    public static class NewDay {
        private String firstDay;
        private String lastDay;
        private BusinessCalendar.Kind kind = BusinessCalendar.Kind.NON_BUSINESS_DAY;
        private String reason;
        private String publication;
        private boolean authorityOnly;

        CalendarDayDraft toDraft() {
            return new CalendarDayDraft(firstDay, lastDay, kind, reason, publication, authorityOnly);
        }

        public boolean isAuthorityOnly() {
            return authorityOnly;
        }

        public void setAuthorityOnly(boolean authorityOnly) {
            this.authorityOnly = authorityOnly;
        }

        public String getFirstDay() {
            return firstDay;
        }

        public void setFirstDay(String firstDay) {
            this.firstDay = firstDay;
        }

        public String getLastDay() {
            return lastDay;
        }

        public void setLastDay(String lastDay) {
            this.lastDay = lastDay;
        }

        public BusinessCalendar.Kind getKind() {
            return kind;
        }

        public void setKind(BusinessCalendar.Kind kind) {
            this.kind = kind;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getPublication() {
            return publication;
        }

        public void setPublication(String publication) {
            this.publication = publication;
        }
    }

    /** A jurisdiction adopts a rule set from a day. */
    public static class Adoption {
        private String jurisdictionSlug;
        private String ruleSetCode;
        private String effectiveFrom;

        org.apertura.deadlines.RuleSetAdoptionDraft toDraft() {
            return new org.apertura.deadlines.RuleSetAdoptionDraft(jurisdictionSlug, ruleSetCode, effectiveFrom);
        }

        public String getJurisdictionSlug() {
            return jurisdictionSlug;
        }

        public void setJurisdictionSlug(String jurisdictionSlug) {
            this.jurisdictionSlug = jurisdictionSlug;
        }

        public String getRuleSetCode() {
            return ruleSetCode;
        }

        public void setRuleSetCode(String ruleSetCode) {
            this.ruleSetCode = ruleSetCode;
        }

        public String getEffectiveFrom() {
            return effectiveFrom;
        }

        public void setEffectiveFrom(String effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
        }
    }

    /** A calendar's after-hours cut-off of online filings and where it was published. */
    public static class Cutoff {
        private String cutoffTime;
        private String cutoffPublication;

        org.apertura.deadlines.CutoffDraft toDraft() {
            return new org.apertura.deadlines.CutoffDraft(cutoffTime, cutoffPublication);
        }

        public String getCutoffTime() {
            return cutoffTime;
        }

        public void setCutoffTime(String cutoffTime) {
            this.cutoffTime = cutoffTime;
        }

        public String getCutoffPublication() {
            return cutoffPublication;
        }

        public void setCutoffPublication(String cutoffPublication) {
            this.cutoffPublication = cutoffPublication;
        }
    }

    /** A jurisdiction's time zone. */
    public static class TimeZone {
        private String jurisdictionSlug;
        private String timeZone;

        public String getJurisdictionSlug() {
            return jurisdictionSlug;
        }

        public void setJurisdictionSlug(String jurisdictionSlug) {
            this.jurisdictionSlug = jurisdictionSlug;
        }

        public String getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(String timeZone) {
            this.timeZone = timeZone;
        }
    }
}
