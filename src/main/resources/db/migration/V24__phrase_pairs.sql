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

alter table article_search add column pairs tsvector not null default ''::tsvector;
update article_search set pairs = search_pairs(document);
create index article_search_pairs_idx on article_search using gin (pairs);

create or replace procedure article_refresh_search(p_id bigint) language sql as $$
    insert into article_search (article_id, at, source_id, sentiment_label, language, document, ranking, pairs)
    select d.id, d.at, d.source_id, d.sentiment_label, d.language, d.document, ts_filter(d.document, '{a,b}'),
           search_pairs(d.document)
    from (select a.id, coalesce(a.published_at, a.fetched_at) as at, a.source_id, a.sentiment_label, a.language,
                 setweight(to_tsvector('english', coalesce(a.title, '')), 'A')
              || setweight(to_tsvector('english', coalesce(a.summary, '') || ' ' || coalesce(
                     (select string_agg(i.insight || ' ' || coalesce(i.impact, ''), ' ') from article_insight i where i.article_id = a.id), '')
                     || ' ' || coalesce(
                     (select string_agg(q.text, ' ') from article_quote q where q.article_id = a.id), '')), 'B')
              || setweight(to_tsvector('english', coalesce(a.text, '')), 'C') as document
          from article a where a.id = p_id and a.status = 'ANALYZED') d
    on conflict (article_id) do update set at = excluded.at, source_id = excluded.source_id,
        sentiment_label = excluded.sentiment_label, language = excluded.language, document = excluded.document,
        ranking = excluded.ranking, pairs = excluded.pairs;
$$;
