/**
 * What people write and how the modules that keep it tell the community module about it, without either knowing
 * the other: a module whose items people author (proposals, comments, projects, debates) declares a
 * {@link org.apertura.platform.people.PeopleContent}; the community module builds profiles, notices and appeals to
 * moderation from every such source.
 */
package org.apertura.platform.people;
