/**
 * Challenges (theme j): hackathons, contests and citizen labs of a commitment. Teams of accounts register,
 * each submits its work under a free licence (SPDX list: OSI or FSF approved, or a free Creative Commons
 * licence), a jury scores it on a published rubric, and the results and the follow-up (the milestone that
 * took the winning work forward) are public.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Challenges",
        allowedDependencies = {"platform", "ledger", "identity", "actionplan"})
package org.apertura.challenge;
