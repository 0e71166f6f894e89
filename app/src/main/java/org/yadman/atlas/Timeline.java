package org.yadman.atlas;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executions by week and place, with uncertain dates kept apart instead of being forced into a
 * week. Weeks start on Saturday, as the Iranian week does. A person is put in a week only when
 * every day their date can mean lies in that week; a range of at most {@value #MONTH_DAYS} days
 * (a date known to the month: "Mordad 1367", "August 1988") is counted per range in its own
 * table; anything vaguer, and persons with no date at all, are counted apart.
 */
public record Timeline(List<Long> series, List<Week> weeks, List<Range> monthRanges, List<Range> widerRanges, long undated,
                       long total) {
    static final int MONTH_DAYS = 31;
    /** Series key for executions whose place is not recorded. */
    public static final long UNKNOWN_PLACE = 0;
    /** Series key for the places beyond the {@value #MAX_SERIES} largest, drawn together. */
    public static final long OTHER_PLACES = -1;
    static final int MAX_SERIES = 6;

    /** One week: its Saturday, and counts per series key. */
    public record Week(LocalDate start, Map<Long, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(long series) {
            return counts.getOrDefault(series, 0L);
        }

        public LocalDate end() {
            return start.plusDays(6);
        }
    }

    /** Persons whose date is only known to lie between two days, with counts per series key. */
    public record Range(LocalDate earliest, LocalDate latest, Map<Long, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }

    public static Timeline of(List<ExecutionDates.Entry> entries) {
        Map<Long, Long> perPlace = new HashMap<>();
        for (ExecutionDates.Entry e : entries) {
            if (e.dated() && weekStart(e.earliest()).equals(weekStart(e.latest())) && e.placeId() != null) {
                perPlace.merge(e.placeId(), 1L, Long::sum);
            }
        }
        List<Long> largest = perPlace.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SERIES).map(Map.Entry::getKey).toList();
        Map<LocalDate, Map<Long, Long>> weeks = new HashMap<>();
        Map<List<LocalDate>, Map<Long, Long>> months = new HashMap<>();
        Map<List<LocalDate>, Map<Long, Long>> wider = new HashMap<>();
        long undated = 0;
        boolean other = false, unknown = false;
        for (ExecutionDates.Entry e : entries) {
            long key = e.placeId() == null ? UNKNOWN_PLACE : largest.contains(e.placeId()) ? e.placeId() : OTHER_PLACES;
            if (!e.dated()) {
                undated++;
                continue;
            }
            LocalDate week = weekStart(e.earliest());
            Map<Long, Long> bucket;
            if (week.equals(weekStart(e.latest()))) {
                bucket = weeks.computeIfAbsent(week, k -> new HashMap<>());
                other |= key == OTHER_PLACES;
                unknown |= key == UNKNOWN_PLACE;
            } else if (e.latest().toEpochDay() - e.earliest().toEpochDay() < MONTH_DAYS) {
                bucket = months.computeIfAbsent(List.of(e.earliest(), e.latest()), k -> new HashMap<>());
            } else {
                bucket = wider.computeIfAbsent(List.of(e.earliest(), e.latest()), k -> new HashMap<>());
            }
            bucket.merge(key, 1L, Long::sum);
        }
        List<Long> series = new ArrayList<>(largest);
        if (other) series.add(OTHER_PLACES);
        if (unknown) series.add(UNKNOWN_PLACE);
        return new Timeline(List.copyOf(series), contiguous(weeks), ranges(months), ranges(wider), undated, entries.size());
    }

    /** Every week from the first to the last with a count, empty weeks included: gaps are data too. */
    private static List<Week> contiguous(Map<LocalDate, Map<Long, Long>> weeks) {
        if (weeks.isEmpty()) return List.of();
        LocalDate first = weeks.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = weeks.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        List<Week> out = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            out.add(new Week(w, Map.copyOf(weeks.getOrDefault(w, Map.of()))));
        }
        return out;
    }

    private static List<Range> ranges(Map<List<LocalDate>, Map<Long, Long>> byRange) {
        Map<List<LocalDate>, Map<Long, Long>> sorted = new LinkedHashMap<>();
        byRange.keySet().stream().sorted(Comparator.<List<LocalDate>, LocalDate>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)))
                .forEach(k -> sorted.put(k, byRange.get(k)));
        List<Range> out = new ArrayList<>();
        sorted.forEach((k, counts) -> out.add(new Range(k.get(0), k.get(1), Map.copyOf(counts))));
        return out;
    }

    public long weekly() {
        return weeks.stream().mapToLong(Week::total).sum();
    }

    public long maxWeek() {
        return weeks.stream().mapToLong(Week::total).max().orElse(0);
    }
}
