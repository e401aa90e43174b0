package org.apertura.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an appeal's page shows about the recursos de inconformidad against it (LGTAIP 2025 arts. 162–164): the
 * remedies brought, and, while there is a window to file one before the federal authority, its last day, whether
 * it is still open today, whether the viewer is the appellant who may file, and whether they work for the local
 * authority that forwards a written filing (art. 164 ¶2). Decided here; the page only renders it.
 */
public record InconformityPanel(List<Inconformity> remedies, LocalDate due, boolean open, boolean appellantMayFile,
        boolean mayForward) {

    static InconformityPanel of(List<Inconformity> remedies, Optional<Inconformity.Window> window, LocalDate today,
            boolean appellant, boolean forwards) {
        return window.map(w -> new InconformityPanel(remedies, w.due(), w.openOn(today), appellant, forwards))
                .orElseGet(() -> new InconformityPanel(remedies, null, false, false, false));
    }

    /** Whether the panel has anything to show: remedies, or a window this viewer acts on. */
    public boolean shown() {
        return !remedies.isEmpty() || appellantMayFile || mayForward;
    }
}
