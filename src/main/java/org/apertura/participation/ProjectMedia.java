package org.apertura.participation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.media.Attachments;
import org.apertura.platform.media.Attachments.Checked;
import org.apertura.platform.media.Attachments.Upload;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.storage.ContentRemoval;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A budget project's pictures and PDF documents (issue 21, ADR 0080 and 0088), as co-creation's proposals have them:
 * checked by platform.media's {@link Attachments} (types told by their bytes, hidden data dropped, at most four
 * pictures and three documents, each with the label its author must write). A project is proposed with one optional
 * picture; its author adds more, or removes them, while proposals are open and before the review
 * ({@code ATTACH_MEDIA}); those who run the exercise remove any as moderation ({@code REMOVE_MEDIA}). Every change goes
 * to the ledger under the process ({@code pb.project.file.added}, {@code pb.project.file.removed}) with the file's
 * hash, type, size and label, never who uploaded it. A removed file's bytes are deleted once no record names them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectMedia {

    private final ParticipationService service;
    private final ParticipationPolicy policy;
    private final ProjectFileRepository files;
    private final Attachments.ItemFiles<ProjectFile> itemFiles;
    private final LedgerService ledger;
    private final Today today;

    ProjectMedia(ParticipationService service, ParticipationPolicy policy, ProjectFileRepository files,
            LedgerService ledger, Storage storage, ContentRemoval removal, Today today, EntityManager entities) {
        this.service = service;
        this.policy = policy;
        this.files = files;
        this.itemFiles = new Attachments.ItemFiles<>(files, storage, removal, entities);
        this.ledger = ledger;
        this.today = today;
    }

    // ---- reading

    /** The project's pictures and documents, in the order they were added. */
    public List<ProjectFile> files(BudgetProject project) {
        return files.findByProjectIdOrderByIdAsc(project.getId());
    }

    /** The files of many projects (a process's list), by project id. */
    public Map<Long, List<ProjectFile>> filesOf(List<BudgetProject> projects) {
        return Attachments.byItem(projects.stream().map(BudgetProject::getId).toList(),
                files::findByProjectIdInOrderByIdAsc, ProjectFile::getProjectId);
    }

    /** A file of a project as served: only one the project still names. */
    public Optional<Attachments.Served<ProjectFile>> served(BudgetProject project, Long fileId) {
        return itemFiles.served(fileId, f -> f.getProjectId().equals(project.getId()));
    }

    /** What the current person may do with the project's files today. */
    public Allowed<BudgetAction> allowedOn(BudgetProcess process, BudgetProject project) {
        return policy.onProject(Actor.current(), PublicActor.currentId(),
                service.secretariatOf(process), process, project, today.date());
    }

    // ---- changes

    /**
     * A signed-in person proposes a project with its optional picture (and its alternative text) at once: a bad
     * picture refuses the whole project, with the text's problems too, and nothing is stored.
     */
    @Transactional
    public BudgetProject propose(String slug, BudgetProject.Text text, Upload image) {
        BudgetProcess process = service.process(slug);
        PublicActor actor = PublicActor.current().orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("sign in to propose"));
        return propose(process, text, image, actor.accountId());
    }

    /** Proposes a project for this account (the demo's neighbours), with its optional picture. */
    @Transactional
    BudgetProject propose(BudgetProcess process, BudgetProject.Text text, Upload image, Long accountId) {
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = image != null && image.given() ? Attachments.image(image, "image", "imageAlt", problems)
                : null;
        if (!problems.isEmpty()) {
            problems.addAll(0, service.proposalProblems(process, text));
            throw new InvalidInputException(problems);
        }
        BudgetProject project = service.propose(process, text, accountId);
        if (checked != null) {
            add(process, project, checked);
        }
        return project;
    }

    /** The author adds a picture, with its alternative text. */
    @Transactional
    public ProjectFile addImage(String slug, int number, Upload upload) {
        return addOneMore(slug, number, Attachments.Kind.IMAGE, upload);
    }

    /** The author adds a PDF document, with its title. */
    @Transactional
    public ProjectFile addDocument(String slug, int number, Upload upload) {
        return addOneMore(slug, number, Attachments.Kind.DOCUMENT, upload);
    }

    private ProjectFile addOneMore(String slug, int number, Attachments.Kind kind, Upload upload) {
        BudgetProcess process = service.process(slug);
        BudgetProject project = editable(process, number);
        return add(process, project,
                Attachments.oneMore(kind, upload, files.countByProjectIdAndKind(project.getId(), kind)));
    }

    /** The author removes a file while they may still change the project; those who run the exercise remove any. */
    @Transactional
    public void remove(String slug, int number, Long fileId) {
        BudgetProcess process = service.process(slug);
        BudgetProject project = service.project(process, number);
        Allowed<BudgetAction> allowed = allowedOn(process, project);
        if (!allowed.may(BudgetAction.ATTACH_MEDIA)) {
            allowed.require(BudgetAction.REMOVE_MEDIA);
        }
        itemFiles.remove(project, fileId, f -> f.getProjectId().equals(project.getId()),
                "file " + fileId + " of project " + number, allowed.may(BudgetAction.ATTACH_MEDIA),
                record(process, project), entry -> ledger.append(ParticipationService.MODULE, "pb.project.file.removed",
                        "pb-process", process.getId(), entry));
    }

    private ProjectFile add(BudgetProcess process, BudgetProject project, Checked checked) {
        return itemFiles.add(project, checked, sha256 -> new ProjectFile(project, checked, sha256, today.now()),
                record(process, project), entry -> ledger.append(ParticipationService.MODULE, "pb.project.file.added",
                        "pb-process", process.getId(), entry));
    }

    private BudgetProject editable(BudgetProcess process, int number) {
        BudgetProject project = service.project(process, number);
        allowedOn(process, project).require(BudgetAction.ATTACH_MEDIA);
        return project;
    }

    private static Map<String, Object> record(BudgetProcess process, BudgetProject project) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("project", project.getNumber());
        return record;
    }
}
