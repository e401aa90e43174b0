package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where an institution's archive files a kind of the platform's records: the series of its catálogo, and for sessions
 * the collegiate body (its slug) whose sessions it keeps. Requests and appeals are filed by the institution they are
 * addressed to; a commitment of the action plan and a challenge by its lead institution.
 */
@Entity
@Table(name = "archives_filing_rule")
public class FilingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    @Enumerated(EnumType.STRING)
    private RecordKind kind;
    private String bodySlug;
    private String seriesCode;

    protected FilingRule() {
    }

    FilingRule(String institutionSlug, RecordKind kind, String bodySlug, String seriesCode) {
        this.institutionSlug = institutionSlug;
        this.kind = kind;
        this.bodySlug = bodySlug;
        this.seriesCode = seriesCode;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public RecordKind getKind() {
        return kind;
    }

    public String getBodySlug() {
        return bodySlug;
    }

    public String getSeriesCode() {
        return seriesCode;
    }
}
