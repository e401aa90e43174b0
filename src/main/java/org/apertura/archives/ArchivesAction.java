package org.apertura.archives;

/** What a person may do with an institution's archives. */
public enum ArchivesAction {
    /** Import a new version of the instruments (a draft). */
    IMPORT_INSTRUMENTS,
    /** Record the Grupo Interdisciplinario's approval of a draft (the área coordinadora keeps its acts). */
    APPROVE_INSTRUMENTS,
    /** Designate each archive's responsible person and location for the guía (the área coordinadora). */
    DESIGNATE_ARCHIVES,
    /** Keep the Grupo Interdisciplinario's register: its members and its sessions' minutes (the área coordinadora). */
    KEEP_GROUP,
    /** Read drafts and the archive's desk. */
    MANAGE,
    /** Open case files, add documents, close them. */
    KEEP_FILES
}
