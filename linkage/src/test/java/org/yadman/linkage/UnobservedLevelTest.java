package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.compare.DateRangeComparison;
import org.yadman.linkage.compare.NameComparison;
import org.yadman.linkage.compare.PersonFields;

/**
 * A level that training never saw keeps EM's starting m and a smoothed u near 0, so
 * {@code log2(m / u)} would give it some +15 bits from no data at all. Here every death date is
 * one exact day, so no pair, random or blocked, falls in "overlap" (which needs a range wider
 * than a season); a list that then brings a year beside a day must not be merged on that level.
 */
class UnobservedLevelTest {

    private static final String[] GIVEN = {"Ali", "Hossein", "Mahmoud", "Hassan", "Reza", "Mehdi", "Javad", "Abbas"};
    private static final String[] SURNAMES = {"Karimi", "Ahmadi", "Rezaei", "Jafari", "Ghasemi", "Kazemi"};

    private static LinkageSettings settings() {
        return LinkageSettings.builder()
            .comparisons(NameComparison.onField("name"), DateRangeComparison.death())
            .blockingRules(BlockingRule.exact("name"))
            .duplicateFreeSources("a", "b")
            .uSamplePairs(1000)
            .build();
    }

    /** 48 persons, each in lists a and b with the same name and the same exact death day. */
    private static List<Record> exactDays() {
        List<Record> records = new ArrayList<>();
        int person = 0;
        for (String given : GIVEN) {
            for (String surname : SURNAMES) {
                String death = String.format("1367/%02d/%02d", 1 + person % 12, 1 + person * 7 % 29);
                for (String source : List.of("a", "b")) {
                    records.add(new Record(source + person, source,
                        Map.of("name", given + " " + surname, PersonFields.DEATH, death)));
                }
                person++;
            }
        }
        return records;
    }

    @Test
    void aLevelNoTrainingPairShowedWeighsNothing() {
        LinkageModel model = new Linker(settings(), exactDays()).train();
        int death = 1;
        int overlap = DateRangeComparison.death().levels().indexOf("overlap");
        assertThat(model.unobserved(death, overlap)).isTrue();
        assertThat(model.weight(death, overlap)).isZero();
        assertThat(model.unobserved(death, 0)).as("same day, seen in every training pair").isFalse();
        assertThat(model.weight(death, 0)).isGreaterThan(3);
        // what the raw parameters would say: EM's start against the smoothing floor, about +7 bits
        // from the 2,304 comparable pairs here (+15 from lists-dev's million random pairs)
        LinkageModel.Level level = model.comparisons().get(death).levels().get(overlap);
        assertThat(LinkageModel.log2(level.m() / level.u())).isGreaterThan(5);

        // another list: a year beside a day of that year falls in "overlap"
        List<Record> other = List.of(
            new Record("x", "a", Map.of("name", "Ali Karimi", PersonFields.DEATH, "1367/06/11")),
            new Record("y", "b", Map.of("name", "Ali Karimi", PersonFields.DEATH, "1367")));
        Linker linker = new Linker(settings(), other);
        assertThat(linker.level(death, 0, 1)).isEqualTo(overlap);
        assertThat(linker.comparisonWeight(model, death, 0, 1)).isZero();
        assertThat(linker.matchWeight(model, 0, 1))
            .isEqualTo(model.priorWeight() + linker.comparisonWeight(model, 0, 0, 1));
    }

    @Test
    void theJsonSaysWhichLevelsWereUnobservedAndReadsBackToTheSameWeights() {
        LinkageModel model = new Linker(settings(), exactDays()).train();
        String json = model.toJson();
        assertThat(json).containsPattern("\"label\" : \"overlap\",\\s*\"m\" : [^,]+,\\s*\"u\" : [^,]+,\\s*"
            + "\"unobserved\" : true");
        assertThat(json).doesNotContain("\"unobserved\" : false"); // written only where it is true
        LinkageModel read = LinkageModel.fromJson(json);
        assertThat(read).isEqualTo(model);
        assertThat(read.toJson()).isEqualTo(json);
        for (int c = 0; c < model.comparisons().size(); c++) {
            for (int l = 0; l < model.comparisons().get(c).levels().size(); l++) {
                assertThat(read.weight(c, l)).isEqualTo(model.weight(c, l));
            }
        }
    }

    @Test
    void aModelSavedWithoutTheFlagReadsEveryLevelAsObserved() {
        String json = """
            {"format": "yadman-linkage-model/1", "lambda": 0.001, "comparisons": [
              {"name": "death", "levels": [{"label": "same day", "m": 0.5, "u": 0.01},
                                           {"label": "else", "m": 0.5, "u": 0.99}]}]}""";
        LinkageModel model = LinkageModel.fromJson(json);
        assertThat(model.unobserved(0, 0)).isFalse();
        assertThat(model.weight(0, 0)).isCloseTo(LinkageModel.log2(50), org.assertj.core.data.Offset.offset(1e-12));
    }
}
