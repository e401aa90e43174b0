package org.apertura.infographics;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.apertura.platform.kits.AdaptedFrom;
import org.apertura.platform.kits.Adaptation;

/**
 * A normative instrument an institution published (a ley, reglamento, manual, lineamientos or reglas de operación):
 * its title, type, issuer, publication (gazette and date) and official text (a stored file and/or a link), and the
 * number of its citizen version in force. Every version stays readable ({@link NormVersion}).
 */
@Entity
@Table(name = "infographics_norm")
public class Norm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String institutionSlug;
    @Enumerated(EnumType.STRING)
    private NormType type;
    private String title;
    private String gazette;
    private LocalDate publishedOn;
    private String officialUrl;
    private String officialFileSha256;
    private String officialFileName;
    private int currentVersion;
    private Instant createdAt;
    private Instant updatedAt;
    @Embedded
    private AdaptedFrom adaptedFrom;
    @Version
    private long version;

    protected Norm() {
    }

    Norm(String slug, String institutionSlug, Instant now) {
        this.slug = slug;
        this.institutionSlug = institutionSlug;
        this.createdAt = now;
    }

    /**
     * Takes the facts of a new version and its number: the address of the official text is the one the editor left in
     * the form (which starts with the current one); the stored file stays until a new one is attached.
     */
    void publish(NormDraft draft, int number, Instant now) {
        this.type = draft.type();
        this.title = draft.title().strip();
        this.gazette = draft.gazette().strip();
        this.publishedOn = draft.publishedOn();
        this.officialUrl = draft.officialUrl() == null || draft.officialUrl().isBlank() ? null : draft.officialUrl().strip();
        this.currentVersion = number;
        this.updatedAt = now;
    }

    void attachOfficialText(String sha256, String fileName) {
        this.officialFileSha256 = sha256;
        this.officialFileName = fileName;
    }

    /** Records the kit this norm's citizen version was adapted from (set once, when it is first published). */
    void adaptedFrom(Adaptation origin) {
        this.adaptedFrom = AdaptedFrom.of(origin);
    }

    /** The kit this norm's citizen version was adapted from, or null when it was written here. */
    public Adaptation getAdaptation() {
        return AdaptedFrom.adaptation(adaptedFrom);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public NormType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getGazette() {
        return gazette;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getOfficialUrl() {
        return officialUrl;
    }

    public String getOfficialFileSha256() {
        return officialFileSha256;
    }

    public String getOfficialFileName() {
        return officialFileName;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
