package org.apertura.platform.web;

import java.util.List;
import java.util.Optional;

/**
 * Public records of one module that another module may point at by their identifier — a milestone's evidence
 * pointing at a contracting process by its ocid — without the two modules knowing each other: the module that
 * keeps the records declares a bean of its kind, the module that links asks the bean of the kind it wants. The
 * answer is read when asked, so a link shows the record as it is now.
 */
public interface LinkedRecords {

    /** The kind of record the bean answers for, e.g. {@value #CONTRACTING_PROCESS}. */
    String kind();

    /** The record with that identifier as it is now, or empty when there is none. */
    Optional<LinkedRecord> find(String id);

    /** An institution's records, the latest changed first. */
    List<LinkedRecord> ofInstitution(String institutionSlug, int limit);

    /** A contracting process (OCDS), identified by its ocid. */
    String CONTRACTING_PROCESS = "contracting-process";

    /**
     * One record: its identifier, its title, its public page (a path of this site) and one line saying what it is
     * now, in the language of the request.
     */
    record LinkedRecord(String id, String title, String path, String now) {
    }
}
