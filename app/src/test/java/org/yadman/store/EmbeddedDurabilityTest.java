package org.yadman.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's library defaults turn fsync off, fit for throwaway test databases only.
 * The registry's own embedded database must be durable, and must keep its rows across a restart.
 */
class EmbeddedDurabilityTest {
    @Test
    void embeddedRegistryIsDurableAndSurvivesRestart(@TempDir Path data) {
        try (Database db = Database.embedded(data)) {
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("SHOW fsync").mapTo(String.class).one()).isEqualTo("on");
                assertThat(h.createQuery("SHOW full_page_writes").mapTo(String.class).one()).isEqualTo("on");
                assertThat(h.createQuery("SHOW synchronous_commit").mapTo(String.class).one()).isEqualTo("on");
                h.execute("INSERT INTO source (name) VALUES ('kept across restarts')");
            });
        }
        try (Database db = Database.embedded(data)) {
            java.util.List<String> names = db.jdbi().withHandle(
                    h -> h.createQuery("SELECT name FROM source").mapTo(String.class).list());
            assertThat(names).containsExactly("kept across restarts");
        }
    }
}
