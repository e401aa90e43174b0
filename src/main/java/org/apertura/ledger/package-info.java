/**
 * The public history ledger: an append-only, hash-chained log of every public change any module makes.
 * Other modules call {@link org.apertura.ledger.LedgerService#append}; anyone can read and verify it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public history ledger",
        allowedDependencies = {"platform"})
package org.apertura.ledger;
