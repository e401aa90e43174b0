package org.apertura.archives;

/** What a person may do with one baja documental now. */
public enum DisposalAction {
    CONFIRM, APPROVE, EXECUTE
}
