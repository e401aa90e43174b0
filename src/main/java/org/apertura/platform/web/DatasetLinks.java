package org.apertura.platform.web;

import java.util.Optional;

/**
 * What a catalog knows of a dataset a web address points at, for modules that cite datasets without depending on the
 * catalog (an action plan's evidence of type dataset): given an address, the catalog's dataset it names, if any. The
 * open data module declares the bean; a module with no catalog gets none and shows the address as it is.
 */
public interface DatasetLinks {

    /** The catalog's dataset at that address (its page on this site), or empty. */
    Optional<DatasetLink> find(String address);

    /**
     * A dataset of the catalog: its title, its page's path on this site, its institution's name, and a note already
     * in the reader's language (its formats, how complete it is, or that it was withdrawn).
     */
    record DatasetLink(String title, String path, String institution, String note) {
    }
}
