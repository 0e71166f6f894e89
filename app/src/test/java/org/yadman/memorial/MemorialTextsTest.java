package org.yadman.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.yadman.web.Lang;

class MemorialTextsTest {
    private static Properties bundle(String code) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MemorialTextsTest.class.getResourceAsStream("/i18n/memorial_" + code + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void memorialBundleHasEveryKeyInBothLanguagesAndEveryLabelledField() throws IOException {
        Properties en = bundle("en");
        Properties fa = bundle("fa");
        assertThat(fa.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String field : FactText.LABELLED_FIELDS) {
            assertThat(en).containsKey("memorial.field." + field);
            assertThat(FactText.label(Lang.FA, field)).isNotEqualTo(field);
        }
        assertThat(FactText.label(Lang.EN, "some_new_field")).isEqualTo("some_new_field");
        assertThat(FactText.gregorian(Lang.FA, java.time.LocalDate.of(1988, 7, 30), java.time.LocalDate.of(1988, 7, 30)))
                .isEqualTo("میلادی ۳۰ ژوئیه ۱۹۸۸");
        assertThat(FactText.gregorian(Lang.EN, null, null)).isNull();
    }
}
