/**
 * Archives under the Ley General de Archivos (theme n): each institution's archival instruments (the Cuadro General
 * de Clasificación Archivística and the Catálogo de Disposición Documental, LGA art. 13), versioned and approved by
 * the Grupo Interdisciplinario (art. 50-54), imported and exported as CSV or XLSX; its case files (expedientes) with
 * their documents and carátula, and the life cycle the catalog gives them (art. 30-31). A version can come from
 * another government's catalog kit (docs/KITS.md), keeping its attribution ({@code platform.kits.AdaptedFrom}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archives",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "accessinfo", "identity"})
package org.apertura.archives;
