-- Search reads a narrow table instead of article. On article every match cost a visit to a ~4 KB heap row and
-- ranking detoasted the whole-body vector; here a row is ~80 bytes inline (toast_tuple_target pushes both
-- vectors out of line), so a GIN bitmap over tens of thousands of matches touches ~1,200 small pages, orders
-- them by time without any detoast, and only the few ranked candidates read their small ranking vector.
-- A row exists only for an analysed article; the filter columns are copies kept in step by a trigger.
create table article_search (
    article_id      bigint      primary key references article (id) on delete cascade,
    at              timestamptz not null,   -- coalesce(published_at, fetched_at), as ArticleFilter.TIME
    source_id       bigint,
    sentiment_label varchar(16),
    language        varchar(16),
    document        tsvector    not null,   -- title (A), summary, insights and quotes (B), body (C): matching
    ranking         tsvector    not null    -- the A and B part of document only: ranking and never the body
) with (toast_tuple_target = 128);

insert into article_search (article_id, at, source_id, sentiment_label, language, document, ranking)
select id, coalesce(published_at, fetched_at), source_id, sentiment_label, language, search_vector,
       ts_filter(search_vector, '{a,b}')
from article
where status = 'ANALYZED' and search_vector is not null;

create index article_search_document_idx on article_search using gin (document);
create index article_search_at_idx on article_search (at desc, article_id desc);
create index article_search_source_idx on article_search (source_id);

-- Same weighted document as before (V1), now written to article_search with the filter columns.
create or replace procedure article_refresh_search(p_id bigint) language sql as $$
    insert into article_search (article_id, at, source_id, sentiment_label, language, document, ranking)
    select d.id, d.at, d.source_id, d.sentiment_label, d.language, d.document, ts_filter(d.document, '{a,b}')
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
        ranking = excluded.ranking;
$$;

-- Filter columns follow their article (e.g. a source reassigned, a publication date corrected); an article
-- that is no longer analysed leaves search.
create function article_search_follow() returns trigger language plpgsql as $$
begin
    if new.status <> 'ANALYZED' then
        delete from article_search where article_id = new.id;
    else
        update article_search set at = coalesce(new.published_at, new.fetched_at), source_id = new.source_id,
            sentiment_label = new.sentiment_label, language = new.language
        where article_id = new.id;
    end if;
    return null;
end;
$$;

create trigger article_search_follow after update of status, published_at, fetched_at, source_id, sentiment_label,
    language on article for each row execute function article_search_follow();

-- The document now lives in article_search only (this also drops the GIN index on it).
alter table article drop column search_vector;
