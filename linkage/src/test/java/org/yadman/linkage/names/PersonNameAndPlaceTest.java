package org.yadman.linkage.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameAndPlaceTest {

    @Test
    void surnameFirstAfterAComma() {
        assertThat(PersonName.parse("KARIMI, Ali")).isEqualTo(new PersonName("Ali", "KARIMI"));
        assertThat(PersonName.parse("MOHAMMAD-POUR, Rasul")).isEqualTo(new PersonName("Rasul", "MOHAMMAD-POUR"));
    }

    @Test
    void surnameLastOtherwiseWithCompoundGivenNamesAndSplitEndings() {
        assertThat(PersonName.parse("Ali Reza Karimi")).isEqualTo(new PersonName("Ali Reza", "Karimi"));
        assertThat(PersonName.parse("علی رضا کریمی")).isEqualTo(new PersonName("علی رضا", "کریمی"));
        assertThat(PersonName.parse("Rasul Mohammad Pour")).isEqualTo(new PersonName("Rasul", "Mohammad Pour"));
        assertThat(PersonName.parse("Karimi")).isEqualTo(new PersonName("", "Karimi"));
    }

    @Test
    void patronymicsFromNotes() {
        assertThat(PersonName.patronymic("son of Kazem")).isEqualTo("Kazem");
        assertThat(PersonName.patronymic("daughter of Mohammad Reza")).isEqualTo("Mohammad Reza");
        assertThat(PersonName.patronymic("فرزند کاظم")).isEqualTo("کاظم");
        assertThat(PersonName.patronymic("arrested 1981")).isNull();
        assertThat(PersonName.patronymic(null)).isNull();
    }

    @Test
    void placeNamesInEveryScriptAndSpellingMeetInTheGazetteer() {
        Gazetteer places = Gazetteer.standard();
        assertThat(places.idOf("Teheran")).isEqualTo(places.idOf("Tehran")).isEqualTo(places.idOf("تهران")).isEqualTo("tehran");
        assertThat(places.idOf("خرم\u200cآباد")).isEqualTo(places.idOf("Khoramabad")).isEqualTo(places.idOf("خرم آباد"));
        assertThat(places.idOf("Rajaei Shahr")).isEqualTo(places.idOf("گوهردشت")).isEqualTo(places.idOf("Gohar Dasht"));
        assertThat(places.idOf("زندان مركزي تبريز")).isEqualTo(places.idOf("Tabriz Central Prison"));
        assertThat(places.idOf("Evin Prison")).isEqualTo(places.idOf("اوين"));
        assertThat(places.idOf("Atlantis")).isNull();
        assertThat(places.idOrKey("Atlantis")).startsWith("~");
    }
}
