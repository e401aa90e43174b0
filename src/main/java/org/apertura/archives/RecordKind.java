package org.apertura.archives;

import org.apertura.platform.web.Labels;

/** The kinds of the platform's own records that are filed by themselves, each from its module's ledger entries. */
@Labels("archives.recordKind")
public enum RecordKind {
    /** A collegiate body's session: its call, attendance, agreements and approved minutes (module secretariat). */
    SESSION,
    /** An access-to-information request: each step, its answer and its public versions (module accessinfo). */
    ACCESS_REQUEST,
    /** An appeal (recurso de revisión) and its steps (module accessinfo). */
    APPEAL,
    /** A commitment of the action plan: its milestones, evidence and assessments (module actionplan). */
    ACTION_PLAN,
    /** A challenge and its results (module challenge). */
    CHALLENGE
}
