package org.yadman.linkage;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;

/**
 * Normalisation of names and short texts in Persian (Arabic script) and Latin script, so that
 * the same name typed on different keyboards, by different people, compares equal.
 *
 * <p>Rules, applied in this order by {@link #normalise(String)}:
 * <ol>
 *   <li>Unicode NFKC: Arabic presentation forms (ﻙ, ﯾ, ligatures such as ﷲ) become plain letters,
 *       full-width Latin becomes ASCII, no-break spaces become spaces.</li>
 *   <li>Arabic letters become the Persian letters a Persian keyboard types: ي ى ئ → ی; ك ڪ → ک;
 *       ة ۀ ە ھ ہ ۃ → ه (ة and ۀ are spellings of a final ه, the ezafe hamza is grammar, not
 *       name); أ إ ٱ → ا and ؤ → و (hamza seats are written or dropped at will in names).
 *       آ is kept: it is a letter of its own in Persian, and the madda is rarely dropped in
 *       lists; the phonetic key, not this class, treats آ and ا alike.
 *       The lone hamza ء is kept.</li>
 *   <li>Diacritics are removed: tanvin, fatha, damma, kasra, shadda, sukun, stray madda and
 *       hamza marks (U+064B–U+065F), superscript alef (U+0670), Quranic marks, tatweel
 *       (kashida, U+0640).</li>
 *   <li>Digits of every script (Persian ۰–۹, Arabic-Indic ٠–٩, …) become ASCII 0–9; Persian
 *       punctuation ، ؛ ؟ ٪ ٫ ٬ becomes , ; ? % . , .</li>
 *   <li>Latin: full case folding (so ß → ss), accents removed (é → e), letters without a
 *       decomposition spelled out (ø → o, ł → l, ı → i, æ → ae, œ → oe, đ ð → d, þ → th).
 *       Apostrophes and ʿayn/hamza signs (' ’ ‘ ʼ ʻ ʿ ʾ ` ´) are removed (Ja'far → jafar);
 *       hyphens and dashes become a space (Ali-Reza → ali reza).</li>
 *   <li>Invisible characters are removed: ZWJ, zero-width space, word joiner, BOM, soft
 *       hyphen, bidi marks. The zero-width non-joiner (ZWNJ, U+200C) is kept only between two
 *       Arabic-script letters; runs of ZWNJ become one; a space next to a ZWNJ wins.</li>
 *   <li>Whitespace of any kind collapses to one ASCII space; the result is trimmed.</li>
 * </ol>
 * The result keeps word boundaries and reads well («محمد رضا» stays two words, «محمد‌رضا»
 * keeps its ZWNJ). {@link #compactKey(String)} goes further for equality of compound names.
 *
 * <p>Null contract: every method accepts {@code null} and treats it as the empty text, so
 * {@code normalise(null)}, {@code compactKey(null)} and {@code digitsToAscii(null)} return
 * {@code ""} and {@code script(null)} returns {@link Script#NONE}. No method returns null.
 */
public final class PersianText {

    /** The letters a text is written in. Digits, punctuation and spaces do not count. */
    public enum Script {
        /** Only Arabic-script letters (Persian, Arabic, …: the language is not detected). */
        PERSIAN,
        /** Only Latin letters. */
        LATIN,
        /** Letters of two or more scripts, e.g. «Ali محمدی». */
        MIXED,
        /** Letters of one script that is neither Arabic nor Latin (Cyrillic, Hebrew, …). */
        OTHER,
        /** No letters at all: null, empty, blank, or only digits and punctuation. */
        NONE
    }

    static final char ZWNJ = '\u200C';

    private PersianText() {
    }

    /**
     * The display and search form of a text: the rules in the class note. Idempotent:
     * {@code normalise(normalise(s)).equals(normalise(s))}.
     *
     * @param text any text, or null
     * @return the normalised text; "" for null or blank
     */
    public static String normalise(String text) {
        return fold(text, true);
    }

    /**
     * The key under which spellings of one compound name are equal: the letters and digits of
     * {@link #normalise(String)}, in order, with every space, ZWNJ, hyphen and punctuation mark
     * removed. «محمدرضا», «محمد رضا», «محمد‌رضا» and «محمد رضا» all give «محمدرضا»;
     * "Mohammad-Reza", "Mohammad Reza" and "MOHAMMADREZA" all give "mohammadreza".
     * Use it for equality and blocking, never for display.
     *
     * @param text any text, or null
     * @return the key; "" when the text has no letters or digits
     */
    public static String compactKey(String text) {
        String normal = normalise(text);
        StringBuilder key = new StringBuilder(normal.length());
        normal.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * Replaces every decimal digit of any script (Persian ۰–۹, Arabic-Indic ٠–٩, Devanagari,
     * full-width, …) by the ASCII digit of the same value; nothing else changes.
     *
     * @param text any text, or null
     * @return the text with ASCII digits; "" for null
     */
    public static String digitsToAscii(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(asciiDigit(cp)));
        return out.toString();
    }

    /**
     * The script of the letters of a text; see {@link Script}. Digits, punctuation, spaces and
     * joiners are ignored, so «۱۳۶۷» is {@link Script#NONE} and «Ali 1367» is LATIN.
     *
     * @param text any text, or null
     * @return the script; {@link Script#NONE} for null or a text without letters
     */
    public static Script script(String text) {
        if (text == null) {
            return Script.NONE;
        }
        boolean arabic = false;
        boolean latin = false;
        Character.UnicodeScript other = null;
        boolean severalOthers = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript letterScript = Character.UnicodeScript.of(cp);
            if (letterScript == Character.UnicodeScript.COMMON || letterScript == Character.UnicodeScript.INHERITED) {
                continue; // modifier letters such as ʿ and ʼ belong to every script
            }
            if (letterScript == Character.UnicodeScript.ARABIC) {
                arabic = true;
            } else if (letterScript == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (other == null) {
                other = letterScript;
            } else if (other != letterScript) {
                severalOthers = true;
            }
        }
        int scripts = (arabic ? 1 : 0) + (latin ? 1 : 0) + (other != null ? 1 : 0);
        if (scripts == 0) {
            return Script.NONE;
        }
        if (scripts > 1 || severalOthers) {
            return Script.MIXED;
        }
        return arabic ? Script.PERSIAN : latin ? Script.LATIN : Script.OTHER;
    }

    /**
     * The normalisation shared by {@link #normalise(String)} and the date parser. The date
     * parser keeps hyphens ({@code hyphensToSpaces == false}) because they separate the parts
     * of "1988-07-28"; any dash variant then becomes an ASCII hyphen-minus.
     */
    static String fold(String text, boolean hyphensToSpaces) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder mapped = new StringBuilder(compatible.length());
        for (int i = 0; i < compatible.length(); ) {
            int cp = compatible.codePointAt(i);
            i += Character.charCount(cp);
            appendMapped(mapped, cp, hyphensToSpaces);
        }
        String folded = UCharacter.foldCase(mapped.toString(), true);
        return collapseSpacesAndJoiners(stripLatinAccents(folded));
    }

    /** Appends the replacement of one code point under the letter, digit and mark rules. */
    private static void appendMapped(StringBuilder out, int cp, boolean hyphensToSpaces) {
        if (isArabicDiacritic(cp) || isInvisible(cp) || isApostrophe(cp)) {
            return;
        }
        if (isDash(cp)) {
            out.append(hyphensToSpaces ? ' ' : '-');
            return;
        }
        out.appendCodePoint(persianLetterOrPunctuation(asciiDigit(cp)));
    }

    private static int asciiDigit(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp;
        }
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? '0' + Character.digit(cp, 10) : cp;
    }

    private static int persianLetterOrPunctuation(int cp) {
        switch (cp) {
            case '\u064A': case '\u0649': case '\u0626': return '\u06CC';             // ي ى ئ → ی
            case '\u0643': case '\u06AA': return '\u06A9';                           // ك ڪ → ک
            case '\u0629': case '\u06C0': case '\u06D5': case '\u06BE': case '\u06C1': case '\u06C2': case '\u06C3':
                return '\u0647';                                                    // ة ۀ ە ھ ہ ۂ ۃ → ه
            case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673': return '\u0627'; // أ إ ٱ → ا
            case '\u0624': return '\u0648';                                          // ؤ → و
            case '\u060C': case '\u066C': return ',';
            case '\u061B': return ';';
            case '\u061F': return '?';
            case '\u066A': return '%';
            case '\u066B': return '.';
            default: return cp;
        }
    }

    /** Harakat, tanvin, shadda, sukun, stray madda/hamza marks, superscript alef, Quranic marks, tatweel. */
    private static boolean isArabicDiacritic(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640
            || (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x06D6 && cp <= 0x06DC)
            || (cp >= 0x06DF && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06ED);
    }

    /** Format characters that change nothing a reader sees in a name. ZWNJ is not one of them. */
    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
            || cp == 0x200E || cp == 0x200F || cp == 0x061C
            || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '`' || cp == 0x00B4 || cp == 0x2018 || cp == 0x2019 || cp == 0x201B
            || cp == 0x02BB || cp == 0x02BC || cp == 0x02BE || cp == 0x02BF || cp == 0x02B9;
    }

    private static boolean isDash(int cp) {
        return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63;
    }

    /** Latin letters that NFD cannot split into a base letter and an accent. */
    private static String latinWithoutDecomposition(int cp) {
        switch (cp) {
            case 'ø': case 'Ø': return "o";
            case 'ł': case 'Ł': return "l";
            case 'ı': return "i";
            case 'đ': case 'Đ': case 'ð': case 'Ð': return "d";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'þ': case 'Þ': return "th";
            default: return null;
        }
    }

    /**
     * Removes accents by decomposing and dropping non-spacing marks, spells out the Latin letters
     * that have no decomposition (after decomposing, so ǣ also becomes ae), then recomposes. The only
     * marks kept are the Arabic madda and hamza (U+0653–U+0655): at this point they can only
     * come from decomposing آ, which recomposes.
     */
    private static String stripLatinAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            boolean arabicMadda = cp >= 0x0653 && cp <= 0x0655;
            String latinSpelling = latinWithoutDecomposition(cp);
            if (latinSpelling != null) {
                out.append(latinSpelling);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK || arabicMadda) {
                out.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * One space between words, no space at either end; a ZWNJ only between two Arabic-script
     * letters, never doubled, and dropped where a space also separates the two words.
     */
    private static String collapseSpacesAndJoiners(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingJoiner = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                pendingJoiner = false;
            } else if (cp == ZWNJ) {
                pendingJoiner = !pendingSpace && out.length() > 0 && isArabicLetter(out.codePointBefore(out.length()));
            } else {
                if (pendingSpace) {
                    out.append(' ');
                } else if (pendingJoiner && isArabicLetter(cp)) {
                    out.append(ZWNJ);
                }
                pendingSpace = false;
                pendingJoiner = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isArabicLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }
}
