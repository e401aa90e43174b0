/**
 * Accounts (a public display name that may be a pseudonym), sign-in, password reset, roles as
 * memberships per scope, and personal API tokens. Owns the security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and roles",
        allowedDependencies = {"platform"})
package org.apertura.identity;
