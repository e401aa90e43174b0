package org.apertura.platform.storage;

/**
 * The file store could not be written or read: the directory read-only, full or gone, the S3 server stopped or
 * refusing (issue 19, fault 5). Thrown by the stores instead of a bare I/O failure, so the request that needed the
 * file ends with a clear «try again» answer (503) and its transaction rolls back: no record ever names a file that was
 * not stored. A missing file is not this: the stores answer it with an empty result.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
