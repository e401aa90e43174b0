/**
 * Community: what a participant expects of CONSUL and Decidim around their own participation (issue 21, ADR 0059) —
 * a notification centre with per-person delivery and e-mail digests, a public profile under a chosen nickname,
 * following people and items, appeals to moderation, and a newsletter to those who opt in. It learns of public
 * changes from the ledger and of what people wrote from the modules' {@link org.apertura.platform.people.PeopleContent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community: notices, profiles, following, newsletter",
        allowedDependencies = {"platform", "ledger", "identity"})
package org.apertura.community;
