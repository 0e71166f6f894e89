package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yadman.linkage.PersianText.Script;

/** Normalisation cases seen in the development lists, and the edge cases around them. */
class PersianTextTest {

    private static final String ZWNJ = "\u200C";

    @ParameterizedTest(name = "{0}: normalise «{1}» = «{2}»")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Arabic yeh and kaf become Persian       | قاسمي                 | قاسمی",
        "Arabic kaf inside a word                | خليلي كريمي           | خلیلی کریمی",
        "alef maksura becomes yeh                | مصطفى                 | مصطفی",
        "teh marbuta becomes heh                 | فاطمة                 | فاطمه",
        "heh with hamza (ezafe) becomes heh      | خانۀ                  | خانه",
        "hamza on alef dropped                   | أحمد                  | احمد",
        "hamza below alef dropped                | إسماعیل               | اسماعیل",
        "alef wasla becomes alef                 | ٱلله                  | الله",
        "hamza on waw and yeh                    | مؤمن رئیسی            | مومن رییسی",
        "alef with madda is kept                 | آبادی                 | آبادی",
        "harakat removed                         | مُحَمَّد              | محمد",
        "tanvin removed                          | حدوداً                | حدودا",
        "superscript alef removed                | رحمٰن                 | رحمن",
        "tatweel removed                         | محـــمد               | محمد",
        "Persian digits                          | ۱۳۶۷/۰۵/۰۶            | 1367/05/06",
        "Arabic-Indic digits                     | ١٣٦٧                  | 1367",
        "Persian punctuation                     | علی، حسن؛ ۲٫۵         | علی, حسن; 2.5",
        "spaces collapse and trim                | '  محمد    رضا  '     | محمد رضا",
        "presentation forms (NFKC)               | ﻛﺮﯾﻢ                  | کریم",
        "Latin case and accents                  | Ḥusayn ÉBRAHIMI       | husayn ebrahimi",
        "Latin apostrophe removed                | Ja'far                | jafar",
        "Latin curly apostrophe and ayn          | ʿAli Ja’fari          | ali jafari",
        "Latin hyphen becomes space              | Hedayat-ollah         | hedayat ollah",
        "Latin letters without decomposition     | Łukasz Øre Kılıç      | lukasz ore kilic",
        "sharp s folds                           | Straße                | strasse",
        "surname-first comma kept                | 'KARIMI, Hussayn'     | karimi, hussayn",
        "mixed script                            | Ali محمدي             | ali محمدی",
        "bidi marks and zero-width space removed | \u200Fعلی\u200B\u200E | علی",
    })
    void normalises(String rule, String input, String expected) {
        assertThat(PersianText.normalise(input)).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ZWNJ: «{0}»")
    @CsvSource(delimiter = '|', value = {
        "محمد\u200Cرضا          | محمد\u200Cرضا",   // kept between letters
        "محمد\u200C\u200Cرضا    | محمد\u200Cرضا",   // runs collapse
        "محمد \u200Cرضا         | محمد رضا",        // space wins
        "محمد\u200C رضا         | محمد رضا",
        "\u200Cمحمد\u200C       | محمد",            // never at the ends
        "ali\u200Creza          | alireza",         // meaningless between Latin letters
        "محمد\u200Dرضا          | محمدرضا",         // ZWJ removed
    })
    void keepsOneZwnjOnlyBetweenArabicLetters(String input, String expected) {
        assertThat(PersianText.normalise(input)).isEqualTo(expected);
    }

    @Test
    void compoundNameSpellingsShareOneCompactKey() {
        String[] spellings = {"محمدرضا", "محمد رضا", "محمد" + ZWNJ + "رضا", "محمد  " + ZWNJ + " رضا", "محمد\u200Dرضا",
            "مُحَمَّدرضا", "محمد\u00A0رضا"};
        for (String spelling : spellings) {
            assertThat(PersianText.compactKey(spelling)).as(spelling).isEqualTo("محمدرضا");
        }
        assertThat(PersianText.compactKey("خرمآباد")).isEqualTo(PersianText.compactKey("خرم" + ZWNJ + "آباد"));
        assertThat(PersianText.compactKey("ديزل" + ZWNJ + "آباد")).isEqualTo(PersianText.compactKey("دیزل آباد"));
    }

    @Test
    void compactKeyOfLatinCompoundNames() {
        for (String spelling : new String[] {"Mohammad-Reza", "Mohammad Reza", "MOHAMMADREZA", "Mohammad‐Reza", "mohammad'reza"}) {
            assertThat(PersianText.compactKey(spelling)).as(spelling).isEqualTo("mohammadreza");
        }
        assertThat(PersianText.compactKey("KARIMI, Hussayn")).isEqualTo("karimihussayn");
    }

    @Test
    void displayFormKeepsWordBoundariesThatCompactKeyDrops() {
        assertThat(PersianText.normalise("محمد رضا")).isEqualTo("محمد رضا");
        assertThat(PersianText.normalise("محمدرضا")).isEqualTo("محمدرضا");
    }

    @Test
    void nullEmptyAndBlankAreTheEmptyText() {
        for (String nothing : new String[] {null, "", "   ", "\t\n", ZWNJ, "\u200F \u200B"}) {
            assertThat(PersianText.normalise(nothing)).isEmpty();
            assertThat(PersianText.compactKey(nothing)).isEmpty();
            assertThat(PersianText.script(nothing)).isEqualTo(Script.NONE);
        }
        assertThat(PersianText.digitsToAscii(null)).isEmpty();
        assertThat(PersianText.compactKey("- , .")).isEmpty();
    }

    @Test
    void digitsToAsciiChangesOnlyDigits() {
        assertThat(PersianText.digitsToAscii("مرداد ۱۳۶۷")).isEqualTo("مرداد 1367");
        assertThat(PersianText.digitsToAscii("١٩٨٨-٠٧-٢٨")).isEqualTo("1988-07-28");
        assertThat(PersianText.digitsToAscii("１９८८ Ja'far ك")).isEqualTo("1988 Ja'far ك");
    }

    @ParameterizedTest(name = "script «{0}» = {1}")
    @CsvSource(delimiter = '|', value = {
        "محمد رضا           | PERSIAN",
        "محمد\u200Cرضا ۱۳۶۷ | PERSIAN",
        "Ja'far Asadi       | LATIN",
        "Ali 1367           | LATIN",
        "Ḥasan-ʿAlī         | LATIN",
        "Ali محمدی          | MIXED",
        "Иван               | OTHER",
        "Иван Ali           | MIXED",
        "۱۳۶۷/۰۵/۰۶         | NONE",
        "'- , .'            | NONE",
    })
    void detectsScript(String text, Script expected) {
        assertThat(PersianText.script(text)).isEqualTo(expected);
    }

    @Property
    void normaliseIsIdempotent(@ForAll String text) {
        String once = PersianText.normalise(text);
        assertThat(PersianText.normalise(once)).isEqualTo(once);
    }

    @Property
    void compactKeyIgnoresSpacingAndJoiners(@ForAll("persianWords") String first, @ForAll("persianWords") String second) {
        String joined = PersianText.compactKey(first + second);
        assertThat(PersianText.compactKey(first + " " + second)).isEqualTo(joined);
        assertThat(PersianText.compactKey(first + ZWNJ + second)).isEqualTo(joined);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> persianWords() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('\u0621', '\u064A').withChars("پچژکگیۀ").ofMinLength(1).ofMaxLength(8);
    }
}
