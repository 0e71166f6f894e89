package org.yadman.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Joining forms from the Unicode joining types, for the letters Persian adds and the ones it shares with Arabic. */
class PersianShapingTest {
    @Test
    void persianLettersTakeTheirPositionalForms() {
        // ن initial, گ medial, ا final (joins back only), ر isolated (ا does not join forward).
        assertThat(PersianShaping.shape("نگار")).isEqualTo("\uFEE7\uFB95\uFE8E\uFEAD");
        // پ initial, ی medial, چ final.
        assertThat(PersianShaping.shape("پیچ")).isEqualTo("\uFB58\uFBFF\uFB7B");
        // ک initial, ی medial, ک final
        assertThat(PersianShaping.shape("کیک")).isEqualTo("\uFB90\uFBFF\uFB8F");
        // ژ after a dual-joining letter is final and does not join the next letter, so گ starts again (initial).
        assertThat(PersianShaping.shape("مژگان")).isEqualTo("\uFEE3\uFB8B\uFB94\uFE8E\uFEE5");
    }

    @Test
    void zeroWidthNonJoinerBreaksTheJoinAndMarksAreTransparent() {
        // می‌خو (from می‌خواهم): mim initial, yeh final (ZWNJ after it), khah initial again, waw final.
        String shaped = PersianShaping.shape("می\u200Cخو");
        assertThat(shaped).isEqualTo("\uFEE3\uFBFD\u200C\uFEA7\uFEEE");
        // A fatha between beh and teh does not stop them joining.
        assertThat(PersianShaping.shape("بَت")).isEqualTo("\uFE91\u064E\uFE96");
    }

    @Test
    void lamAlefIsOneLigature() {
        assertThat(PersianShaping.shape("لا")).isEqualTo("\uFEFB");
        assertThat(PersianShaping.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
    }

    @Test
    void latinDigitsAndSpacesPassThroughAndShapingIsReversible() {
        String text = "Evin ۱۳۶۷ اعدام‌شدگان تابستان، خاوران";
        String shaped = PersianShaping.shape(text);
        assertThat(shaped).startsWith("Evin ۱۳۶۷ ").doesNotContain("ع");
        assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
}
