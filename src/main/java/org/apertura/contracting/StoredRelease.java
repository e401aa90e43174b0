package org.apertura.contracting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One OCDS release as its institution published it: immutable (a correction is a new release), its JSON kept byte
 * for byte with its SHA-256, and the metadata of the package it came in.
 */
@Entity
@Table(name = "ocds_release")
public class StoredRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ocid;
    private String releaseId;
    private Instant releaseDate;
    private String dateText;
    private String tags;
    private String ocdsVersion;
    private String institutionSlug;
    private String releaseJson;
    private String sha256;
    private String packagePublisher;
    private String packageUri;
    private String packageLicense;
    private String packagePublishedDate;
    private String packageVersion;
    private Instant receivedAt;

    protected StoredRelease() {
    }

    StoredRelease(String ocid, String releaseId, Instant releaseDate, String dateText, String tags,
            OcdsVersion version, String institutionSlug, String releaseJson, String sha256, PackageFields fields,
            Instant receivedAt) {
        this.ocid = ocid;
        this.releaseId = releaseId;
        this.releaseDate = releaseDate;
        this.dateText = dateText;
        this.tags = tags;
        this.ocdsVersion = version.label();
        this.institutionSlug = institutionSlug;
        this.releaseJson = releaseJson;
        this.sha256 = sha256;
        this.packagePublisher = fields.publisher();
        this.packageUri = fields.uri();
        this.packageLicense = fields.license();
        this.packagePublishedDate = fields.publishedDate();
        this.packageVersion = fields.version();
        this.receivedAt = receivedAt;
    }

    /** What is kept of the package a release came in (all null for a bare release). */
    record PackageFields(String publisher, String uri, String license, String publishedDate, String version) {

        static final PackageFields NONE = new PackageFields(null, null, null, null, null);

        static String cut(String value, int max) {
            return value == null || value.length() <= max ? value : value.substring(0, max);
        }
    }

    public Long getId() {
        return id;
    }

    public String getOcid() {
        return ocid;
    }

    public String getReleaseId() {
        return releaseId;
    }

    public Instant getReleaseDate() {
        return releaseDate;
    }

    public String getDateText() {
        return dateText;
    }

    public String getTags() {
        return tags;
    }

    public String getOcdsVersion() {
        return ocdsVersion;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public String getReleaseJson() {
        return releaseJson;
    }

    public String getSha256() {
        return sha256;
    }

    public String getPackagePublisher() {
        return packagePublisher;
    }

    public String getPackageUri() {
        return packageUri;
    }

    public String getPackageLicense() {
        return packageLicense;
    }

    public String getPackagePublishedDate() {
        return packagePublishedDate;
    }

    public String getPackageVersion() {
        return packageVersion;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
