-- Stored population-size estimates. Estimating (LCMCR especially) takes seconds to minutes, so the
-- statistics page shows the latest stored run instead of estimating on every view.
-- A bound that could not be computed is NULL (never NaN): the page and the JSON say so in words.
CREATE TABLE estimate_run (
    id          bigserial PRIMARY KEY,
    method      text NOT NULL,
    model       text NOT NULL,
    estimate    double precision NOT NULL CHECK (estimate = estimate AND estimate >= 0),
    lower_bound double precision CHECK (lower_bound = lower_bound),
    upper_bound double precision CHECK (upper_bound = upper_bound),
    level       double precision NOT NULL CHECK (level > 0 AND level < 1),
    observed    bigint NOT NULL CHECK (observed >= 0),
    lists       jsonb NOT NULL,
    stratified_by text,
    strata      jsonb NOT NULL DEFAULT '[]',
    -- {"from": N, "width": W, "mass": [p0, p1, ...]}: posterior probability per bin of N; NULL for
    -- log-linear estimates, which have a likelihood interval but no posterior.
    posterior   jsonb,
    diagnostics jsonb NOT NULL DEFAULT '{}',
    warnings    jsonb NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX estimate_run_latest ON estimate_run (created_at DESC, id DESC);
