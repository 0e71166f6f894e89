package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Hash;
import org.yadman.ledger.SignedNote;

/** Each way of tampering with the log or what it covers is found, with what and where. */
class LogTamperTest {
    @TempDir Path dir;

    @Test
    void anUntouchedLogVerifies() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            f.sign(LogFixture.T0);
            f.items.recordCustody(f.evidenceId, "exported", "investigator1", LogFixture.T0.plusSeconds(60), "to court");
            f.sign(LogFixture.T0.plusSeconds(120));
            LogVerifier.Report report = f.verify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.entries()).isEqualTo(4);
            assertThat(report.checkpoints()).isEqualTo(2);
            assertThat(report.files()).isEqualTo(1);
        }
    }

    @Test
    void anEditedImportedFactIsNamedWithItsImportLeaf() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            f.sql("UPDATE source_record SET facts = jsonb_set(facts, '{0,1}', '\"Someone else\"') WHERE id = (SELECT min(id) FROM source_record)");
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("leaf 0 (import, import_batch " + f.importId + ")").contains("records digest").contains("changed after it was logged");
        }
    }

    @Test
    void anEditedCustodyRowIsNamed() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            f.sql("UPDATE custody_event SET actor = 'someone else'");
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("leaf 2 (custody, custody_event 1)").contains("the custody_event row changed");
        }
    }

    @Test
    void aDeletedRowIsNamed() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            f.sql("DELETE FROM custody_event");
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("leaf 2 (custody, custody_event 1)").contains("custody_event 1 is missing").contains("deleted");
        }
    }

    @Test
    void aDeletedSourceRecordIsFoundThroughItsImport() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            // the registry refuses deletions (V16); someone who can change the database can switch that off
            f.sql("ALTER TABLE record_link DISABLE TRIGGER record_link_kept");
            f.sql("ALTER TABLE source_record DISABLE TRIGGER source_record_kept");
            f.sql("DELETE FROM record_link WHERE source_record_id = (SELECT max(id) FROM source_record)");
            f.sql("DELETE FROM source_record WHERE id = (SELECT max(id) FROM source_record)");
            List<String> problems = f.verify().problems();
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("leaf 0 (import").contains("records digest"));
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("leaf 0 (import").contains("links digest"));
        }
    }

    @Test
    void aTruncatedLogIsFound() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            f.sign(LogFixture.T0);
            f.sql("DELETE FROM ledger_entry WHERE idx >= 1");
            f.sql("DELETE FROM ledger_node WHERE idx >= 1 OR level > 0");
            f.sql("UPDATE ledger_head SET size = 1");
            List<String> problems = f.verify().problems();
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("evidence_item 1 has no evidence_added leaf"));
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("checkpoint #1 (size 3").contains("the log was truncated"));
        }
    }

    @Test
    void aForkedCheckpointOfTheSameSizeIsFound() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            Checkpoints.Stored good = f.sign(LogFixture.T0);
            insertSigned(f, new Checkpoint("yadman.test/log", good.size(), Hash.fromHex("00".repeat(32))));
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("checkpoint #2 (size 3").contains("not the log's root at that size").contains("fork");
        }
    }

    @Test
    void aSmallerCheckpointNotConsistentWithTheLatestIsFound() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            f.items.recordCustody(f.evidenceId, "viewed", "x", LogFixture.T0, null);
            f.sign(LogFixture.T0.plus(Duration.ofMinutes(10)));
            insertSigned(f, new Checkpoint("yadman.test/log", 2, Hash.fromHex("11".repeat(32))));
            assertThat(f.verify().problems()).singleElement().asString().contains("checkpoint #2 (size 2").contains("fork");
        }
    }

    @Test
    void aBadSignatureIsFound() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            Checkpoints.Stored cp = f.sign(LogFixture.T0);
            String note = cp.note();
            int at = note.lastIndexOf(' ') + 3;
            String broken = note.substring(0, at) + (note.charAt(at) == 'A' ? 'B' : 'A') + note.substring(at + 1);
            f.db.jdbi().useHandle(h -> h.execute("UPDATE checkpoint SET note = ?", broken));
            assertThat(f.verify().problems()).singleElement().asString().contains("checkpoint #1").contains("signature");
        }
    }

    @Test
    void oneChangedByteOfAnEvidenceFileIsFoundWithItsPath() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            String sha = f.items.list().get(0).sha256();
            Path file = f.store.path(sha);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            byte[] bytes = Files.readAllBytes(file);
            bytes[3] ^= 1;
            Files.write(file, bytes);
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("evidence_item 1").contains(file.toString()).contains("the file was changed");
        }
    }

    private static void insertSigned(LogFixture f, Checkpoint forged) {
        String note = SignedNote.sign(forged.text(), List.of(f.signer)).toString();
        f.db.jdbi().useHandle(h -> h.execute("INSERT INTO checkpoint (size, root, note, signed_at) VALUES (?, ?, ?, now())",
                forged.size(), forged.root().bytes(), note));
    }
}
