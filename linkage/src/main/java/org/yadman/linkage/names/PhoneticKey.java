package org.yadman.linkage.names;

import org.yadman.linkage.PersianText;

/**
 * A transliteration-aware phonetic key, by rules only: Persian script and the usual Latin
 * spellings of Persian names map into one space, a skeleton of the name as Persian writes it.
 *
 * <p>Why a Persian skeleton: Persian script writes consonants and long vowels (ا و ی) and
 * omits short vowels, while Latin spellings write every vowel but disagree on which letters
 * stand for them. So the key keeps what both scripts agree on: consonants, merged where
 * Persian has several letters for one sound or Latin several spellings for one letter, and
 * the long vowels {@code Y} (ی: i, ee, ei, ey, ay) and {@code V} (و: v, w, ou, oo, and u
 * where it is likely long). Short vowels (a, e, o, and u before a consonant cluster or h) are
 * dropped, as are alef, ʿayn and hamza. Hossein, Hosein, Hussein and حسین all give
 * {@code HSYN}, Hassan and حسن give {@code HSN}: the ی tells them apart.
 *
 * <p>Codes: B P T(ت ط t th) S(ث س ص s) J(ج j dj) c(چ ch) H(ح ه h) X(خ kh x) D Z(ذ ز ض ظ z dh)
 * R j(ژ zh) C(ش sh) Q(غ ق gh q) F(f ph) K(ک k c ck) G L M N V Y. Rules per word: leading
 * vowels dropped (Iraj, ایرج → RJ); a final h after a vowel, and a final ه, dropped (Fatemeh,
 * فاطمه → FTM); repeated codes collapsed (Hassan → HSN). Words are joined, so compound
 * names written joined or split get the same key (Gholam-Reza, غلامرضا → QLMRZ).
 *
 * <p>Known limits, left to {@link NameDictionary}: Latin i for a short vowel (Kazim, Hashim),
 * u long in a first syllable or short before one consonant (Yusuf, Husayn), Arabic spellings
 * (Fatima). This class is stateless and thread-safe.
 */
public final class PhoneticKey {

    private PhoneticKey() {
    }

    /** The key of a name of one or several words, in any script; "" when it has no letters. */
    public static String of(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : PersianText.normalise(name).split(" ")) {
            key.append(ofWord(word));
        }
        return collapse(key);
    }

    /** The key of one word: Latin or Persian rules by its first letter. */
    static String ofWord(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        word.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        if (letters.length() == 0) {
            return "";
        }
        char first = letters.charAt(0);
        return first < 0x0250 ? latin(letters.toString()) : persian(letters.toString());
    }

    private static String persian(String w) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < w.length() && "اآعءئأ".indexOf(w.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0 && i < w.length() && w.charAt(i) == 'ی') {
            i++; // ای and عی at the start are a vowel: Iraj, Isa
        }
        for (; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'ه' && i == w.length() - 1 && i > 0) {
                continue; // final ه is a vowel sign (فاطمه) or silent (الله)
            }
            char code = persianCode(c);
            if (code != 0) {
                out.append(code);
            }
        }
        return collapse(out);
    }

    private static char persianCode(char c) {
        switch (c) {
            case 'ب': return 'B';
            case 'پ': return 'P';
            case 'ت': case 'ط': return 'T';
            case 'ث': case 'س': case 'ص': return 'S';
            case 'ج': return 'J';
            case 'چ': return 'c';
            case 'ح': case 'ه': return 'H';
            case 'خ': return 'X';
            case 'د': return 'D';
            case 'ذ': case 'ز': case 'ض': case 'ظ': return 'Z';
            case 'ر': return 'R';
            case 'ژ': return 'j';
            case 'ش': return 'C';
            case 'غ': case 'ق': return 'Q';
            case 'ف': return 'F';
            case 'ک': return 'K';
            case 'گ': return 'G';
            case 'ل': return 'L';
            case 'م': return 'M';
            case 'ن': return 'N';
            case 'و': return 'V';
            case 'ی': return 'Y';
            default: return 0; // alef, ʿayn, hamza, and letters of other alphabets
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static String latin(String w) {
        StringBuilder out = new StringBuilder();
        int n = w.length();
        int i = 0;
        while (i < n) {
            char c = w.charAt(i);
            if (isVowel(c)) {
                int end = i;
                while (end < n && isVowel(w.charAt(end))) {
                    end++;
                }
                if (i == 0) {
                    if (c == 'y') {
                        out.append('Y'); // Yahya, Yazdi: y before a vowel is a consonant
                    }
                } else {
                    vowels(w.substring(i, end), consonantsAfter(w, end), out);
                }
                i = end;
                continue;
            }
            if (c == 'h' && i == n - 1 && i > 0 && isVowel(w.charAt(i - 1))) {
                break; // final h after a vowel: Fatemeh, Abdollah
            }
            String two = i + 1 < n ? w.substring(i, i + 2) : "";
            char code = digraph(two);
            if (code != 0) {
                out.append(code);
                i += 2;
            } else {
                char single = latinCode(c);
                if (single != 0) {
                    out.append(single);
                }
                i++;
            }
        }
        return collapse(out);
    }

    /** Codes a run of Latin vowels; {@code following} is how many consonants come after it. */
    private static void vowels(String run, int following, StringBuilder out) {
        for (int j = 0; j < run.length(); j++) {
            char v = run.charAt(j);
            char next = j + 1 < run.length() ? run.charAt(j + 1) : 0;
            if ((v == 'o' || v == 'u') && (next == 'u' || next == 'o')) {
                out.append('V'); // ou, oo, uu: a long u
                j++;
            } else if (v == 'i' || v == 'y' || v == 'e' && next == 'e') {
                out.append('Y');
                if (v == 'e') {
                    j++;
                }
            } else if (v == 'u' && following == 1) {
                out.append('V'); // Mahmud, Rasul, Musavi; but not Hussein, Mustafa, Muhammad
            }
        }
    }

    /** Consonants after a vowel run, up to the next vowel: 2 for a cluster, and h counts as 2. */
    private static int consonantsAfter(String w, int from) {
        int count = 0;
        int i = from;
        while (i < w.length() && !isVowel(w.charAt(i))) {
            String two = i + 1 < w.length() ? w.substring(i, i + 2) : "";
            if (digraph(two) != 0) {
                i += 2;
            } else {
                if (w.charAt(i) == 'h') {
                    count++; // u before h is short: Muhammad
                }
                i++;
            }
            count++;
        }
        return count;
    }

    private static char digraph(String two) {
        switch (two) {
            case "kh": return 'X';
            case "gh": return 'Q';
            case "sh": return 'C';
            case "ch": return 'c';
            case "zh": return 'j';
            case "dj": return 'J';
            case "ph": return 'F';
            case "th": return 'T';
            case "dh": return 'Z';
            case "ck": return 'K';
            default: return 0;
        }
    }

    private static char latinCode(char c) {
        switch (c) {
            case 'b': return 'B';
            case 'c': case 'k': return 'K';
            case 'd': return 'D';
            case 'f': return 'F';
            case 'g': return 'G';
            case 'h': return 'H';
            case 'j': return 'J';
            case 'l': return 'L';
            case 'm': return 'M';
            case 'n': return 'N';
            case 'p': return 'P';
            case 'q': return 'Q';
            case 'r': return 'R';
            case 's': return 'S';
            case 't': return 'T';
            case 'v': case 'w': return 'V';
            case 'x': return 'X';
            case 'z': return 'Z';
            default: return 0;
        }
    }

    private static String collapse(CharSequence codes) {
        StringBuilder out = new StringBuilder(codes.length());
        for (int i = 0; i < codes.length(); i++) {
            char c = codes.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
