/**
 * The comment engine's port (issue 21, ADR 0067): a module that owns something people comment on — a commitment, a
 * proposal, a budget project, a debate — describes it as a {@link org.apertura.platform.comments.CommentSubject}
 * through a {@link org.apertura.platform.comments.CommentSubjects}, deciding whether commenting is open now and who
 * speaks for it officially and moderates it; the comments module keeps the comments, votes and flags of every
 * subject. Neither side knows the other.
 */
package org.apertura.platform.comments;
