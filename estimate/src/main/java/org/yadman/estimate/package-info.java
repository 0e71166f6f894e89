/**
 * Multiple systems estimation: how many people were there, given several incomplete lists?
 *
 * <p>The public API is this package's few types: {@link org.yadman.estimate.CaptureHistories} (the
 * validated input), {@link org.yadman.estimate.Mse} (every estimator), the immutable results
 * {@link org.yadman.estimate.Estimate}, {@link org.yadman.estimate.LogLinearFit},
 * {@link org.yadman.estimate.LcmcrResult} and {@link org.yadman.estimate.DgaResult}, and the model
 * descriptions {@link org.yadman.estimate.HierarchicalModel},
 * {@link org.yadman.estimate.Heterogeneity}, {@link org.yadman.estimate.DecomposableGraph} and
 * {@link org.yadman.estimate.LcmcrOptions}. Everything else is package-private.
 *
 * <ul>
 *   <li>Log-linear models reproduce Rcapture 1.4 (Baillargeon and Rivest 2007): closedp.t,
 *       closedp.0, custom hierarchical models, closedpMS.t's BIC search and closedpCI's
 *       profile-likelihood (and, for normal heterogeneity, log-normal) intervals.</li>
 *   <li>LCMCR is the Dirichlet-process latent class model of Manrique-Vallier (2016), sampled as the
 *       R package LCMCR 0.4.14 does, several chains in parallel, reproducible from a seed.</li>
 *   <li>dga averages over decomposable graphical models (Madigan and York 1997) as the R package
 *       dga 2.0 does.</li>
 * </ul>
 * Every estimate carries its interval, model and diagnostics, and plain-language warnings when the
 * data cannot support it (no overlap between lists, extrapolation far beyond n, undefined errors,
 * chains that disagree).
 */
package org.yadman.estimate;
