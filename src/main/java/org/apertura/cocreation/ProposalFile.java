package org.apertura.cocreation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apertura.platform.media.AttachedFile;
import org.apertura.platform.media.Attachments;

/**
 * A picture or a document its author added to a proposal (docs/adr/0080; what every attached file holds:
 * {@link AttachedFile}).
 */
@Entity
@Table(name = "proposal_file")
public class ProposalFile extends AttachedFile {

    private Long proposalId;

    protected ProposalFile() {
    }

    ProposalFile(Proposal proposal, Attachments.Checked checked, String sha256, Instant now) {
        super(checked, sha256, now);
        this.proposalId = proposal.getId();
    }

    public Long getProposalId() {
        return proposalId;
    }
}
