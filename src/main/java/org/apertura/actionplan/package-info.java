/**
 * Exercises of local open government and their action plans: commitments with the OGP/IRM fields,
 * milestones, progress computed from completed milestones, the verifiability check, and approval of a
 * plan by an agreement of the secretariat.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercises and action plans",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "secretariat", "plainlanguage", "identity"})
package org.apertura.actionplan;
