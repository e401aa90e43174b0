/**
 * Exercises of local open government and their action plans: commitments with the OGP/IRM fields,
 * milestones, progress computed from completed milestones, the verifiability check, and approval of a
 * plan by an agreement of the secretariat. Commitments take comments through the comments module (its demo seeds a
 * few through that module's service).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercises and action plans",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "secretariat", "plainlanguage", "identity",
                "comments"})
package org.apertura.actionplan;
