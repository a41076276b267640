-- Driver and asset filters read from article_search itself. As an exists() over article_driver they cost a hash
-- of every row of that driver (tens of thousands at 100,000 articles) or an index probe per match: 40-70 ms of
-- a 60 ms search. As tags on the narrow row they are a containment test on rows the text match already reads.
-- No index on them: given one, the planner started from a common tag (an eighth of the archive for an asset)
-- and rechecked the text of each of its rows, detoasting every document (150 ms); a search with filters and no
-- text reads the whole narrow heap instead (about 20 MB at 100,000 articles). Like the document, the tags are written by
-- article_refresh_search, which every write of an analysis calls (ArticleStore): no trigger on the analysis rows,
-- whose per-row updates would each add a new version of the search row to every GIN index.
--   d:<DRIVER>, d:<DRIVER>+ (some tone > 0), d:<DRIVER>- (some tone < 0), a:<asset, lower case> (filters);
--   n:<asset as written> (the facets count the candidates' tags instead of querying the analysis rows again)
create function article_search_tags(p_id bigint) returns text[] language sql stable parallel safe as $$
    select coalesce(array_agg(distinct t), '{}') from (
        select 'd:' || d.driver || case when d.tone > 0 then '+' when d.tone < 0 then '-' else '' end as t
        from article_driver d where d.article_id = p_id
        union all
        select 'd:' || d.driver from article_driver d where d.article_id = p_id
        union all
        select 'a:' || lower(x.asset) from article_asset x where x.article_id = p_id
        union all
        select 'n:' || x.asset from article_asset x where x.article_id = p_id) tags
$$;

alter table article_search add column tags text[] not null default '{}';
-- in the row itself: past toast_tuple_target (128 bytes, V11) an extended column would go out of line, and a
-- filter reading the tags would then fetch a toast value for every match
alter table article_search alter column tags set storage main;
update article_search set tags = article_search_tags(article_id);

create or replace procedure article_refresh_search(p_id bigint) language sql as $$
    insert into article_search (article_id, at, source_id, sentiment_label, language, document, ranking, tags)
    select d.id, d.at, d.source_id, d.sentiment_label, d.language, d.document, ts_filter(d.document, '{a,b}'),
           article_search_tags(d.id)
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
        ranking = excluded.ranking, tags = excluded.tags;
$$;

