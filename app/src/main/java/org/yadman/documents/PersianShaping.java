package org.yadman.documents;

import java.util.HashMap;
import java.util.Map;

/**
 * Contextual shaping of Arabic-script text into presentation forms, including the Persian letters
 * (پ چ ژ ک گ ی, Presentation Forms-A) that ICU's {@code ArabicShaping} leaves unjoined. The PDF
 * renderer has no OpenType shaping engine, so each letter is replaced by its isolated, final,
 * initial or medial form here, from the Unicode joining types: dual-joining letters take all four,
 * right-joining letters (ا د ذ ر ز ژ و …) only isolated and final; marks (harakat) are transparent;
 * ZWNJ (U+200C) breaks the join as Persian writing needs (می‌خواهم); ZWJ and tatweel join. Lam
 * followed by an alef becomes the obligatory lam-alef ligature. Input is in logical order.
 */
final class PersianShaping {
    private PersianShaping() {}

    private static final char ZWJ = '\u200D';
    private static final char TATWEEL = '\u0640';

    /** Forms per letter: isolated, final, initial, medial (0 where the letter has none). */
    private static final Map<Character, char[]> FORMS = new HashMap<>();

    private static void dual(int letter, int first) {
        FORMS.put((char) letter, new char[] {(char) first, (char) (first + 1), (char) (first + 2), (char) (first + 3)});
    }

    private static void right(int letter, int first) {
        FORMS.put((char) letter, new char[] {(char) first, (char) (first + 1), 0, 0});
    }

    static {
        FORMS.put('\u0621', new char[] {'\uFE80', 0, 0, 0}); // hamza: joins nothing
        right(0x0622, 0xFE81); right(0x0623, 0xFE83); right(0x0624, 0xFE85); right(0x0625, 0xFE87);
        dual(0x0626, 0xFE89); right(0x0627, 0xFE8D); dual(0x0628, 0xFE8F); right(0x0629, 0xFE93);
        dual(0x062A, 0xFE95); dual(0x062B, 0xFE99); dual(0x062C, 0xFE9D); dual(0x062D, 0xFEA1); dual(0x062E, 0xFEA5);
        right(0x062F, 0xFEA9); right(0x0630, 0xFEAB); right(0x0631, 0xFEAD); right(0x0632, 0xFEAF);
        dual(0x0633, 0xFEB1); dual(0x0634, 0xFEB5); dual(0x0635, 0xFEB9); dual(0x0636, 0xFEBD);
        dual(0x0637, 0xFEC1); dual(0x0638, 0xFEC5); dual(0x0639, 0xFEC9); dual(0x063A, 0xFECD);
        dual(0x0641, 0xFED1); dual(0x0642, 0xFED5); dual(0x0643, 0xFED9); dual(0x0644, 0xFEDD);
        dual(0x0645, 0xFEE1); dual(0x0646, 0xFEE5); dual(0x0647, 0xFEE9); right(0x0648, 0xFEED);
        FORMS.put('\u0649', new char[] {'\uFEEF', '\uFEF0', '\uFBE8', '\uFBE9'}); // alef maksura
        dual(0x064A, 0xFEF1);
        right(0x0671, 0xFB50); // alef wasla
        dual(0x067E, 0xFB56); dual(0x0686, 0xFB7A); right(0x0698, 0xFB8A); dual(0x06A9, 0xFB8E); dual(0x06AF, 0xFB92);
        dual(0x06CC, 0xFBFC);
        FORMS.put('\u06C0', new char[] {0, '\uFBA5', 0, 0}); // heh with yeh above: the font has no isolated form; the base letter stands
    }

    /** Lam-alef ligatures, isolated then final, by the alef. */
    private static final Map<Character, char[]> LAM_ALEF = Map.of(
            '\u0622', new char[] {'\uFEF5', '\uFEF6'}, '\u0623', new char[] {'\uFEF7', '\uFEF8'},
            '\u0625', new char[] {'\uFEF9', '\uFEFA'}, '\u0627', new char[] {'\uFEFB', '\uFEFC'});

    static boolean transparent(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06DD' && c != '\u06DE');
    }

    /** Joins to the letter after it (in logical order). */
    private static boolean joinsForward(char c) {
        if (c == ZWJ || c == TATWEEL) return true;
        char[] forms = FORMS.get(c);
        return forms != null && forms[2] != 0; // dual-joining letters have an initial form
    }

    /** Joins to the letter before it. */
    private static boolean joinsBackward(char c) {
        if (c == ZWJ || c == TATWEEL) return true;
        char[] forms = FORMS.get(c);
        return forms != null && forms[1] != 0; // every letter but hamza has a final form
    }

    static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean before = false;
            for (int j = i - 1; j >= 0; j--) {
                char p = text.charAt(j);
                if (transparent(p)) continue;
                before = joinsForward(p);
                break;
            }
            if (c == '\u0644' && i + 1 < n && LAM_ALEF.containsKey(text.charAt(i + 1))) {
                out.append(LAM_ALEF.get(text.charAt(i + 1))[before ? 1 : 0]);
                i++;
                continue;
            }
            boolean after = false;
            for (int j = i + 1; j < n; j++) {
                char q = text.charAt(j);
                if (transparent(q)) continue;
                after = joinsBackward(q);
                break;
            }
            int form;
            if (forms[2] != 0) form = before && after ? 3 : before ? 1 : after ? 2 : 0;
            else form = before && forms[1] != 0 ? 1 : 0;
            char shaped = forms[form];
            out.append(shaped == 0 ? c : shaped);
        }
        return out.toString();
    }
}
