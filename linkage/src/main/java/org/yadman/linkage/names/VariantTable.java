package org.yadman.linkage.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yadman.linkage.PersianText;

/**
 * Reads the shipped variant tables: lines of {@code canonical: variant variant …} (blank lines and
 * {@code #} comments skipped) into a map from each variant's compact key to its canonical form.
 * A variant claimed by two canonical forms is an error in the table, reported with its line.
 */
final class VariantTable {
    private VariantTable() {}

    /**
     * @param resource the classpath resource, read as UTF-8
     * @param canonicalForm turns the text before the colon into the canonical value
     * @param separator the regular expression between variants after the colon
     * @param canonicalIsVariant whether the canonical value is itself a spelling to recognise
     */
    static Map<String, String> read(String resource, UnaryOperator<String> canonicalForm, String separator,
                                    boolean canonicalIsVariant) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = VariantTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(resource + " line " + number + ": no colon in '" + line + "'");
                }
                String canonical = canonicalForm.apply(line.substring(0, colon));
                if (canonicalIsVariant) {
                    map.put(PersianText.compactKey(canonical), canonical);
                }
                for (String variant : line.substring(colon + 1).trim().split(separator)) {
                    String previous = map.put(PersianText.compactKey(variant), canonical);
                    if (previous != null && !previous.equals(canonical)) {
                        throw new IllegalStateException(resource + " line " + number + ": '" + variant.trim()
                            + "' already belongs to " + previous);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
