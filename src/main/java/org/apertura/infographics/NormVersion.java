package org.apertura.infographics;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of a norm's citizen version, never changed afterwards: the norm's facts as they were, the
 * citizen version as JSON, its SHA-256, and what changed.
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

    protected NormVersion() {
    }

    NormVersion(Long normId, int number, NormDraft draft, String content, String contentSha256, String changeNote,
            Instant now) {
        this.normId = normId;
        this.number = number;
        this.title = draft.title().strip();
        this.type = draft.type().name();
        this.gazette = draft.gazette().strip();
        this.publishedOn = draft.publishedOn();
        this.content = content;
        this.contentSha256 = contentSha256;
        this.changeNote = changeNote;
        this.publishedAt = now;
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
}
