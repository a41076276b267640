-- Gives every article of the search benchmark database a stored embedding, so that meaning-aware search pays
-- its full cost (query embedding, reading and comparing up to digest.embedding.search.candidates vectors).
-- The vectors are random, not the model's: 384 little-endian float32 of magnitude below 0.016, so their
-- similarity to a real query stays far below digest.embedding.search.min-similarity and the result pages keep
-- the text ranking; what is measured is the cost. Run after the app has migrated the database (V25):
--   psql -h 127.0.0.1 -U postgres -d macrodigest_bench -f src/bench/search/embeddings.sql
insert into article_embedding (article_id, model, story_at, vector)
select a.id, 'bge-small-en-v1.5-q', coalesce(a.published_at, a.fetched_at),
       (select string_agg(decode(lpad(to_hex((random() * 16777215)::int), 6, '0')
                                 || case when random() < 0.5 then '3c' else 'bc' end, 'hex'), ''::bytea)
        from generate_series(1, 384) where a.id is not null)
from article a
on conflict (article_id) do nothing;
analyze article_embedding;
