-- Sentence embeddings of each article's title and lead for story clustering and meaning-aware search:
-- bge-small-en-v1.5, 384 float32 little-endian in a bytea, so no extension is needed. story_at is the
-- article's effective time (published, else fetched): clustering compares articles near in time. figures and
-- names are the facts the story rule compares in its grey zone (StoryFacts).
create table article_embedding (
    article_id bigint primary key references article (id) on delete cascade,
    model      text        not null,
    story_at   timestamptz not null,
    vector     bytea       not null,
    figures    text[]      not null default '{}',
    names      text[]      not null default '{}',
    created_at timestamptz not null default now()
);
create index article_embedding_story_at_idx on article_embedding (story_at);

-- Why an article is in its story: the stored article it matched, their similarity and the rule that accepted
-- it (near-copy, similar, shared-facts), or 'new' when it started the story. Written once, when the article is
-- placed by ingest or by the story rebuild, which skips articles already placed.
create table story_match (
    article_id         bigint primary key references article (id) on delete cascade,
    story_id           bigint      not null,
    matched_article_id bigint      references article (id) on delete set null,
    similarity         real,
    rule               text        not null,
    decided_at         timestamptz not null default now()
);
create index story_match_story_idx on story_match (story_id);

-- Progress of the story rebuild over stored articles (POST /api/admin/stories/rebuild): one row, resumed from
-- last_article_id after a restart.
create table story_rebuild (
    id              smallint    primary key check (id = 1),
    state           text        not null,
    last_article_id bigint      not null default 0,
    processed       integer     not null default 0,
    embedded        integer     not null default 0,
    joined          integer     not null default 0,
    started_at      timestamptz,
    updated_at      timestamptz not null default now(),
    error           text
);
insert into story_rebuild (id, state) values (1, 'idle');
