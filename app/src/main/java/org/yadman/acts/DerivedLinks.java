package org.yadman.acts;

import org.jdbi.v3.core.Handle;

/**
 * Rebuilds an act's act_victim and act_perpetrator rows from its standing victim and perpetrator
 * assertions, and drops act_source rows no standing assertion rests on. These rows are an index
 * (what public pages and case files join on); the assertions are the record.
 */
final class DerivedLinks {
    private DerivedLinks() {}

    static void sync(Handle h, long actId) {
        h.createUpdate("DELETE FROM act_victim WHERE act_id = :act").bind("act", actId).execute();
        h.createUpdate("""
                INSERT INTO act_victim (act_id, person_id)
                SELECT DISTINCT :act, CAST(value AS bigint) FROM assertion
                WHERE act_id = :act AND field = 'victim' AND retracted_at IS NULL""").bind("act", actId).execute();
        h.createUpdate("DELETE FROM act_perpetrator WHERE act_id = :act").bind("act", actId).execute();
        h.createUpdate("""
                INSERT INTO act_perpetrator (act_id, person_id, role, involvement)
                SELECT DISTINCT ON (split_part(value, '|', 1), substr(value, length(split_part(value, '|', 1)) + length(split_part(value, '|', 2)) + 3))
                       :act, CAST(split_part(value, '|', 1) AS bigint),
                       substr(value, length(split_part(value, '|', 1)) + length(split_part(value, '|', 2)) + 3),
                       split_part(value, '|', 2)
                FROM assertion WHERE act_id = :act AND field = 'perpetrator' AND retracted_at IS NULL
                ORDER BY split_part(value, '|', 1), substr(value, length(split_part(value, '|', 1)) + length(split_part(value, '|', 2)) + 3), id""")
                .bind("act", actId).execute();
        h.createUpdate("""
                DELETE FROM act_source s WHERE s.act_id = :act AND NOT EXISTS
                    (SELECT 1 FROM assertion a WHERE a.act_id = :act AND a.source_id = s.source_id AND a.retracted_at IS NULL)""")
                .bind("act", actId).execute();
    }
}
