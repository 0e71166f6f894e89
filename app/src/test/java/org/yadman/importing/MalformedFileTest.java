package org.yadman.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yadman.importing.ImportFixtures.assertNothingWritten;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** Each malformed file stops the import with file, row, line and column named, and leaves every table empty. */
class MalformedFileTest {
    private Database db;
    @TempDir Path dir;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(Path file, String... fragments) {
        assertThatThrownBy(() -> Importer.run(db, ImportRequest.of(file, "test", ImportFixtures.mapping())))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file.getFileName() + ": ")
                .hasMessageContainingAll(fragments);
        assertNothingWritten(db);
    }

    private static final String HEADER = "record_id,name,death,notes\n";

    @Test
    void truncatedFileWithUnterminatedQuote() throws IOException {
        Path file = write("truncated.csv", HEADER + "X1,Ali Karimi,1367/05/06,\nX2,\"Reza Ahmadi,1367/05/07,\n");
        assertRefused(file, "row 2 (line 3)", "column 'name'", "never closed", "truncated");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] head = (HEADER + "X1,Ali Karimi,1367/05/06,\nX2,Re").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "za,1367/05/07,\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xC3; // a two-byte sequence cut short by '('
        content[head.length + 1] = '(';
        System.arraycopy(tail, 0, content, head.length + 2, tail.length);
        Path file = write("latin1.csv", content);
        assertRefused(file, "row 2 (line 3)", "column 'name'", "invalid UTF-8 at byte offset " + head.length, "0xC3");
    }

    @Test
    void rowWithTooManyFields() throws IOException {
        Path file = write("wide.csv", HEADER + "X1,Ali Karimi,1367/05/06,\nX2,Reza,1367/05/07,,extra\n");
        assertRefused(file, "row 2 (line 3)", "5 fields but the header has 4");
    }

    @Test
    void impossibleDate() throws IOException {
        Path file = write("date.csv", HEADER + "X1,Ali Karimi,1367/05/06,\nX2,Reza Ahmadi,1367/13/40,\n");
        assertRefused(file, "row 2 (line 3)", "column 'death'", "1367/13/40", "month 13");
    }

    @Test
    void fiftyMegabyteFieldIsRefusedWithoutHoldingIt() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "X1,Ali Karimi,1367/05/06,\nX2,Reza Ahmadi,1367/05/07,\"").getBytes(StandardCharsets.UTF_8));
            byte[] block = "long note; ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += block.length) out.write(block);
            out.write("\"\nX3,Hasan,1367/05/08,\n".getBytes(StandardCharsets.UTF_8));
        }
        Runtime rt = Runtime.getRuntime();
        assertRefused(file, "row 2 (line 3)", "column 'notes'", "larger than the limit of 1048576 bytes");
        // the field was discarded while read: the file is 50 MB, the reader's field buffer at most 1 MB
        assertThat(rt.totalMemory() - rt.freeMemory()).isLessThan(rt.maxMemory());
    }

    @Test
    void fieldLimitIsConfigurable() throws IOException {
        Path file = write("limit.csv", HEADER + "X1,Ali Karimi,1367/05/06,a note longer than twenty bytes\n");
        assertThatThrownBy(() -> Importer.run(db, ImportRequest.of(file, "test", ImportFixtures.mapping()).withMaxFieldBytes(20)))
                .hasMessageContainingAll("row 1 (line 2)", "column 'notes'", "limit of 20 bytes");
        assertNothingWritten(db);
    }

    @Test
    void duplicateRecordId() throws IOException {
        Path file = write("dup.csv", HEADER + "X1,Ali Karimi,1367/05/06,\nX2,Reza,,\nX1,Hasan,,\n");
        assertRefused(file, "row 3 (line 4)", "column 'record_id'", "record id 'X1' already appears in row 1");
    }

    @Test
    void missingRecordId() throws IOException {
        Path file = write("noid.csv", HEADER + "X1,Ali Karimi,1367/05/06,\n  ,Reza,,\n");
        assertRefused(file, "row 2 (line 3)", "column 'record_id'", "record id is empty");
    }

    @Test
    void lineNumbersCountNewlinesInsideQuotes() throws IOException {
        Path file = write("multiline.csv", HEADER + "X1,Ali Karimi,1367/05/06,\"two\r\nlines\"\r\nX2,Reza,1367/07/31,\r\n");
        assertRefused(file, "row 2 (line 4)", "column 'death'");
    }

    @Test
    void columnMissingFromTheMapping() throws IOException {
        Path file = write("extra-column.csv", "record_id,name,death,notes,phone\nX1,Ali,,,\n");
        assertRefused(file, "column 'phone' is not in the mapping");
    }

    @Test
    void mappedColumnMissingFromTheFile() throws IOException {
        Path file = write("short-header.csv", "record_id,name,death\nX1,Ali,\n");
        assertRefused(file, "the mapping names column 'notes'");
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertRefused(write("empty.csv", "\n\n"), "the file is empty; a header line is required");
        assertRefused(write("header-only.csv", HEADER), "has a header but no data rows");
    }
}
