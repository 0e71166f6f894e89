package org.yadman.linkage.compare;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yadman.linkage.Record;
import org.yadman.linkage.names.Gazetteer;

/**
 * A place compared through the {@link Gazetteer}: Teheran = Tehran = تهران, Gohardasht =
 * Rajaei Shahr. Levels: same place (same gazetteer id, or same phonetic key for places it does
 * not know), else. Null when either record names no place. The same place gets a
 * term-frequency adjustment: sharing the capital says less than sharing a small town.
 */
public final class PlaceComparison implements Comparison {

    private static final List<String> LEVELS = List.of("same place", "else");

    private final String name;
    private final Set<String> fields;
    private final Function<Record, String> value;

    public PlaceComparison(String name, Set<String> fields, Function<Record, String> value) {
        this.name = name;
        this.fields = Set.copyOf(fields);
        this.value = value;
    }

    /** The city of {@link PersonFields#CITY}. */
    public static PlaceComparison city() {
        return onField(PersonFields.CITY);
    }

    /** The prison of {@link PersonFields#PRISON}. */
    public static PlaceComparison prison() {
        return onField(PersonFields.PRISON);
    }

    public static PlaceComparison onField(String field) {
        return new PlaceComparison(field, Set.of(field), r -> r.field(field));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Set<String> fields() {
        return fields;
    }

    @Override
    public Object prepare(Record record) {
        String text = value.apply(record);
        return text == null ? null : Gazetteer.standard().idOrKey(text);
    }

    @Override
    public int level(Object left, Object right) {
        return left.equals(right) ? 0 : 1;
    }

    @Override
    public int termFrequencyLevels() {
        return 1;
    }

    @Override
    public String term(Object prepared) {
        return (String) prepared;
    }
}
