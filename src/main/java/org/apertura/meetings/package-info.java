/**
 * Meetings of a participation space (issue 21, Decidim's meetings; ADR 0066): a call for proposals, a participatory
 * budget and whatever other public item a module describes through {@link org.apertura.platform.items}, so this module
 * knows none of them. Those who coordinate the space (the secretariat its item names, or an administrator) create, edit
 * and cancel meetings and publish their minutes; a signed-in person registers, with a seat while there is one and on
 * the waiting list after, promoted in order when a seat frees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings: registration, capacity, waiting list",
        allowedDependencies = {"platform", "ledger", "identity"})
package org.apertura.meetings;
