package org.yadman.importing;

/** Told how far an import has got, a few times a second at most, on the importing thread. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (rows, bytesRead, totalBytes) -> {};

    /**
     * @param rows data rows read so far (imported and rejected)
     * @param bytesRead bytes of the file read so far
     * @param totalBytes the file's size
     */
    void update(long rows, long bytesRead, long totalBytes);
}
