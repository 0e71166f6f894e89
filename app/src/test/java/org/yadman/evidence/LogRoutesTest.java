package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.Tile;
import org.yadman.testing.MutableClock;
import org.yadman.testing.RunningSite;

/** The log as mirrors and witnesses see it: checkpoint and tiles from the real server, cosignatures kept. */
class LogRoutesTest {
    @TempDir Path dir;

    @Test
    void aMirrorRebuildsAndVerifiesTheLogFromTheServedTiles() throws Exception {
        try (LogFixture f = new LogFixture(dir); RunningSite site = RunningSite.start(f.db, Clock.systemUTC())) {
            assertThat(site.get("/log/checkpoint").statusCode()).isEqualTo(404);
            for (int i = 0; i < 300; i++) f.items.recordCustody(f.evidenceId, "viewed", "reader", LogFixture.T0, null);
            Checkpoints.Stored cp = f.sign(LogFixture.T0);
            HttpResponse<String> checkpoint = site.get("/log/checkpoint");
            assertThat(checkpoint.body()).isEqualTo(cp.note());
            assertThat(checkpoint.headers().allValues("Set-Cookie")).isEmpty();
            // Mirror every tile of the checkpoint's size into a directory and verify it offline with the library.
            Path mirror = dir.resolve("mirror");
            HttpClient client = HttpClient.newHttpClient();
            for (Tile t : Tile.allFor(cp.size())) {
                for (String path : t.level() == 0 ? List.of(t.path(), t.entriesPath()) : List.of(t.path())) {
                    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/log/" + path)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                    Files.createDirectories(mirror.resolve(path).getParent());
                    Files.write(mirror.resolve(path), r.body());
                }
            }
            Files.writeString(mirror.resolve("checkpoint"), cp.note());
            SignedNote verified = Ledger.verifyTiledLog(mirror, List.of(f.logKey));
            assertThat(verified.toString()).isEqualTo(cp.note());
            assertThat(site.get("/log/tile/0/001.p/99").statusCode()).isEqualTo(404); // beyond the log
            assertThat(site.get("/log/tile/0/1").statusCode()).isEqualTo(404); // not canonical
        }
    }

    @Test
    void aKnownWitnessCosignatureIsVerifiedKeptAndServed() throws Exception {
        try (LogFixture f = new LogFixture(dir); RunningSite site = RunningSite.start(f.db, Clock.systemUTC())) {
            Checkpoints.Stored cp = f.sign(LogFixture.T0);
            NoteSigner witness = Ledger.cosigner(Ledger.newSignerKey("witness.example", new SecureRandom()), Clock.systemUTC());
            NoteSigner stranger = Ledger.cosigner(Ledger.newSignerKey("stranger.example", new SecureRandom()), Clock.systemUTC());
            String cosigned = SignedNote.parse(cp.note()).addSignature(witness).toString();
            assertThat(post(site, cosigned).statusCode()).as("unknown witness").isEqualTo(403);
            try (Connection c = f.db.dataSource().getConnection()) {
                Witnesses.add(c, witness.verifier().verifierKey());
            }
            HttpResponse<String> ok = post(site, cosigned);
            assertThat(ok.body()).contains("kept 1");
            assertThat(post(site, SignedNote.parse(cp.note()).addSignature(stranger).toString()).statusCode()).isEqualTo(403);
            String forged = cosigned.replace("\n3\n", "\n4\n");
            assertThat(post(site, forged).statusCode()).as("not our checkpoint").isEqualTo(403);
            String served = site.get("/log/checkpoint").body();
            SignedNote note = SignedNote.parse(served);
            assertThat(note.verifyKnown(List.of(Ledger.cosignatureVerifier(witness.verifier().verifierKey())))).hasSize(1);
            assertThat(note.verify(List.of(f.logKey))).hasSize(1);
        }
    }

    @Test
    void checkpointsAreSignedEveryTenMinutesOnlyWhenTheLogGrew() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            MutableClock clock = new MutableClock(LogFixture.T0);
            CheckpointSchedule schedule = new CheckpointSchedule(f.db.dataSource(), f.signer, Duration.ofMinutes(10));
            assertThat(schedule.tick(clock.instant())).isEqualTo(3);
            f.items.recordCustody(f.evidenceId, "viewed", "x", clock.instant(), null);
            clock.advance(Duration.ofMinutes(9));
            assertThat(schedule.tick(clock.instant())).as("too soon").isEqualTo(-1);
            clock.advance(Duration.ofMinutes(1));
            assertThat(schedule.tick(clock.instant())).isEqualTo(4);
            clock.advance(Duration.ofMinutes(30));
            assertThat(schedule.tick(clock.instant())).as("nothing new").isEqualTo(-1);
            assertThat(f.verify().problems()).isEmpty();
        }
    }

    private static HttpResponse<String> post(RunningSite site, String body) {
        return site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/log/cosign"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "text/plain").build());
    }
}
