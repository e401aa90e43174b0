/**
 * Appeals (recursos de revisión, LGTAIP 2025 arts. 142-171) against the answers to access-to-information requests:
 * filed by the requester without a name, heard by the guarantor authority of the request's jurisdiction, every step
 * with its legal basis and the term it started, the resolution and its compliance. An appeal is against a request's
 * answer, so this module depends on {@code accessinfo} and never the reverse: the request side shows what it needs of
 * appeals through interfaces it declares and this module implements (docs/adr/0015).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "deadlines", "accessinfo"})
package org.apertura.appeal;
