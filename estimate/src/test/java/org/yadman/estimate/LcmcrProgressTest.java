package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress callback counts every sweep and changes nothing in the draws. */
class LcmcrProgressTest {
  @Test
  void reportsAddUpToTheRunsSweepsAndDrawsAreUnchanged() {
    CaptureHistories h = CaptureHistories.builder("A", "B", "C")
        .add(new int[] {1, 0, 0}, 60).add(new int[] {0, 1, 0}, 49).add(new int[] {1, 1, 0}, 4)
        .add(new int[] {0, 0, 1}, 247).add(new int[] {1, 0, 1}, 112).add(new int[] {0, 1, 1}, 142)
        .add(new int[] {1, 1, 1}, 12).build();
    LcmcrOptions o = LcmcrOptions.builder().latentClasses(5).burnin(1_500).samples(30).thinning(70).chains(3)
        .threads(2).seed(5).build();
    AtomicLong sweeps = new AtomicLong();
    AtomicLong reports = new AtomicLong();
    LcmcrResult withProgress = Mse.lcmcr(h, o, n -> {
      sweeps.addAndGet(n);
      reports.incrementAndGet();
    });
    assertThat(o.totalSweeps()).isEqualTo(3L * (1_500 + 30 * 70));
    assertThat(sweeps.get()).isEqualTo(o.totalSweeps());
    assertThat(reports.get()).isGreaterThanOrEqualTo(3 * 3);
    LcmcrResult without = Mse.lcmcr(h, o);
    for (int c = 0; c < 3; c++) {
      assertThat(withProgress.draws(c)).containsExactly(without.draws(c));
    }
  }
}
