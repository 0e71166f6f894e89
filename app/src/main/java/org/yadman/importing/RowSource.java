package org.yadman.importing;

import java.io.IOException;
import java.util.List;

/** A tabular file read once, start to end, in constant memory: a header, then data rows. */
interface RowSource {

    /** Receives the header, then every data row in order. */
    interface Handler {
        void header(List<String> headers);

        void row(RawRow row);
    }

    /** Reads the whole file; throws {@link ImportException} when the file as a whole is unreadable. */
    void read(Handler handler) throws IOException;

    /** Bytes of the file consumed so far, for progress. */
    long bytesRead();
}
