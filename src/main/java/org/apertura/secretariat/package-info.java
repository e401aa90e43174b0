/**
 * Collegiate bodies: the Secretariado Técnico Local of the 2015 declaration (three sectors) and permanent
 * consultative councils (theme h). Members, sessions with notice and quorum, agreements voted member by
 * member, and minutes frozen with their SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Secretariat and collegiate bodies",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "deadlines", "identity"})
package org.apertura.secretariat;
