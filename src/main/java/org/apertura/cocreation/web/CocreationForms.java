package org.apertura.cocreation.web;

import org.apertura.platform.time.Today;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apertura.actionplan.Theme;
import org.apertura.cocreation.Call;
import org.apertura.platform.intake.Channel;
import org.apertura.cocreation.Disposition;
import org.apertura.cocreation.Proposal;
import org.apertura.cocreation.WorkingTable;
import org.apertura.secretariat.BodySession;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of co-creation, bound field by field. */
final class CocreationForms {

    private CocreationForms() {
    }

    public static class CallForm {
        public String slug;
        public String title;
        public String description;
        public Set<Theme> themes = EnumSet.noneOf(Theme.class);
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate submissionOpens;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate submissionCloses;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate supportOpens;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate supportCloses;
        public Call.Proposers proposers = Call.Proposers.ANYONE;
        public Integer supportsPerPerson = Call.DEFAULT_SUPPORTS;
        public Integer tableThreshold;
        /** The counted problem selection that will feed the call (a draft's only), by its key; blank for none. */
        public String problemSelection;

        Call.Terms toTerms() {
            return new Call.Terms(slug, title, description, themes, submissionOpens, submissionCloses, supportOpens,
                    supportCloses, proposers, supportsPerPerson, tableThreshold);
        }

        static CallForm of(Call call) {
            CallForm form = new CallForm();
            form.slug = call.getSlug();
            form.title = call.getTitle();
            form.description = call.getDescription();
            form.themes = EnumSet.copyOf(call.getThemes());
            form.submissionOpens = call.getSubmissionOpens();
            form.submissionCloses = call.getSubmissionCloses();
            form.supportOpens = call.getSupportOpens();
            form.supportCloses = call.getSupportCloses();
            form.proposers = call.getProposers();
            form.supportsPerPerson = call.getSupportsPerPerson();
            form.tableThreshold = call.getTableThreshold();
            form.problemSelection = call.getProblemSelection();
            return form;
        }
    }

    public static class ProposalForm {
        public String title;
        public String problem;
        public String proposal;
        public Set<Theme> themes = EnumSet.noneOf(Theme.class);
        public String municipalitySlug;
        public String neighbourhood;
        /** A new proposal's optional point on the map and picture (ADR 0080). */
        public java.math.BigDecimal latitude;
        public java.math.BigDecimal longitude;
        public org.springframework.web.multipart.MultipartFile image;
        public String imageAlt;

        org.apertura.cocreation.ProposalMedia.Extras toExtras() throws java.io.IOException {
            return new org.apertura.cocreation.ProposalMedia.Extras(latitude, longitude, org.apertura.platform.web.MediaForms.upload(image, imageAlt));
        }

        Proposal.Text toText() {
            return new Proposal.Text(title, problem, proposal, themes, municipalitySlug, neighbourhood);
        }

        static ProposalForm of(Proposal p) {
            ProposalForm form = new ProposalForm();
            form.title = p.getTitle();
            form.problem = p.getProblem();
            form.proposal = p.getProposal();
            form.themes = EnumSet.copyOf(p.getThemes());
            form.municipalitySlug = p.getMunicipalitySlug();
            form.neighbourhood = p.getNeighbourhood();
            return form;
        }
    }

    /** A proposal a facilitator enters from a workshop, a paper form, the phone or messaging. */
    public static class IntakeForm extends ProposalForm {
        public Channel channel;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate receivedOn;
        public String place;
        public String authorName;
        public String authorContact;
        /** An optional scan of the paper original; kept, never published. */
        public org.springframework.web.multipart.MultipartFile original;

        Proposal.Intake toIntake() {
            return new Proposal.Intake(channel, receivedOn, place, authorName, authorContact);
        }
    }

    public static class TableForm {
        public String title;
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        public LocalDateTime heldAt;
        public String place;
        public String link;
        public Map<WorkingTable.Sector, Integer> participants = new EnumMap<>(WorkingTable.Sector.class);
        public Set<Long> proposalIds = new LinkedHashSet<>();
        public String notes;
        public String outcome;
        public Set<Long> commitmentIds = new LinkedHashSet<>();

        WorkingTable.Record toRecord() {
            return new WorkingTable.Record(title, heldAt == null ? null : heldAt.atZone(Today.ZONE).toInstant(),
                    place, link, participants, proposalIds, notes, outcome, commitmentIds);
        }

        static TableForm of(WorkingTable t) {
            TableForm form = new TableForm();
            form.title = t.getTitle();
            form.heldAt = LocalDateTime.ofInstant(t.getHeldAt(), Today.ZONE);
            form.place = t.getPlace();
            form.link = t.getLink();
            form.participants = new EnumMap<>(WorkingTable.Sector.class);
            form.participants.putAll(t.getParticipants());
            form.proposalIds = new LinkedHashSet<>(t.getProposalIds());
            form.notes = t.getNotes();
            form.outcome = t.getOutcome();
            form.commitmentIds = new LinkedHashSet<>(t.getCommitmentIds());
            return form;
        }
    }

    public static class DispositionForm {
        public Disposition disposition;
        public String reason;
        public Set<Long> commitmentIds = new LinkedHashSet<>();
    }
}
