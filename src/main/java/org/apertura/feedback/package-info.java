/**
 * Feedback on every public item ("¿Te fue útil esta información?"), from every channel (online, in person,
 * remote), each comment with one public reply by whoever answers for the item, and the public figures:
 * feedback received, share useful, share answered, median time to answer, per item, institution, channel
 * and kind of item.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "identity", "actionplan"})
package org.apertura.feedback;
