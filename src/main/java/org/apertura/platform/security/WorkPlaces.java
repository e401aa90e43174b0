package org.apertura.platform.security;

import java.util.List;

/**
 * Where a person with a role works in one module — a transparency unit's inbox, the moderation queue, a data
 * publisher's datasets — so their account page can list every place of work without knowing the modules. Each
 * module declares a bean; a new module's desk shows up the day it lands.
 */
public interface WorkPlaces {

    /** The actor's places of work in this module, in the order they would look for them (none for most people). */
    List<WorkPlace> of(Actor actor);

    /**
     * One place of work: its label (a message key taking the scope's name as its argument, e.g. "Solicitudes por
     * atender: {0}"), the scope it is for (the account page names it), and its address.
     */
    record WorkPlace(String labelKey, ScopeKind scopeKind, String scopeId, String url) {

        /** A place of work for the whole platform or not tied to one scope. */
        public static WorkPlace general(String labelKey, String url) {
            return new WorkPlace(labelKey, ScopeKind.PLATFORM, null, url);
        }
    }
}
