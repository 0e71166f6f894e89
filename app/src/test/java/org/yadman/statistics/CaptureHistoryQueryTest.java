package org.yadman.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yadman.estimate.CaptureHistories;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** Persons × lists from record_link clusters, with rows written directly so the answer is known. */
class CaptureHistoryQueryTest {
    private static final String[] SOURCES = {"families", "rights", "published"};

    @Test
    void currentClustersGiveTheHistoriesOfTheirSources() {
        try (Database db = TestDatabases.fresh()) {
            Registry r = new Registry(db.jdbi());
            for (String s : SOURCES) r.source(s);
            r.source("empty"); // no records: not a list by default
            r.personOn(SOURCES, 1, 0, 0);
            r.personOn(SOURCES, 1, 0, 0);
            r.personOn(SOURCES, 1, 1, 0);
            r.personOn(SOURCES, 1, 1, 1);
            long twice = r.personOn(SOURCES, 0, 0, 1);
            r.record("published", twice); // two records of one list count once
            // A record re-linked to another person: the superseded link is ignored.
            long moved = r.personOn(SOURCES, 0, 1, 0);
            long other = r.person();
            db.jdbi().useHandle(h -> {
                h.execute("UPDATE record_link SET superseded_at = now() WHERE person_id = ?", moved);
                h.execute("""
                        INSERT INTO record_link (source_record_id, person_id, decided_by)
                        SELECT source_record_id, ?, 'reviewer' FROM record_link WHERE person_id = ?""", other, moved);
            });
            r.record("families", other); // so 'other' is on families and rights

            CaptureHistoryQuery query = new CaptureHistoryQuery(db.jdbi());
            assertThat(query.sourcesAsLists()).extracting(ListDefinition::name).containsExactly(SOURCES);
            CaptureHistories h = query.table(query.sourcesAsLists(), null).total();
            assertThat(h.lists()).containsExactly(SOURCES);
            assertThat(h.count(0b001)).isEqualTo(2);
            assertThat(h.count(0b011)).isEqualTo(2);
            assertThat(h.count(0b111)).isEqualTo(1);
            assertThat(h.count(0b100)).isEqualTo(1);
            assertThat(h.count(0b010)).isZero();
            assertThat(h.observed()).isEqualTo(6);
        }
    }

    @Test
    void namedListsGroupSourcesAndPersonsOnNoChosenListAreNotCounted() {
        try (Database db = TestDatabases.fresh()) {
            Registry r = new Registry(db.jdbi());
            String[] four = {"a", "b", "c", "d"};
            for (String s : four) r.source(s);
            r.personOn(four, 1, 1, 0, 0); // a and b are one list: history 10
            r.personOn(four, 1, 0, 1, 0); // 11
            r.personOn(four, 0, 0, 0, 1); // only on d, which is not chosen
            var query = new CaptureHistoryQuery(db.jdbi());
            CaptureHistories h = query.table(List.of(ListDefinition.parse("AB=a,b"), ListDefinition.parse("c")), null).total();
            assertThat(h.lists()).containsExactly("AB", "c");
            assertThat(h.count(0b01)).isEqualTo(1);
            assertThat(h.count(0b11)).isEqualTo(1);
            assertThat(h.observed()).isEqualTo(2);

            assertThatThrownBy(() -> query.table(List.of(ListDefinition.parse("X=a,zzz"), ListDefinition.parse("c")), null))
                    .hasMessageContaining("no source named 'zzz'");
            assertThatThrownBy(() -> query.table(List.of(ListDefinition.parse("X=a,b"), ListDefinition.parse("Y=b,c")), null))
                    .hasMessageContaining("source 'b' is in two lists");
            assertThatThrownBy(() -> query.table(List.of(ListDefinition.parse("a")), null))
                    .hasMessageContaining("at least 2 lists; got 1");
            r.source("e"); // a source without records, chosen as a list: it caught nobody
            assertThatThrownBy(() -> query.table(List.of(ListDefinition.parse("a"), ListDefinition.parse("e")), null).total())
                    .hasMessageContaining("list 'e' recorded 0");
        }
    }

    @Test
    void strataComeFromTheMostCommonAssertionAndTheMonthOfDeath() {
        try (Database db = TestDatabases.fresh()) {
            Registry r = new Registry(db.jdbi());
            for (String s : SOURCES) r.source(s);
            long p1 = r.personOn(SOURCES, 1, 1, 0);
            r.fact(p1, "prison", "Evin");
            r.fact(p1, "prison", "Evin");
            r.fact(p1, "prison", "Gohardasht");
            long p2 = r.personOn(SOURCES, 0, 1, 1);
            r.fact(p2, "prison", "Gohardasht");
            r.fact(p2, "prison", "زندان گوهردشت"); // one place in two scripts: one stratum
            long p4 = r.personOn(SOURCES, 0, 0, 1);
            r.fact(p4, "prison", "رجایی‌شهر"); // another name of Gohardasht
            long p5 = r.personOn(SOURCES, 0, 1, 0);
            r.fact(p5, "prison", "Camp Nowhere");
            r.fact(p5, "prison", "camp nowhere");
            r.fact(p5, "prison", "Camp Nowhere"); // unknown to the gazetteer: its most common spelling
            long p3 = r.personOn(SOURCES, 1, 0, 0);
            db.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO assertion (person_id, field, value, date_earliest, date_latest) VALUES
                      (?, 'death_date', '1367/05/06', '1988-07-28', '1988-07-28'),
                      (?, 'death_date', '1988', '1988-01-01', '1988-12-31')""", p1, p2));
            var query = new CaptureHistoryQuery(db.jdbi());
            var byPrison = query.table(query.sourcesAsLists(), Stratification.PRISON).countsByStratum();
            assertThat(byPrison).containsOnlyKeys("evin prison", "gohardasht prison", "Camp Nowhere", "unknown");
            assertThat(byPrison.get("evin prison")[0b011]).isEqualTo(1);
            assertThat(byPrison.get("gohardasht prison")[0b110]).isEqualTo(1);
            assertThat(byPrison.get("gohardasht prison")[0b100]).isEqualTo(1);
            assertThat(byPrison.get("Camp Nowhere")[0b010]).isEqualTo(1);
            assertThat(byPrison.get("unknown")[0b001]).isEqualTo(1);
            var byPeriod = query.table(query.sourcesAsLists(), Stratification.PERIOD).countsByStratum();
            assertThat(byPeriod).containsOnlyKeys("1988-07", "unknown");
            assertThat(byPeriod.get("unknown")[0b110] + byPeriod.get("unknown")[0b001]).isEqualTo(2);
            r.fact(p3, "sex", "مرد");
            r.fact(p1, "sex", "Male");
            r.fact(p2, "sex", "F");
            var bySex = query.table(query.sourcesAsLists(), Stratification.SEX).countsByStratum();
            assertThat(bySex).containsOnlyKeys("male", "female", "unknown");
            assertThat(bySex.get("male")[0b001] + bySex.get("male")[0b011]).isEqualTo(2);
        }
    }
}
