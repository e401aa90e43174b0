package org.apertura.archives;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.WorkPlaces;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.ScopeKind;
import org.springframework.stereotype.Component;

/** The archive management desk of each institution whose archive the person keeps. */
@Component
class ArchivesWorkPlaces implements WorkPlaces {

    private final ArchivesPolicy policy;

    ArchivesWorkPlaces(ArchivesPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<WorkPlace> of(Actor actor) {
        Set<String> institutions = new TreeSet<>(actor.scopesOf(Role.ARCHIVIST));
        institutions.addAll(actor.scopesOf(Role.COORDINATING_ARCHIVIST));
        return institutions.stream().filter(slug -> policy.allowed(actor, slug).may(ArchivesAction.MANAGE))
                .map(slug -> new WorkPlace("archives.work.manage", ScopeKind.INSTITUTION, slug,
                        "/archivos/" + slug + "/gestion"))
                .toList();
    }
}
