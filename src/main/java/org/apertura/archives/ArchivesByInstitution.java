package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the archives show on an institution's page: its instruments in force and its case files. */
@Component
class ArchivesByInstitution implements InstitutionSection {

    private final Instruments instruments;
    private final CaseFileRepository files;

    ArchivesByInstitution(Instruments instruments, CaseFileRepository files) {
        this.instruments = instruments;
        this.files = files;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> of(String institutionSlug) {
        return instruments.inForce(institutionSlug).map(i -> new Summary("archives.section.title",
                List.of(new Summary.Figure("archives.section.series", i.getSeriesCount()),
                        new Summary.Figure("archives.section.files", files.countByInstitutionSlug(institutionSlug))),
                List.of(), "/archivos/" + institutionSlug, "archives.section.more"));
    }
}
