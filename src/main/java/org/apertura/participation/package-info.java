/**
 * Binding participation: participatory budgets (a process of an exercise with an amount split among districts,
 * phases with dates, projects proposed by people and reviewed by the institution, verified voters, one ballot per
 * person and district from every channel, results counted exactly by the process's voting rule and published with
 * every count, never with who voted for what). docs/adr/0012-participatory-budgeting.md says why it is a module of
 * its own rather than part of co-creation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participation",
        allowedDependencies = {"platform", "ledger", "actionplan", "identity"})
package org.apertura.participation;
