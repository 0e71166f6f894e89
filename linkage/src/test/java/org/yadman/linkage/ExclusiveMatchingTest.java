package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.compare.PersonFields;
import org.yadman.linkage.compare.PersonLinkage;

/** What the one-to-one constraint of duplicate-free sources does to pair weights. */
class ExclusiveMatchingTest {

    private static Record person(String id, String source, String given, String surname, String city) {
        return new Record(id, source, Map.of(PersonFields.GIVEN_NAME, given, PersonFields.SURNAME, surname,
            PersonFields.CITY, city));
    }

    /** Ten persons in list a, each also in list b; a third list t may repeat a person. */
    private static List<Record> records() {
        String[][] names = {{"Ali", "Karimi"}, {"Hossein", "Ahmadi"}, {"Mahmoud", "Rezaei"}, {"Fatemeh", "Mohammadi"},
            {"Hassan", "Jafari"}, {"Maryam", "Hosseini"}, {"Reza", "Ghasemi"}, {"Zahra", "Kazemi"},
            {"Javad", "Tavakoli"}, {"Iraj", "Mansouri"}};
        String[] cities = {"Tehran", "Tabriz", "Shiraz", "Rasht", "Qom", "Yazd", "Arak", "Sari", "Karaj", "Qazvin"};
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            records.add(person("a" + i, "a", names[i][0], names[i][1], cities[i]));
            records.add(person("b" + i, "b", names[i][0], names[i][1], cities[i]));
        }
        records.add(person("a-twin", "a", "Ali", "Karimi", "Mashhad")); // a namesake of a0 in list a
        records.add(person("t", "t", "Ali", "Karimi", "Isfahan"));        // a testimony with no city in common
        return records;
    }

    @Test
    void namesakesInADuplicateFreeListShareOneMatchAndASoleCandidateGains() {
        List<Record> records = records();
        Linker linker = new Linker(PersonLinkage.settings("a", "b"), records);
        LinkageModel model = linker.train();
        List<ScoredPair> pairs = linker.predict(model);
        double toA0 = weight(pairs, "a0", "t");
        double toTwin = weight(pairs, "a-twin", "t");
        assertThat(toA0).isCloseTo(toTwin, org.assertj.core.api.Assertions.within(1e-9));
        // the same evidence, but in list a t can be at most one of two namesakes, in list b it has one
        assertThat(linker.matchWeight(model, linker.indexOf("a0"), linker.indexOf("t")))
            .isEqualTo(linker.matchWeight(model, linker.indexOf("b0"), linker.indexOf("t")));
        assertThat(toA0).isLessThan(weight(pairs, "b0", "t") - 0.5);
        // b3 has one candidate in a, and a3 one in b: the pair weighs more than the pair alone says
        assertThat(weight(pairs, "a3", "b3")).isGreaterThan(linker.matchWeight(model, linker.indexOf("a3"), linker.indexOf("b3")));
        Clusters clusters = linker.cluster(model, pairs, 0.5, 0.1);
        assertThat(clusters.clusterByRecord().get("a0")).isNotEqualTo(clusters.clusterByRecord().get("a-twin"));
    }

    @Test
    void withoutADuplicateFreeSourceTheWeightsAreFellegiSunters() {
        List<Record> records = records();
        Linker linker = new Linker(PersonLinkage.settings(), records);
        LinkageModel model = linker.train();
        for (ScoredPair p : linker.predict(model)) {
            assertThat(p.matchWeight()).isEqualTo(linker.matchWeight(model, linker.indexOf(p.leftId()), linker.indexOf(p.rightId())));
        }
    }

    private static double weight(List<ScoredPair> pairs, String a, String b) {
        return pairs.stream().filter(p -> p.leftId().equals(a) && p.rightId().equals(b)
                || p.leftId().equals(b) && p.rightId().equals(a))
            .findFirst().orElseThrow(() -> new AssertionError("no pair " + a + "–" + b)).matchWeight();
    }
}
