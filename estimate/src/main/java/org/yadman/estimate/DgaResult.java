package org.yadman.estimate;

import java.util.List;

/**
 * Posterior of a decomposable-graph model average (dga): over N = n + 0 … n + maxMissing and over
 * the graphs. The estimate is the posterior median with an equal-tailed credible interval; its
 * diagnostics hold "delta" (which drives the answer and must be reported), "mean", "sd", "mode" and
 * "topGraphPosterior".
 *
 * @param estimate the summary
 * @param n the values of N, ascending
 * @param posteriorN P(N = n[i] | data)
 * @param graphs the graphs averaged over
 * @param posteriorGraph P(graph | data), aligned with graphs
 */
public record DgaResult(Estimate estimate, long[] n, double[] posteriorN, List<DecomposableGraph> graphs,
    double[] posteriorGraph) {
  public DgaResult {
    n = n.clone();
    posteriorN = posteriorN.clone();
    graphs = List.copyOf(graphs);
    posteriorGraph = posteriorGraph.clone();
  }

  @Override
  public long[] n() {
    return n.clone();
  }

  @Override
  public double[] posteriorN() {
    return posteriorN.clone();
  }

  @Override
  public double[] posteriorGraph() {
    return posteriorGraph.clone();
  }
}
