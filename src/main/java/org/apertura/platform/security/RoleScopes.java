package org.apertura.platform.security;

import java.util.List;

/**
 * The places a role can be held in — each secretariat, institution and jurisdiction — described by the
 * module that owns them, so that an administrator chooses a scope from a list and never types one.
 */
public interface RoleScopes {

    /** The scopes this module owns, in the order a person would look for them. */
    List<Scope> scopes();

    /** One scope: its kind (SECRETARIAT, INSTITUTION, GUARANTOR_AUTHORITY), its identifier and its name for people. */
    record Scope(String kind, String id, String name) {
    }
}
