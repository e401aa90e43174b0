package org.apertura.infographics;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of a norm's citizen version, never changed afterwards: the norm's facts as they were, its
 * official text (the stored file and the address, kept from the previous version when none was given), the citizen
 * version as JSON, its SHA-256, and what changed.
 */
@Entity
@Table(name = "infographics_norm_version")
public class NormVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long normId;
    private int number;
    private String title;
    private String type;
    private String gazette;
    private LocalDate publishedOn;
    private String content;
    private String contentSha256;
    private String changeNote;
    private Instant publishedAt;
    private String officialUrl;
    private String officialFileSha256;
    private String officialFileName;

    protected NormVersion() {
    }

    /** A version of the norm as it stands after publishing it, its official text (file and address) included. */
    NormVersion(Norm norm, NormDraft draft, String content, String contentSha256, String changeNote, Instant now) {
        this.normId = norm.getId();
        this.number = norm.getCurrentVersion();
        this.title = draft.title().strip();
        this.type = draft.type().name();
        this.gazette = draft.gazette().strip();
        this.publishedOn = draft.publishedOn();
        this.content = content;
        this.contentSha256 = contentSha256;
        this.changeNote = changeNote;
        this.publishedAt = now;
        this.officialUrl = norm.getOfficialUrl();
        this.officialFileSha256 = norm.getOfficialFileSha256();
        this.officialFileName = norm.getOfficialFileName();
    }

    public Long getId() {
        return id;
    }

    public Long getNormId() {
        return normId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public NormType getType() {
        return NormType.valueOf(type);
    }

    public String getGazette() {
        return gazette;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    String getContent() {
        return content;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The address of the official text this version was written from (null: none given or not recorded). */
    public String getOfficialUrl() {
        return officialUrl;
    }

    public String getOfficialFileSha256() {
        return officialFileSha256;
    }

    public String getOfficialFileName() {
        return officialFileName;
    }
}
