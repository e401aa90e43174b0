/**
 * Jurisdictions (federal, states, municipalities) and the institutions bound by transparency law
 * (sujetos obligados), with each jurisdiction's guarantor body.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jurisdictions and institutions",
        allowedDependencies = {"platform", "ledger", "plainlanguage"})
package org.apertura.jurisdiction;
