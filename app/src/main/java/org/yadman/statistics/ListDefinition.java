package org.yadman.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One list of the estimate: a name and the sources whose records make it up. Written on the command
 * line as {@code NAME=source1,source2}; a plain {@code source} is a list of that one source.
 */
public record ListDefinition(String name, List<String> sources) {
    public ListDefinition {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a list needs a name");
        if (sources.isEmpty()) throw new IllegalArgumentException("list '" + name + "' names no source");
        sources = List.copyOf(sources);
    }

    /** Parses {@code NAME=source1,source2} or {@code source}. */
    public static ListDefinition parse(String spec) {
        String text = spec.strip();
        int eq = text.indexOf('=');
        if (eq < 0) return new ListDefinition(text, List.of(text));
        String name = text.substring(0, eq).strip();
        if (name.isEmpty()) throw new IllegalArgumentException("--list '" + spec + "': the list has no name; write NAME=source1,source2");
        var sources = new LinkedHashSet<String>();
        for (String source : text.substring(eq + 1).split(",")) {
            if (source.isBlank()) throw new IllegalArgumentException("--list '" + spec + "': an empty source name; write NAME=source1,source2");
            sources.add(source.strip());
        }
        return new ListDefinition(name, new ArrayList<>(sources));
    }
}
