package org.apertura.participation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apertura.platform.media.AttachedFile;
import org.apertura.platform.media.Attachments;

/** A picture or a document added to a budget project (ADR 0080, 0088; what every attached file holds: {@link AttachedFile}). */
@Entity
@Table(name = "pb_project_file")
public class ProjectFile extends AttachedFile {

    private Long projectId;

    protected ProjectFile() {
    }

    ProjectFile(BudgetProject project, Attachments.Checked checked, String sha256, Instant now) {
        super(checked, sha256, now);
        this.projectId = project.getId();
    }

    public Long getProjectId() {
        return projectId;
    }
}
