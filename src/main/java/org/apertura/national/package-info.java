/**
 * The national node: an Apertura instance that reads what other instances publish (their public API), verifies each
 * member's ledger chain while it reads it, and shows every local exercise of the country side by side
 * ({@code /nacional}). Each member stays sovereign; the node keeps the last state it could verify of each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National node",
        allowedDependencies = {"platform", "ledger", "actionplan"})
package org.apertura.national;
