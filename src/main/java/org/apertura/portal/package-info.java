/** The portal's front door: the home page and the administrators' start page, drawing on other modules. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"platform", "jurisdiction", "ledger"})
package org.apertura.portal;
