-- Quoted phrases. GIN keeps no positions, so '"balance sheet"' had to detoast and recheck every document that
-- holds both words (thousands, for common ones) to find the few where they stand side by side. Each document now
-- also lists its adjacent word pairs as lexemes of their own ('balanc~sheet'), indexed: a phrase first narrows
-- the matches to the documents holding all its pairs, and only those are rechecked against the exact query.

-- The pairs of lexemes at neighbouring positions. Positions count the stop words they skip, so "balance of
-- payments" pairs nothing; the phrase query then falls back to the recheck alone.
create function search_pairs(doc tsvector) returns tsvector language sql immutable parallel safe as $$
    select coalesce(array_to_tsvector(array_agg(distinct a.lexeme || '~' || b.lexeme)), ''::tsvector)
    from (select t.lexeme, p from unnest(doc) t, unnest(t.positions) p) a
    join (select t.lexeme, p from unnest(doc) t, unnest(t.positions) p) b on b.p = a.p + 1
$$;

-- The pairs a phrase needs, as a query over search_pairs, or null when it has fewer than two adjacent words.
create function search_phrase_pairs(phrase text) returns tsquery language sql immutable parallel safe as $$
    select string_agg(quote_literal(a.lexeme || '~' || b.lexeme), ' & ')::tsquery
    from (select t.lexeme, p from unnest(to_tsvector('english', phrase)) t, unnest(t.positions) p) a
    join (select t.lexeme, p from unnest(to_tsvector('english', phrase)) t, unnest(t.positions) p) b
        on b.p = a.p + 1
$$;

-- Generated, so that every write of the document keeps it in step; adding it rewrites the table once (no dead
-- row versions left behind, as a backfilling update would leave until a vacuum).
alter table article_search add column pairs tsvector generated always as (search_pairs(document)) stored;
create index article_search_pairs_idx on article_search using gin (pairs);
