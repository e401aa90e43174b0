/**
 * Access to information under the LGTAIP (2025): requests filed without a name, their lifecycle kept apart
 * from their outcome, every step with its legal basis and the deadline it started, the transparency
 * committee's resolutions, answers with public versions, public search and figures. Deadlines come from the
 * deadlines module's business calendars and law rule sets; the requester's identity never leaves this module.
 * Appeals are a module of their own that depends on this one ({@code org.apertura.appeal}); what the request side
 * shows of them it asks through {@link org.apertura.accessinfo.RequestAppeals} (docs/adr/0015).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access to information",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "deadlines", "identity"})
package org.apertura.accessinfo;
