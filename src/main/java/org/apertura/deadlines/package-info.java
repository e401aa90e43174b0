/**
 * Deadlines: the business calendars terms are counted on (the national one, LFT art. 74, and each guarantor's
 * published non-business days, versioned), the law rule sets that give each term its business days and article
 * and their adoption per jurisdiction, and the pure term arithmetic ({@link org.apertura.deadlines.Deadlines})
 * requests and appeals compute their due dates with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines: calendars, law rule sets and terms",
        allowedDependencies = {"platform", "ledger", "jurisdiction"})
package org.apertura.deadlines;
