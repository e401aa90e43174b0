/**
 * Public budget and "Sigue el dinero" (themes e and a): each institution's budget per fiscal year as budget lines keyed
 * by the components of the clave presupuestaria, with the CONAC accounting moments per quarter (LGCG art. 38), revenue
 * by CRI, imported quarter by quarter from CSV, XLSX or a Fiscal Data Package (each snapshot with its file's SHA-256 in
 * the ledger), explored by programme, chapter, function and source, and followed from a commitment of an action plan
 * to its programme, its contracts (open contracting) and their payments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public budget",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "contracting", "actionplan"})
package org.apertura.budget;
