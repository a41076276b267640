-- Fills the bench database with 100,000 analysed articles: text, analysis rows, story clusters, search vectors.
-- Words follow a skewed distribution: a few are in most articles, most are in few, as in real news.
\set ON_ERROR_STOP on
select setseed(0.42);

-- Word i (0-based) of a 20,000-word lexicon is drawn with probability ~ i^(-2/3): the first 162 are
-- macro and market words (common ones first), the rest stand for everything else news text says.
create or replace function pg_temp.words(n int) returns text language sql volatile as $$
    select string_agg(case when i < 162 then (array['the','fed','said','market','rates','inflation','growth','bank','policy','economy','prices','investors','yields','bond','dollar','central','data','week','month','year','traders','outlook','risk','stocks','liquidity','demand','treasury','curve','cut','hike','pause','tightening','easing','balance','sheet','runoff','reserves','repo','funding','credit','spreads','volatility','equities','bitcoin','ether','gold','oil','crude','copper','euro','yen','sterling','yuan','payrolls','unemployment','wages','consumer','spending','retail','manufacturing','services','pmi','gdp','recession','soft','landing','deficit','issuance','auction','tariffs','exports','imports','housing','mortgage','lending','banks','earnings','guidance','margins','buybacks','dividends','etf','flows','stablecoin','custody','mining','halving','regulation','sec','ecb','boj','pboc','boe','snb','rba','fomc','minutes','dots','projections','core','headline','cpi','pce','ppi','expectations','survey','sentiment','confidence','inventories','shipping','freight','energy','natural','gas','opec','supply','shock','geopolitical','election','fiscal','stimulus','quantitative','swap','basis','collateral','leverage','margin','calls','liquidation','rally','selloff','rebound','slump','surge','plunge','record','high','low','zeroes','brinkmanship','stagflation','disinflation','reflation','contango','backwardation','convexity','duration','gamma','vanna','hawkish','dovish','jawboning','intervention','peg','devaluation','sanctions','embargo','moratorium','haircut','waterfall','tranche','securitisation'])[i + 1] else 'lex' || i end, ' ')
    from (select floor(20000 * power(random(), 3))::int as i from generate_series(1, n)) r
$$;

insert into source (url, kind, title)
select 'https://wire' || g || '.example.org/feed.xml', 'rss', 'Bench wire ' || g from generate_series(1, 20) g;

insert into article (url, canonical_url, title, published_at, site_name, language, text, content_hash, fetched_at,
                     status, source_id, summary, sentiment_label, sentiment_score, stance, engine, updated_at)
select u, u, initcap(pg_temp.words(8)), t, 'Bench wire ' || s, 'en', pg_temp.words(250), md5(u), t, 'ANALYZED', s,
       pg_temp.words(45), (array['POSITIVE','NEGATIVE','NEUTRAL'])[1 + (g % 3)], round((random() * 2 - 1)::numeric, 2),
       'NEUTRAL', 'embedded', t
from (select g, 'https://news.example.org/a/' || g as u,
             now() - (power(random(), 1.5) * 365) * interval '1 day' as t, 1 + (g % 20) as s
      from generate_series(1, 100000) g) x;

-- every fifth article repeats the story of the one before it
update article set cluster_id = id - 1 where id % 5 = 0;

insert into article_insight (article_id, position, insight, impact)
select a.id, p, pg_temp.words(16), pg_temp.words(8) from article a, generate_series(0, 1) p;
insert into article_quote (article_id, position, text, speaker)
select a.id, 0, pg_temp.words(20), 'Speaker ' || (a.id % 50) from article a;
insert into article_action_item (article_id, position, action, impact)
select a.id, 0, 'Monitor ' || pg_temp.words(6), pg_temp.words(6) from article a where a.id % 3 = 0;
insert into article_driver (article_id, position, driver, tone, direction, confidence, evidence)
select a.id, p, (array['RATES','INFLATION','GROWTH','LIQUIDITY','RISK_APPETITE'])[1 + ((a.id + p * 2) % 5)],
       round((random() * 2 - 1)::numeric, 2), 'supportive', round(random()::numeric, 2),
       jsonb_build_array(pg_temp.words(14))
from article a, generate_series(0, 1 + (a.id % 2)::int) p;
insert into article_asset (article_id, position, asset, sentiment, mentions)
select a.id, p, (array['BTC','ETH','GOLD','SPX','UST10Y','DXY','OIL','EURUSD'])[1 + ((a.id * 7 + p * 3) % 8)],
       round((random() * 2 - 1)::numeric, 2), 1 + (a.id % 4)::int
from article a, generate_series(0, (a.id % 3)::int - 1) p;

-- a bulk load builds the search indexes once after the rows are in, as a restore does, instead of updating them
-- row by row; the definitions are kept from the migrated schema, so this stays in step with it
create temp table search_indexes as
    select indexname, indexdef from pg_indexes where tablename = 'article_search' and indexname <> 'article_search_pkey';
do $$ declare i record; begin
    for i in select indexname from search_indexes loop execute 'drop index ' || quote_ident(i.indexname); end loop;
end $$;

-- the same weighted document the ingest builds (article_refresh_search, V11; its pair buckets, V35, are generated; drivers and assets, V41, by trigger), set-based
insert into article_search (article_id, at, source_id, sentiment_label, language, document, ranking)
select d.id, d.at, d.source_id, d.sentiment_label, d.language, d.document, ts_filter(d.document, '{a,b}')
from (select a.id, coalesce(a.published_at, a.fetched_at) as at, a.source_id, a.sentiment_label, a.language,
             setweight(to_tsvector('english', coalesce(a.title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(a.summary, '') || ' ' || coalesce(i.txt, '') || ' ' || coalesce(q.txt, '')), 'B')
          || setweight(to_tsvector('english', coalesce(a.text, '')), 'C') as document
      from article a,
           (select article_id, string_agg(insight || ' ' || coalesce(impact, ''), ' ') txt from article_insight group by 1) i,
           (select article_id, string_agg(text, ' ') txt from article_quote group by 1) q
      where i.article_id = a.id and q.article_id = a.id) d;

set maintenance_work_mem = '512MB';
do $$ declare i record; begin
    for i in select indexdef from search_indexes loop execute i.indexdef; end loop;
end $$;

vacuum analyze;
