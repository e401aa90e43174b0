package org.apertura.archives;

/** What a person may do with one case file now. */
public enum FileAction {
    ADD_DOCUMENT, CLOSE, HOLD, LEND
}
