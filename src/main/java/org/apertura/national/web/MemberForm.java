package org.apertura.national.web;

import org.apertura.national.NationalService;

/** The administrators' form for a new member instance. */
public class MemberForm {

    private String name;
    private String baseUrl;
    private String stateCode;
    private String municipality;

    NationalService.MemberDraft toDraft() {
        return new NationalService.MemberDraft(name, baseUrl, stateCode, municipality);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
