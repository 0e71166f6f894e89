package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.compare.PersonFields;
import org.yadman.linkage.compare.PersonLinkage;

/** The facade on small hand-made lists: training, JSON, the one-record-per-source rule, evaluation. */
class LinkerBehaviourTest {

    private static List<Record> people() {
        String[][] rows = {
            {"Ali", "Karimi", "Kazem", "1330", "Tehran"}, {"Hossein", "Ahmadi", "Reza", "1335", "Tabriz"},
            {"Mahmoud", "Rezaei", "Javad", "1340", "Shiraz"}, {"Fatemeh", "Mohammadi", "Ali", "1342", "Rasht"},
            {"Hassan", "Jafari", "Mehdi", "1338", "Qom"}, {"Maryam", "Hosseini", "Hadi", "1345", "Yazd"},
            {"Reza", "Ghasemi", "Abbas", "1332", "Arak"}, {"Zahra", "Kazemi", "Nader", "1344", "Sari"},
        };
        String[][] persian = {
            {"علی", "کریمی", "کاظم", "1330", "تهران"}, {"حسین", "احمدی", "رضا", "1335", "تبریز"},
            {"محمود", "رضایی", "جواد", "1340", "شیراز"}, {"فاطمه", "محمدی", "علی", "1342", "رشت"},
            {"حسن", "جعفری", "مهدی", "1338", "قم"}, {"مریم", "حسینی", "هادی", "1345", "یزد"},
            {"رضا", "قاسمی", "عباس", "1332", "اراک"}, {"زهرا", "کاظمی", "نادر", "1344", "ساری"},
        };
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            records.add(person("en" + i, "english", rows[i]));
            records.add(person("fa" + i, "persian", persian[i]));
        }
        return records;
    }

    private static Record person(String id, String source, String[] v) {
        return new Record(id, source, Map.of(PersonFields.GIVEN_NAME, v[0], PersonFields.SURNAME, v[1],
            PersonFields.FATHER_NAME, v[2], PersonFields.BIRTH, v[3], PersonFields.CITY, v[4]));
    }

    @Test
    void linksEachPersonAcrossScriptsAndNoOneElse() {
        List<Record> records = people();
        Linker linker = new Linker(PersonLinkage.settings("english", "persian"), records);
        LinkageModel model = linker.train();
        Clusters clusters = linker.cluster(model, linker.predict(model), 0.5, 0.1);
        Map<String, String> truth = new java.util.HashMap<>();
        records.forEach(r -> truth.put(r.id(), r.id().substring(2)));
        Evaluation evaluation = Evaluation.of(clusters.clusterByRecord(), truth);
        assertThat(evaluation.pairF1()).isEqualTo(1.0);
        assertThat(clusters.count()).isEqualTo(8);
    }

    @Test
    void theModelRoundTripsThroughJson() {
        Linker linker = new Linker(PersonLinkage.settings("english", "persian"), people());
        LinkageModel model = linker.train();
        String json = model.toJson();
        assertThat(json).contains("\"lambda\"", "\"given_name\"", "\"phonetic key\"");
        assertThat(LinkageModel.fromJson(json)).isEqualTo(model);
        assertThat(LinkageModel.fromJson(json).toJson()).isEqualTo(json);
        assertThatThrownBy(() -> LinkageModel.fromJson("{\"format\":\"other\",\"lambda\":0.5,\"comparisons\":[]}"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
    }

    @Test
    void aDuplicateFreeSourceNeverHasTwoRecordsInOneCluster() {
        List<Record> records = List.of(
            person("a1", "a", new String[] {"Ali", "Karimi", "Kazem", "1330", "Tehran"}),
            person("a2", "a", new String[] {"Ali", "Karimi", "Kazem", "1330", "Tehran"}),
            person("b1", "b", new String[] {"Ali", "Karimi", "Kazem", "1330", "Tehran"}));
        LinkageModel trained = new Linker(PersonLinkage.settings("english", "persian"), people()).train();
        LinkageModel model = new LinkageModel(0.01, trained.comparisons()); // a model applies to other records
        LinkageSettings s = PersonLinkage.settings("a");
        // three records that all share every name: term frequencies would say the names are worthless
        Linker linker = new Linker(new LinkageSettings(s.comparisons(), s.blockingRules(), s.trainingRules(),
            s.duplicateFreeSources(), s.uSamplePairs(), s.maxEmIterations(), false, s.seed()), records);
        List<ScoredPair> pairs = linker.predict(model);
        assertThat(pairs).hasSize(2); // a1–a2 is never compared
        // b1 is as likely a1 as a2 and at most one of them: each link is just under even odds
        assertThat(pairs).allSatisfy(p -> assertThat(p.probability()).isBetween(0.3, 0.5));
        Clusters clusters = linker.cluster(model, pairs, 0.3, 0.1);
        assertThat(clusters.clusterByRecord().get("a1")).isNotEqualTo(clusters.clusterByRecord().get("a2"));
        assertThat(clusters.count()).isEqualTo(2);
        assertThat(clusters.forReview()).hasSize(1); // the refused edge goes to review
    }

    @Test
    void pairwiseAndBCubedScoresOnAKnownExample() {
        Map<String, String> truth = Map.of("1", "x", "2", "x", "3", "x", "4", "y");
        Map<String, String> predicted = Map.of("1", "p", "2", "p", "3", "q", "4", "q");
        Evaluation e = Evaluation.of(predicted, truth);
        assertThat(e.pairPrecision()).isEqualTo(0.5); // 1–2 right, 3–4 wrong
        assertThat(e.pairRecall()).isEqualTo(1.0 / 3); // of 1–2, 1–3, 2–3
        assertThat(e.bCubedPrecision()).isEqualTo(0.75);
        assertThat(e.bCubedRecall()).isCloseTo((2.0 / 3 * 2 + 1.0 / 3 + 1) / 4, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(e.predictedClusters()).isEqualTo(2);
        assertThat(e.trueClusters()).isEqualTo(2);
    }
}
