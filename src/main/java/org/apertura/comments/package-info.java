/**
 * Comments (issue 21, ADR 0067): one engine for every subject people comment on. The module that owns a subject
 * describes it through {@link org.apertura.platform.comments.CommentSubjects} (open or closed, who answers officially,
 * who moderates); this module keeps threaded comments (any depth, shown two levels deep), up and down votes (one per
 * person, changeable), official replies, flags and hiding with a public reason, puts them on the subject's page as a
 * panel, writes each public change to the ledger under the subject, and tells the community module who a change
 * concerns and what hidden content may be appealed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments", allowedDependencies = {"platform", "ledger"})
package org.apertura.comments;
