/**
 * Open contracting (theme a, "Follow the Money"): institutions publish their contracting processes as OCDS
 * releases; the module validates them, compiles records with the OCDS merge routine, flags risks with the
 * Cardinal indicators and follows the money from a commitment to each payment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open contracting",
        allowedDependencies = {"platform", "ledger", "jurisdiction"})
package org.apertura.contracting;
