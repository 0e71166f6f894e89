package org.yadman.linking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.importing.Mapping;
import org.yadman.store.Database;

/**
 * A small hand-made pair of lists: a Persian list and a Latin one describing some of the same
 * persons with other spellings, and two namesakes («حسین کریمی», sons of different fathers, from
 * different cities) that must stay apart.
 */
final class LinkFixtures {
    private LinkFixtures() {}

    static final String PERSIAN = """
            record_id,نام,نام خانوادگی,نام پدر,شهر,تاریخ اعدام
            P1,حسین,کریمی,کاظم,تهران,1367/05/28
            P2,حسین,کریمی,علی,شیراز,1367/06/10
            P3,مریم,احمدی,رضا,تبریز,1367/05/10
            P4,محمد,رحمانی,اکبر,مشهد,1367/05/12
            P5,فاطمه,حسینی,جواد,اصفهان,1367/06/02
            P6,علی,نجفی,حسن,رشت,1367/05/30
            P7,رضا,موسوی,مهدی,کرج,1367/05/15
            P8,زهرا,صادقی,محمود,قم,1367/06/05
            P9,حسن,کریمی,کاظم,تهران,1367/05/28
            P10,مهدی,جعفری,عباس,اهواز,1367/05/20
            """;
    static final String LATIN = """
            record_id,first,last,father,city,executed
            L1,Hossein,Karimi,Kazem,Tehran,1367/05/28
            L2,Husayn,Karimi,Ali,Shiraz,1367/06/10
            L3,Maryam,Ahmadi,Reza,Tabriz,1367/05/10
            L4,Mohammad,Rahmani,Akbar,Mashhad,1367/05/12
            L5,Fatemeh,Hosseini,Javad,Isfahan,1367/06/02
            L6,Ali,Najafi,Hasan,Rasht,1367/05/30
            L11,Nasser,Tavakoli,Karim,Sari,1367/06/11
            L12,Parviz,Ebrahimi,Yousef,Zanjan,1367/05/25
            """;

    static Mapping persianMapping() {
        return Mapping.parse("""
                id: record_id
                script: persian
                calendar: solar_hijri
                columns:
                  نام: given_name
                  نام خانوادگی: surname
                  نام پدر: father_name
                  شهر: city
                  تاریخ اعدام: death_date
                """);
    }

    static Mapping latinMapping() {
        return Mapping.parse("""
                id: record_id
                script: latin
                calendar: solar_hijri
                columns:
                  first: given_name
                  last: surname
                  father: father_name
                  city: city
                  executed: death_date
                """);
    }

    /** Imports both lists as sources "persian_list" and "latin_list". */
    static void importBoth(Database db, Path dir) throws IOException {
        Path a = dir.resolve("persian.csv");
        Path b = dir.resolve("latin.csv");
        Files.writeString(a, PERSIAN, StandardCharsets.UTF_8);
        Files.writeString(b, LATIN, StandardCharsets.UTF_8);
        Importer.run(db, ImportRequest.of(a, "persian_list", persianMapping()));
        Importer.run(db, ImportRequest.of(b, "latin_list", latinMapping()));
    }

    static LinkRun.Options options() {
        return new LinkRun.Options(List.of(), List.of("persian_list", "latin_list"), 0.5, 0.1, null, "test", null);
    }

    /** Current person id by record key. */
    static Map<String, Long> persons(Database db) {
        return db.jdbi().withHandle(h -> {
            var map = new java.util.HashMap<String, Long>();
            h.createQuery("""
                    SELECT r.record_key, l.person_id FROM source_record r
                    JOIN record_link l ON l.source_record_id = r.id AND l.superseded_at IS NULL""")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }

    static long recordId(Database db, String key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM source_record WHERE record_key = :k")
                .bind("k", key).mapTo(Long.class).one());
    }
}
