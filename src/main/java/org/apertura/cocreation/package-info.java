/**
 * Co-creation of an action plan with society: calls for proposals of an exercise, proposals from every
 * channel (online, in person, remote), supports with a limit per person, comments, working tables, and the
 * public reasoned response every proposal gets, traced to the commitments, milestones and evidence it fed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-creation",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "actionplan", "identity", "secretariat"})
package org.apertura.cocreation;
