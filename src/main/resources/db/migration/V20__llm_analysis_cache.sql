-- Grounded analyses of the LLM engine, keyed by the normalised content hash of the text and the model, so one
-- article is never sent to the same model twice (re-ingests, the same story at two URLs, several pods).
create table llm_analysis_cache (
    content_hash varchar(64)  not null,
    model        varchar(200) not null,
    analysis     jsonb        not null,
    created_at   timestamptz  not null default now(),
    primary key (content_hash, model)
);
