-- Driver and asset filters read from article_search itself. As an exists() over article_driver they cost a hash
-- of every row of that driver (tens of thousands at 100,000 articles) or an index probe per match: 40-70 ms of
-- a 60 ms search. On the narrow row they are a test of columns the text match reads anyway, and the facets
-- count the candidates' own values instead of querying the analysis rows again.
-- No index on them: given one, the planner started from a common tag (an eighth of the archive for an asset)
-- and rechecked the text of each of its rows, detoasting every document (150 ms); a search with filters and no
-- text reads the whole narrow heap instead (about 15 MB at 100,000 articles). They are computed whenever the search
-- row is written (below), not by triggers on the analysis rows, whose per-row updates would each add a new version
-- of the search row to every GIN index.

-- drivers: for the k-th driver (the order of DriverFilter.bit), bit 3k = carried, 3k+1 = some tone > 0,
-- 3k+2 = some tone < 0. Four bytes, where text tags took about a hundred and doubled the row.
create function article_search_drivers(p_id bigint) returns int language sql stable parallel safe as $$
    select coalesce(bit_or((1 << (3 * v.k)) | case when d.tone > 0 then 1 << (3 * v.k + 1)
                                                   when d.tone < 0 then 1 << (3 * v.k + 2) else 0 end), 0)
    from article_driver d
    join (values ('RATES', 0), ('INFLATION', 1), ('GROWTH', 2), ('LIQUIDITY', 3), ('RISK_APPETITE', 4)) v (driver, k)
      on v.driver = d.driver
    where d.article_id = p_id
$$;

-- assets: each in lower case, which the filter matches; and, only where it differs, as written after a '=', which
-- the facets show ('{btc}' for the embedded engine's ids, '{btc,=BTC}' for a model's ticker)
create function article_search_assets(p_id bigint) returns text[] language sql stable parallel safe as $$
    select coalesce(array_agg(distinct a order by a), '{}') from (
        select lower(x.asset) as a from article_asset x where x.article_id = p_id
        union all
        select '=' || x.asset from article_asset x where x.article_id = p_id and x.asset <> lower(x.asset)) forms
$$;

alter table article_search add column drivers int not null default 0, add column assets text[] not null default '{}';
-- in the row itself: past toast_tuple_target (128 bytes, V11) an extended column would go out of line, and a
-- filter reading it would then fetch a toast value for every match
alter table article_search alter column assets set storage main;
-- Every row is rewritten once, and its stored pair buckets (V35) recomputed with it. Row by row, each new version
-- would also add its ~500 keys to the two GIN indexes; built again after the rows are in, they are written in one
-- pass (the migration holds the table's lock throughout either way).
drop index article_search_document_idx, article_search_pair_buckets_idx;
update article_search set drivers = article_search_drivers(article_id), assets = article_search_assets(article_id);
set local maintenance_work_mem = '256MB';
create index article_search_document_idx on article_search using gin (document);
create index article_search_pair_buckets_idx on article_search using gin (pair_buckets);

-- Written with the row whoever writes it (article_refresh_search, which every write of an analysis calls after the
-- analysis rows, or the filter columns' follower), so the procedure that builds the document stays as V11 wrote it.
create function article_search_signals() returns trigger language plpgsql as $$
begin
    new.drivers := article_search_drivers(new.article_id);
    new.assets := article_search_assets(new.article_id);
    return new;
end;
$$;

create trigger article_search_signals before insert or update on article_search
    for each row execute function article_search_signals();
