package org.yadman.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

class ImportBehaviourTest {
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

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private String one(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void formulaIsKeptVerbatimAsText() throws IOException {
        String formula = "=cmd|' /C calc'!A0";
        Path file = write("formula.csv", "record_id,name,death,notes\nX1,\"" + formula + "\",,\"+1,@SUM(A1)\"\n");
        Importer.run(db, ImportRequest.of(file, "test", ImportFixtures.mapping()));
        assertThat(one("SELECT raw->>'name' FROM source_record")).isEqualTo(formula);
        assertThat(one("SELECT raw->>'notes' FROM source_record")).isEqualTo("+1,@SUM(A1)");
        assertThat(one("SELECT value FROM person_assertion WHERE field = 'full_name'")).isEqualTo(formula);
        assertThat(one("SELECT value FROM person_assertion WHERE field = 'notes'")).isEqualTo("+1,@SUM(A1)");
    }

    @Test
    void oneImportWritesSourceBatchRecordWithFactsPersonAndLink() throws IOException {
        Path file = write("one.csv", "record_id,name,death,notes\nX1,\"KARIMI, Hussayn\",14 Shahrivar 1367,son of Kazem\nX2,محمد رضا کریمی,,\n");
        ImportReport report = Importer.run(db, ImportRequest.of(file, "families", ImportFixtures.mapping()));
        assertThat(report.rowsImported()).isEqualTo(2);
        assertThat(report.sourceCreated()).isTrue();
        // X1: full_name, given, surname, death_date, notes, father_name; X2: full_name, given, surname
        assertThat(report.facts()).isEqualTo(9);
        // imported facts stay in their record; the assertion table is for facts people record
        assertThat(ImportFixtures.counts(db)).containsAllEntriesOf(Map.of("source", 1L, "import_batch", 1L,
                "source_record", 2L, "person", 2L, "record_link", 2L, "assertion", 0L));
        assertThat(one("SELECT sum(jsonb_array_length(facts)) FROM source_record")).isEqualTo("9");
        assertThat(one("SELECT facts->0->>0 || '|' || (facts->0->>1) FROM source_record WHERE record_key = 'X1'"))
                .isEqualTo("full_name|KARIMI, Hussayn");
        assertThat(one("SELECT search_names @> ARRAY['hussayn karimi', 'karimi hussayn'] FROM source_record WHERE record_key = 'X1'"))
                .isEqualTo("t");
        assertThat(one("SELECT title || '|' || reliability || '|' || script || '|' || default_calendar FROM source"))
                .isEqualTo("Test list|C|mixed|solar_hijri");
        assertThat(one("SELECT row_count || '|' || rejected_count || '|' || content_sha256 || '|' || (mapping->>'id') FROM import_batch"))
                .isEqualTo("2|0|" + report.contentSha256() + "|record_id");
        assertThat(one("SELECT a.normalised FROM person_assertion a JOIN source_record r ON r.id = a.source_record_id"
                + " WHERE r.record_key = 'X1' AND a.field = 'surname'")).isEqualTo("karimi");
        assertThat(one("SELECT date_earliest || '|' || date_latest || '|' || date_calendar || '|' || date_qualifier FROM person_assertion"
                + " WHERE field = 'death_date'")).isEqualTo("1988-09-05|1988-09-05|solar_hijri|exact");
        assertThat(one("SELECT given.value || '|' || sur.value || '|' || sur.script FROM person_assertion given, person_assertion sur"
                + " JOIN source_record r ON r.id = sur.source_record_id WHERE r.record_key = 'X2'"
                + " AND given.field = 'given_name' AND sur.field = 'surname' AND given.person_id = sur.person_id"))
                .isEqualTo("محمد رضا|کریمی|persian");
        // each record is its own person until linkage, linked by the import
        assertThat(one("SELECT count(DISTINCT a.person_id) || '|' || bool_and(l.person_id = a.person_id AND l.decided_by = 'import')"
                + " FROM person_assertion a JOIN record_link l ON l.source_record_id = a.source_record_id")).isEqualTo("2|true");
        assertThat(one("SELECT count(*) FROM person_assertion WHERE credibility IS NULL AND source_id IS NOT NULL")).isEqualTo("9");
    }

    @Test
    void skipBadRowsImportsTheRestAndWritesRejectsWithReasons() throws IOException {
        Path file = write("mixed.csv", "record_id,name,death,notes\nX1,Ali,1367/05/06,\nX2,Reza,1367/13/40,\n,Hasan,,\nX3,Taghi,,\n");
        ImportReport report = Importer.run(db, ImportRequest.of(file, "test", ImportFixtures.mapping()).withSkipBadRows(true));
        assertThat(report.rowsImported()).isEqualTo(2);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(report.rejectsFile()).isEqualTo(dir.resolve("mixed.csv.rejects.csv"));
        assertThat(one("SELECT string_agg(record_key, ',' ORDER BY row_number) FROM source_record")).isEqualTo("X1,X3");
        assertThat(one("SELECT rejected_count FROM import_batch")).isEqualTo("2");
        try (var reader = CsvReader.builder().ofCsvRecord(report.rejectsFile())) {
            List<CsvRecord> rows = reader.stream().toList();
            assertThat(rows.get(0).getFields()).containsExactly("row", "line", "column", "reason", "record_id", "name", "death", "notes");
            assertThat(rows.get(1).getFields()).startsWith("2", "3", "death").contains("X2", "Reza", "1367/13/40");
            assertThat(rows.get(1).getField(3)).contains("month 13");
            assertThat(rows.get(2).getFields()).startsWith("3", "4", "record_id", "the record id is empty");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mixed.csv", "mixed.csv.rejects.csv");
    }

    @Test
    void sameContentTwiceIsRefusedUnlessForced() throws IOException {
        String csv = "record_id,name,death,notes\nX1,Ali,,\n";
        Path first = write("first.csv", csv);
        Path again = write("again.csv", csv);
        ImportReport report = Importer.run(db, ImportRequest.of(first, "test", ImportFixtures.mapping()));
        assertThatThrownBy(() -> Importer.run(db, ImportRequest.of(again, "other", ImportFixtures.mapping())))
                .isInstanceOf(ImportException.class)
                .hasMessageContainingAll("again.csv", "already imported as import #" + report.importId(), "first.csv", "'test'", "--force");
        assertThat(one("SELECT count(*) FROM source_record")).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM source")).isEqualTo("1");
        ImportReport forced = Importer.run(db, ImportRequest.of(again, "test", ImportFixtures.mapping()).withForce(true));
        assertThat(forced.sourceCreated()).isFalse();
        assertThat(one("SELECT count(*) || '|' || count(*) FILTER (WHERE forced) FROM import_batch")).isEqualTo("2|1");
        assertThat(one("SELECT count(*) FROM person")).isEqualTo("2");
    }

    @Test
    void bomAndDelimitersAreDetected() throws IOException {
        for (String delimiter : List.of(";", "\t", "|")) {
            String name = "d" + (int) delimiter.charAt(0) + ".csv";
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write(String.join(delimiter, "record_id", "name", "death", "notes").concat("\r\n")
                        .concat(String.join(delimiter, name, "\"Ali, Karimi\"", "مرداد ۱۳۶۷", "")).concat("\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            Importer.run(db, ImportRequest.of(file, "test", ImportFixtures.mapping()));
            assertThat(one("SELECT raw::text FROM source_record WHERE record_key = '" + name + "'"))
                    // verbatim: the file's columns in the file's order
                    .isEqualTo("{\"record_id\":\"" + name + "\",\"name\":\"Ali, Karimi\",\"death\":\"مرداد ۱۳۶۷\",\"notes\":\"\"}");
        }
        assertThat(one("SELECT count(DISTINCT date_earliest) || ' ' || min(date_earliest) FROM person_assertion WHERE field = 'death_date'"))
                .isEqualTo("1 1988-07-23");
    }

    @Test
    void delimiterFromTheMappingWins() throws IOException {
        Path file = write("semi.csv", "record_id;name;death;notes\nX1;Ali,Karimi;;\n");
        Mapping mapping = Mapping.parse(ImportFixtures.YAML + "delimiter: \";\"\n");
        Importer.run(db, ImportRequest.of(file, "test", mapping));
        assertThat(one("SELECT value FROM person_assertion WHERE field = 'surname'")).isEqualTo("Ali");
    }

    @Test
    void xlsxIsReadAsAStream() throws IOException {
        Path file = dir.resolve("list.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("list");
            String[][] rows = {{"record_id", "name", "death", "notes"}, {"X1", "KARIMI, Hussayn", "1367/05/06", "son of Kazem"},
                    {"X2", "=cmd|' /C calc'!A0", null, null}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) if (rows[r][c] != null) row.createCell(c).setCellValue(rows[r][c]);
            }
            var dated = sheet.createRow(3);
            dated.createCell(0).setCellValue("X3");
            var cell = dated.createCell(2);
            cell.setCellValue(java.time.LocalDate.of(1988, 8, 28));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            cell.setCellStyle(style);
            workbook.write(out);
        }
        ImportReport report = Importer.run(db, ImportRequest.of(file, "test", ImportFixtures.mapping()));
        assertThat(report.rowsImported()).isEqualTo(3);
        assertThat(one("SELECT value FROM person_assertion WHERE field = 'father_name'")).isEqualTo("Kazem");
        assertThat(one("SELECT raw->>'name' FROM source_record WHERE record_key = 'X2'")).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(one("SELECT value || ' ' || date_earliest FROM person_assertion a JOIN source_record r ON r.id = a.source_record_id"
                + " WHERE r.record_key = 'X3'")).isEqualTo("1988-08-28 1988-08-28");
    }

    @Test
    void badXlsxRowStopsTheImportWithItsSheetRow() throws IOException {
        Path file = dir.resolve("bad.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("list");
            String[][] rows = {{"record_id", "name", "death", "notes"}, {"X1", "Ali", "1367/05/06", ""}, {"X2", "Reza", "1367/13/40", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 2); // two empty rows above the header
                for (int c = 0; c < 4; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            workbook.write(out);
        }
        assertThatThrownBy(() -> Importer.run(db, ImportRequest.of(file, "test", ImportFixtures.mapping())))
                .isInstanceOf(ImportException.class)
                .hasMessageContainingAll("bad.xlsx: row 2 (line 5), column 'death'", "month 13");
        ImportFixtures.assertNothingWritten(db);
    }
}
