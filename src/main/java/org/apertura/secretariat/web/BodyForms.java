package org.apertura.secretariat.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apertura.identity.Sector;
import org.apertura.secretariat.BodyKind;
import org.apertura.secretariat.Drafts;
import org.apertura.secretariat.MemberRole;
import org.apertura.secretariat.QuorumRule;
import org.apertura.secretariat.SessionKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The form objects of the secretariat's pages; every rule is checked by the domain. */
final class BodyForms {

    private BodyForms() {
    }

    /** A new body. */
    public static class BodyForm {
        private String name;
        private String slug;
        private BodyKind kind = BodyKind.LOCAL_TECHNICAL_SECRETARIAT;
        private String jurisdictionSlug;
        private String description;
        private Integer noticeBusinessDays = 5;
        private QuorumRule quorumRule = QuorumRule.MAJORITY_WITH_EACH_SECTOR;

        Drafts.BodyDraft toDraft() {
            return new Drafts.BodyDraft(slug, name, kind, jurisdictionSlug, description, noticeBusinessDays, quorumRule);
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

        public BodyKind getKind() {
            return kind;
        }

        public void setKind(BodyKind kind) {
            this.kind = kind;
        }

        public String getJurisdictionSlug() {
            return jurisdictionSlug;
        }

        public void setJurisdictionSlug(String jurisdictionSlug) {
            this.jurisdictionSlug = jurisdictionSlug;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getNoticeBusinessDays() {
            return noticeBusinessDays;
        }

        public void setNoticeBusinessDays(Integer noticeBusinessDays) {
            this.noticeBusinessDays = noticeBusinessDays;
        }

        public QuorumRule getQuorumRule() {
            return quorumRule;
        }

        public void setQuorumRule(QuorumRule quorumRule) {
            this.quorumRule = quorumRule;
        }
    }

    /** A new member. */
    public static class MemberForm {
        private String name;
        private Sector sector;
        private String organisation;
        private MemberRole role = MemberRole.MEMBER;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate termStart;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate termEnd;
        private String accountEmail;

        Drafts.MemberDraft toDraft() {
            return new Drafts.MemberDraft(name, sector, organisation, role, termStart, termEnd, accountEmail);
        }

        public String getAccountEmail() {
            return accountEmail;
        }

        public void setAccountEmail(String accountEmail) {
            this.accountEmail = accountEmail;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Sector getSector() {
            return sector;
        }

        public void setSector(Sector sector) {
            this.sector = sector;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public MemberRole getRole() {
            return role;
        }

        public void setRole(MemberRole role) {
            this.role = role;
        }

        public LocalDate getTermStart() {
            return termStart;
        }

        public void setTermStart(LocalDate termStart) {
            this.termStart = termStart;
        }

        public LocalDate getTermEnd() {
            return termEnd;
        }

        public void setTermEnd(LocalDate termEnd) {
            this.termEnd = termEnd;
        }
    }

    /** A session being called; the agenda is one item per line. */
    public static class SessionForm {
        private SessionKind kind = SessionKind.ORDINARY;
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime startsAt;
        private String place;
        private String onlineUrl;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate noticePublishedOn;
        private String agenda;

        Drafts.SessionDraft toDraft() {
            List<String> items = agenda == null ? List.of() : Arrays.asList(agenda.split("\\R"));
            return new Drafts.SessionDraft(kind, startsAt, place, onlineUrl, noticePublishedOn, items);
        }

        public SessionKind getKind() {
            return kind;
        }

        public void setKind(SessionKind kind) {
            this.kind = kind;
        }

        public LocalDateTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalDateTime startsAt) {
            this.startsAt = startsAt;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getOnlineUrl() {
            return onlineUrl;
        }

        public void setOnlineUrl(String onlineUrl) {
            this.onlineUrl = onlineUrl;
        }

        public LocalDate getNoticePublishedOn() {
            return noticePublishedOn;
        }

        public void setNoticePublishedOn(LocalDate noticePublishedOn) {
            this.noticePublishedOn = noticePublishedOn;
        }

        public String getAgenda() {
            return agenda;
        }

        public void setAgenda(String agenda) {
            this.agenda = agenda;
        }
    }
}
