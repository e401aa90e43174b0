package org.apertura.archives;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an institution's archives, in one place. The institution's archivists (ARCHIVIST, its archivo
 * de trámite and de concentración) import instruments and keep case files; its área coordinadora de archivos
 * (COORDINATING_ARCHIVIST, LGA art. 27-28) does the same and records the Grupo Interdisciplinario's acts, whose
 * minutes the coordinator keeps (LGA art. 51). Everyone reads what is public. Services require what it allows; pages
 * and the API only read it.
 */
@Component
public class ArchivesPolicy {

    public Allowed<ArchivesAction> allowed(Actor actor, String institutionSlug) {
        Set<ArchivesAction> actions = EnumSet.noneOf(ArchivesAction.class);
        boolean archivist = actor.holds(Role.ARCHIVIST, institutionSlug);
        boolean coordinator = actor.holds(Role.COORDINATING_ARCHIVIST, institutionSlug);
        if (archivist || coordinator) {
            actions.addAll(EnumSet.of(ArchivesAction.IMPORT_INSTRUMENTS, ArchivesAction.MANAGE,
                    ArchivesAction.KEEP_FILES));
        }
        if (coordinator) {
            actions.add(ArchivesAction.APPROVE_INSTRUMENTS);
            actions.add(ArchivesAction.DESIGNATE_ARCHIVES);
            actions.add(ArchivesAction.KEEP_GROUP);
        }
        return Allowed.of(ArchivesAction.class, actions);
    }

    /** What the actor may do with a case file now: documents and closing while open, holds until its baja, loans in concentración. */
    public Allowed<FileAction> allowed(Actor actor, CaseFile file) {
        Set<FileAction> actions = EnumSet.noneOf(FileAction.class);
        if (allowed(actor, file.getInstitutionSlug()).may(ArchivesAction.KEEP_FILES)) {
            if (file.isOpen()) {
                actions.add(FileAction.ADD_DOCUMENT);
                actions.add(FileAction.CLOSE);
            }
            if (!file.isDisposed()) {
                actions.add(FileAction.HOLD);
            }
            if (file.getStage() == Stage.CONCENTRACION) {
                actions.add(FileAction.LEND);
            }
        }
        return Allowed.of(FileAction.class, actions);
    }

    /** What the actor may do with a baja now: each step by its archivists, the Grupo's act by the área coordinadora. */
    public Allowed<DisposalAction> allowed(Actor actor, Disposal disposal) {
        Set<DisposalAction> actions = EnumSet.noneOf(DisposalAction.class);
        Allowed<ArchivesAction> archive = allowed(actor, disposal.getInstitutionSlug());
        if (archive.may(ArchivesAction.KEEP_FILES) && disposal.getStatus() == DisposalStatus.PROPOSED) {
            actions.add(DisposalAction.CONFIRM);
        }
        if (archive.may(ArchivesAction.APPROVE_INSTRUMENTS) && disposal.getStatus() == DisposalStatus.CONFIRMED) {
            actions.add(DisposalAction.APPROVE);
        }
        if (archive.may(ArchivesAction.KEEP_FILES) && disposal.getStatus() == DisposalStatus.APPROVED) {
            actions.add(DisposalAction.EXECUTE);
        }
        return Allowed.of(DisposalAction.class, actions);
    }

    /*
     * What is public. One rule for the pages, their CSV/JSON/PDF downloads and the API (ADR 0028): an act is public
     * once it is an act of the institution, and not while it is only proposed. The entity's own guard says when that
     * is; the institution's archivists read the rest at their desk.
     */

    /** A version of the instruments is public once the Grupo approved it (in force or superseded), never as a draft. */
    public boolean published(Instrument instrument) {
        return instrument.isPublic();
    }

    /**
     * A transfer is public once the receiving archive accepted it (LGA art. 30-31, unverified): until then the files
     * stay in the sending archive's custody and the inventory may still be sent back, so it is not yet an act.
     */
    public boolean published(Transfer transfer) {
        return transfer.isAccepted();
    }

    /** A baja is public from the Grupo's dictamen and acta (LGA art. 58, unverified), whatever its execution gave. */
    public boolean published(Disposal disposal) {
        return disposal.isPublic();
    }

    /** Whether the actor reads the version: public, or a draft at its institution's desk. */
    public boolean mayRead(Actor actor, Instrument instrument) {
        return published(instrument) || desk(actor, instrument.getInstitutionSlug());
    }

    public boolean mayRead(Actor actor, Transfer transfer) {
        return published(transfer) || desk(actor, transfer.getInstitutionSlug());
    }

    public boolean mayRead(Actor actor, Disposal disposal) {
        return published(disposal) || desk(actor, disposal.getInstitutionSlug());
    }

    public boolean mayReadNow(Instrument instrument) {
        return mayRead(Actor.current(), instrument);
    }

    public boolean mayReadNow(Transfer transfer) {
        return mayRead(Actor.current(), transfer);
    }

    public boolean mayReadNow(Disposal disposal) {
        return mayRead(Actor.current(), disposal);
    }

    private boolean desk(Actor actor, String institutionSlug) {
        return allowed(actor, institutionSlug).may(ArchivesAction.MANAGE);
    }

    public Allowed<FileAction> allowedNow(CaseFile file) {
        return allowed(Actor.current(), file);
    }

    public Allowed<DisposalAction> allowedNow(Disposal disposal) {
        return allowed(Actor.current(), disposal);
    }

    /** What the person of the current request may do with the institution's archives. */
    /**
     * The positions of the programme's activities the person of the current request may record as done: the
     * institution's coordinating archivist, for activities the programme lets be marked ({@link PadaActivity#mayBeMarkedDone}).
     */
    public java.util.Set<Integer> markableNow(Pada pada, java.util.List<PadaActivity> activities) {
        if (!allowedNow(pada.getInstitutionSlug()).may(ArchivesAction.APPROVE_INSTRUMENTS)) {
            return java.util.Set.of();
        }
        return activities.stream().filter(a -> a.mayBeMarkedDone(pada)).map(PadaActivity::getPosition)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Allowed<ArchivesAction> allowedNow(String institutionSlug) {
        return allowed(Actor.current(), institutionSlug);
    }

    /** The institutions whose archives the person of the current request keeps. */
    public Set<String> desksNow() {
        Actor actor = Actor.current();
        Set<String> slugs = new HashSet<>(actor.scopesOf(Role.ARCHIVIST));
        slugs.addAll(actor.scopesOf(Role.COORDINATING_ARCHIVIST));
        return slugs;
    }
}
