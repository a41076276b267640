-- Articles of LLM-enabled sources whose stored analysis is the embedded engine's fallback, queued to go back to
-- the LLM once it answers again (LlmReanalysis). The article keeps its fallback analysis until an LLM answer
-- replaces it. Kept apart from article so that a failed retry (a write here) does not bump the data version and
-- empty every digest cache while the model is down.
create table llm_reanalysis (
    article_id      bigint      primary key references article (id) on delete cascade,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now()
);
create index llm_reanalysis_due_idx on llm_reanalysis (next_attempt_at);

-- Finding the fallbacks among all articles; the predicate is the one LlmReanalysisQueue queries with.
create index article_llm_fallback_idx on article (id) where engine like '%(llm fallback:%';
