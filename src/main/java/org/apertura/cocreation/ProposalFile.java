package org.apertura.cocreation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * A picture or a document its author added to a proposal (docs/adr/0080): stored in platform storage under its SHA-256
 * without its hidden data, with the label the author wrote — a picture's alternative text, a document's title — which
 * is required, since a picture nobody can read about excludes those who do not see it.
 */
@Entity
@Table(name = "proposal_file")
public class ProposalFile {

    /** The longest label. */
    public static final int MAX_LABEL = 300;

    /** A picture shown on the page, or a document listed for download. */
    public enum Kind {
        IMAGE, DOCUMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long proposalId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String sha256;
    private String contentType;
    private long sizeBytes;
    private String label;
    private Integer pages;
    private Instant addedAt;

    protected ProposalFile() {
    }

    ProposalFile(Proposal proposal, Kind kind, String sha256, String contentType, long sizeBytes, String label,
            Integer pages, Instant now) {
        this.proposalId = proposal.getId();
        this.kind = kind;
        this.sha256 = sha256;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.label = label.strip();
        this.pages = pages;
        this.addedAt = now;
    }

    /** The label's problems: required, at most {@link #MAX_LABEL} characters; reported on the given field. */
    static List<FieldProblem> checkLabel(String label, String field, String messageKey) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Texts.isBlank(label) || label.strip().length() > MAX_LABEL) {
            problems.add(new FieldProblem(field, messageKey, MAX_LABEL));
        }
        return problems;
    }

    public boolean isImage() {
        return kind == Kind.IMAGE;
    }

    /** The message key of its type in words («documento PDF», «imagen JPEG»). */
    public String getTypeKey() {
        return "media.type." + contentType.substring(contentType.indexOf('/') + 1);
    }

    /** Its size as people say it (240 kB). */
    public String getSizeInWords() {
        return org.apertura.platform.storage.FileSizes.inWords(sizeBytes);
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getLabel() {
        return label;
    }

    public Integer getPages() {
        return pages;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
