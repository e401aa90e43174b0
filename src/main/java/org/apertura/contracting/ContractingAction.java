package org.apertura.contracting;

/** What a person may do with an institution's contracting processes; reading them is for everyone. */
public enum ContractingAction {
    /**
     * Publish releases of the institution's processes: a step through the forms, an upload of OCDS data or a
     * spreadsheet through the pages, or releases through the API.
     */
    PUBLISH
}
