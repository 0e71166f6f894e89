-- An act's type, date and place as they stand: the latest standing assertion of each (a correction
-- adds one and retracts the one it replaces). The act row keeps what was first recorded, which its
-- act_recorded leaf commits to; every reader that shows or counts acts reads this view instead.
-- A date or place whose assertions were all retracted is unknown; one never asserted (an act
-- written without assertions) is the act row's. A type always stands: a correction replaces it.
CREATE VIEW act_standing AS
SELECT a.id,
       coalesce(t.value, a.type) AS type,
       CASE WHEN d.asserted THEN d.value ELSE a.date_text END AS date_text,
       CASE WHEN d.asserted THEN d.date_calendar ELSE a.date_calendar END AS date_calendar,
       CASE WHEN d.asserted THEN d.date_earliest ELSE a.date_earliest END AS date_earliest,
       CASE WHEN d.asserted THEN d.date_latest ELSE a.date_latest END AS date_latest,
       CASE WHEN p.asserted THEN p.value::bigint ELSE a.place_id END AS place_id,
       a.description, a.created_by, a.created_at
FROM act a
LEFT JOIN LATERAL (SELECT s.value FROM assertion s
                   WHERE s.act_id = a.id AND s.field = 'type' AND s.retracted_at IS NULL
                   ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1) t ON true
CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM assertion s WHERE s.act_id = a.id AND s.field = 'date') AS asserted,
                           x.value, x.date_calendar, x.date_earliest, x.date_latest
                    FROM (SELECT 1) one
                    LEFT JOIN LATERAL (SELECT s.value, s.date_calendar, s.date_earliest, s.date_latest FROM assertion s
                                       WHERE s.act_id = a.id AND s.field = 'date' AND s.retracted_at IS NULL
                                       ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1) x ON true) d
CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM assertion s WHERE s.act_id = a.id AND s.field = 'place') AS asserted,
                           (SELECT s.value FROM assertion s
                            WHERE s.act_id = a.id AND s.field = 'place' AND s.retracted_at IS NULL
                            ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1) AS value) p;
