package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A ficha técnica de valoración: for one series (or subseries) of a version of the instruments, what the Grupo
 * Interdisciplinario valued it on (LGA art. 56, unverified against the law's text; research notes A1-A2): its
 * identification (the series' code; its name comes from the CGCA), the producing areas, its context (attributions,
 * legal basis, process), its content, the valuation (why its primary values, vigencias and destino final are those of
 * the catálogo, and any secondary values), the conditions of access, where it is kept and who keeps it. The catálogo's
 * row of the series is the ficha's disposition; a ficha that contradicts it is refused at import. Written once, by an
 * import into a draft version; public with the version's approval.
 */
@Entity
@Table(name = "archives_ficha")
public class ValuationSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long instrumentId;
    private int position;
    private String seriesCode;
    private String producingAreas;
    private String context;
    private String content;
    private String secondaryValues;
    private String justification;
    private String accessConditions;
    private String location;
    private String custodian;

    protected ValuationSheet() {
    }

    ValuationSheet(Long instrumentId, int position, ValuationSheetReader.Row row) {
        this.instrumentId = instrumentId;
        this.position = position;
        this.seriesCode = row.code();
        this.producingAreas = row.producingAreas();
        this.context = row.context();
        this.content = row.content();
        this.secondaryValues = row.secondaryValues();
        this.justification = row.justification();
        this.accessConditions = row.accessConditions();
        this.location = row.location();
        this.custodian = row.custodian();
    }

    public Long getId() {
        return id;
    }

    public Long getInstrumentId() {
        return instrumentId;
    }

    public int getPosition() {
        return position;
    }

    public String getSeriesCode() {
        return seriesCode;
    }

    public String getProducingAreas() {
        return producingAreas;
    }

    public String getContext() {
        return context;
    }

    public String getContent() {
        return content;
    }

    public String getSecondaryValues() {
        return secondaryValues;
    }

    public String getJustification() {
        return justification;
    }

    public String getAccessConditions() {
        return accessConditions;
    }

    public String getLocation() {
        return location;
    }

    public String getCustodian() {
        return custodian;
    }
}
