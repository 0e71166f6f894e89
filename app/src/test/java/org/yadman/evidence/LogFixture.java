package org.yadman.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.importing.Mapping;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.NoteVerifier;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** A fresh database and data directory with a log key, one import and one evidence file in the log. */
final class LogFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-29T02:00:00Z");
    static final String MAPPING = """
            id: record_id
            script: mixed
            calendar: solar_hijri
            columns:
              name: {kind: full_name, order: either}
              death: death_date
            """;

    final Database db = TestDatabases.fresh();
    final Path data;
    final NoteVerifier logKey;
    final NoteSigner signer;
    final EvidenceStore store;
    final EvidenceItems items;
    long importId;
    long evidenceId;

    LogFixture(Path dir) throws IOException, SQLException {
        data = dir;
        logKey = LogKeys.init(data, "yadman.test/log");
        signer = LogKeys.signer(data);
        store = EvidenceStore.in(data);
        items = new EvidenceItems(db.dataSource(), store);
        importId = importList("list.csv", "record_id,name,death\nX1,\"KARIMI, Hussayn\",1367\nX2,Ali Rezaei,\n");
        evidenceId = items.receive(new ByteArrayInputStream("a photograph".getBytes()), "photo.jpg", "Witness A", "first copy",
                "investigator1", T0);
    }

    long importList(String name, String csv) throws IOException {
        Path file = Files.writeString(data.resolve(name), csv);
        return Importer.run(db, ImportRequest.of(file, "List " + name, Mapping.parse(MAPPING))).importId();
    }

    Checkpoints.Stored sign(Instant at) throws SQLException {
        return Checkpoints.signNow(db.dataSource(), signer, at);
    }

    LogVerifier.Report verify() throws SQLException {
        return LogVerifier.verify(db.dataSource(), logKey, store);
    }

    void sql(String statement) {
        db.jdbi().useHandle(h -> h.execute(statement));
    }

    @Override
    public void close() {
        db.close();
    }
}
