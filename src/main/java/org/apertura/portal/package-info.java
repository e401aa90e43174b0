/** The portal's front door: the home page and the administrators' start page, drawing on other modules. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.apertura.portal;
