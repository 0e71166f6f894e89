package org.yadman.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * One interface language: its texts, its direction and its digits. Every user-facing text exists
 * in English and Persian; a key missing from either bundle fails at start-up, not on a page.
 *
 * <p>Texts live in {@code i18n/<bundle>_<code>.properties} (UTF-8), one bundle per capability so
 * that each capability owns its words.
 */
public enum Lang {
    EN("en", "ltr", Locale.ENGLISH),
    FA("fa", "rtl", Locale.forLanguageTag("fa-IR"));

    private final String code;
    private final String dir;
    private final Locale locale;
    private final Properties texts;

    Lang(String code, String dir, Locale locale) {
        this.code = code;
        this.dir = dir;
        this.locale = locale;
        this.texts = load(code);
    }

    private static Properties load(String code) {
        Properties all = new Properties();
        for (String bundle : Bundles.NAMES) {
            String path = "/i18n/" + bundle + "_" + code + ".properties";
            try (InputStream in = Lang.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("missing text bundle " + path);
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** Bundles loaded for every language; add a capability's bundle here. (A holder class,
     * because an enum's own static fields are not yet set while its constants are built.) */
    static final class Bundles {
        static final List<String> NAMES = List.of("common", "memorial", "workspace", "accounts", "importing", "statistics", "evidence",
                "linkage", "atlas", "intake", "acts");
    }

    public static Lang fromCode(String code) {
        for (Lang lang : values()) if (lang.code.equals(code)) return lang;
        throw new IllegalArgumentException("unknown language '" + code + "'; expected en or fa");
    }

    /** The language a browser prefers among ours, Persian unless it asks for English first. */
    public static Lang negotiate(String acceptLanguage) {
        if (acceptLanguage == null) return FA;
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
            String tag = range.getRange();
            if (tag.startsWith("fa") || tag.startsWith("pes") || tag.startsWith("prs")) return FA;
            if (tag.startsWith("en")) return EN;
        }
        return FA;
    }

    public String code() {
        return code;
    }

    public String dir() {
        return dir;
    }

    public Locale locale() {
        return locale;
    }

    public Lang other() {
        return this == EN ? FA : EN;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments formatted in this language. */
    public String t(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) throw new IllegalArgumentException("no text '" + key + "' in language " + code);
        if (args.length == 0) return text;
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? number(n.longValue()) : args[i];
        }
        return new MessageFormat(text.replace("'", "''"), Locale.ROOT).format(shown);
    }

    /** A whole number written with this language's digits (Persian digits in Persian). */
    public String number(long value) {
        String ascii = String.format(Locale.ROOT, "%,d", value);
        if (this == EN) return ascii;
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            if (c >= '0' && c <= '9') out.append((char) ('۰' + (c - '0')));
            else if (c == ',') out.append('٬');
            else out.append(c);
        }
        return out.toString();
    }

    /** Keys present in one language and not the other; empty when the bundles agree. */
    public static Map<String, List<String>> missingKeys() {
        var en = EN.texts.stringPropertyNames();
        var fa = FA.texts.stringPropertyNames();
        return Map.of(
                "fa", en.stream().filter(k -> !fa.contains(k)).sorted().toList(),
                "en", fa.stream().filter(k -> !en.contains(k)).sorted().toList());
    }
}
