package org.apertura.opendata;

/** What a person may do with an institution's datasets; reading published ones is for everyone and needs no action. */
public enum OpenDataAction {
    /** Create a dataset for the institution. */
    CREATE,
    /** Edit its metadata, add and replace resources, fill the data dictionary; see it while it is a draft. */
    EDIT,
    /** Publish a draft. */
    PUBLISH,
    /** Withdraw a published dataset, with a public reason. */
    WITHDRAW
}
