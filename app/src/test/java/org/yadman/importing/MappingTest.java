package org.yadman.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yadman.importing.Mapping.NameOrder;

class MappingTest {
    @Test
    void readsEveryOptionAndWritesItBackAsJson() {
        Mapping m = Mapping.parse(ImportFixtures.YAML + "delimiter: tab\nage_reference: 1988\n");
        assertThat(m.delimiter()).isEqualTo('\t');
        assertThat(m.ageReferenceYear()).isEqualTo(1988);
        assertThat(m.source().reliability()).isEqualTo('C');
        assertThat(m.columns().get("notes").patronymic()).isTrue();
        assertThat(m.toJson()).contains("\"id\":\"record_id\"", "\"calendar\":\"solar_hijri\"", "\"delimiter\":\"\\t\"",
                "\"notes\":{\"kind\":\"notes\",\"patronymic\":true}", "\"reliability\":\"C\"");
    }

    @Test
    void builtInCodeEqualsTheSameYaml() {
        var kinds = new java.util.LinkedHashMap<String, FieldKind>();
        kinds.put("first", FieldKind.GIVEN_NAME);
        kinds.put("last", FieldKind.SURNAME);
        Mapping built = Mapping.of("id", Mapping.Script.LATIN, Mapping.Calendar.GREGORIAN, kinds)
                .withSource(new Mapping.SourceInfo("Demo", null, 'F', "en", true));
        Mapping read = Mapping.parse("id: id\nscript: latin\ncalendar: gregorian\n"
                + "source: {title: Demo, reliability: F, language: en, synthetic: true}\ncolumns: {first: given_name, last: surname}\n");
        assertThat(built).isEqualTo(read);
    }

    @Test
    void errorsNameTheKeyAndTheRule() {
        assertThatThrownBy(() -> Mapping.parse("script: latin\ncalendar: gregorian\ncolumns: {a: surname}"))
                .hasMessage("'id' is required");
        assertThatThrownBy(() -> Mapping.parse("id: x\nscript: latin\ncalendar: gregorian\ncolumns: {a: surnames}"))
                .hasMessageStartingWith("column 'a': unknown column kind 'surnames'; known: given_name, surname");
        assertThatThrownBy(() -> Mapping.parse("id: x\nscript: latin\ncalendar: gregorian\ncolumns: {a: {kind: surname, order: given_first}}"))
                .hasMessage("column 'a': 'order' applies to full_name only");
        assertThatThrownBy(() -> Mapping.parse("id: x\nscript: cyrillic\ncalendar: gregorian\ncolumns: {a: surname}"))
                .hasMessage("'script' must be persian | latin | mixed, not 'cyrillic'");
        assertThatThrownBy(() -> Mapping.parse("id: x\nscript: latin\ncalendar: gregorian\nsource: {reliability: G}\ncolumns: {a: surname}"))
                .hasMessage("reliability must be a grade A to F, not 'G'");
        assertThatThrownBy(() -> Mapping.parse("id: x\nscript: latin\ncalendar: gregorian\ndelimiter: '\"'\ncolumns: {a: surname}"))
                .hasMessageContaining("delimiter must be one ASCII character other than a quote");
        assertThatThrownBy(() -> Mapping.parse("id: x\nscript: latin\ncalendar: gregorian\ncolumns: {x: surname}"))
                .hasMessage("the id column 'x' must not also be listed under columns");
    }

    @Test
    void fullNamesSplitByCommaOrOrder() {
        assertThat(NameParts.split("KARIMI, Hussayn", NameOrder.GIVEN_FIRST)).isEqualTo(new NameParts.Split("Hussayn", "KARIMI"));
        assertThat(NameParts.split("Mohammad Reza Muhammadi", NameOrder.EITHER)).isEqualTo(new NameParts.Split("Mohammad Reza", "Muhammadi"));
        assertThat(NameParts.split("KARIMI  Hussayn Ali", NameOrder.SURNAME_FIRST)).isEqualTo(new NameParts.Split("Hussayn Ali", "KARIMI"));
        assertThat(NameParts.split("کریمی، حسین", NameOrder.EITHER)).isEqualTo(new NameParts.Split("حسین", "کریمی"));
        assertThat(NameParts.split("Hussayn", NameOrder.EITHER)).isEqualTo(new NameParts.Split(null, null));
    }

    @Test
    void patronymicsInEnglishAndPersian() {
        assertThat(NameParts.patronymic("son of Kazem")).isEqualTo("Kazem");
        assertThat(NameParts.patronymic("arrested 1981; daughter of Ali Reza, teacher")).isEqualTo("Ali Reza");
        assertThat(NameParts.patronymic("فرزند کاظم، معلم")).isEqualTo("کاظم");
        assertThat(NameParts.patronymic("teacher in Rasht")).isNull();
    }
}
