package org.yadman.importing;

/** An import that was refused or failed; nothing of it was written. The message is for people. */
public final class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
