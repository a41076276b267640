-- Scheduling state of sources, kept by the scraper.
alter table source
    add column last_success_at      timestamptz,
    add column last_error           text,
    add column last_error_at        timestamptz,
    add column consecutive_failures integer     not null default 0,
    add column next_poll_at         timestamptz,
    add column articles_found       integer     not null default 0,
    add column etag                 text,
    add column last_modified        text,
    add column updated_at           timestamptz not null default now();

-- Story clusters: an article that repeats a story already stored joins the cluster of the first one;
-- cluster_id is the id of that first article (its own id for the first).
alter table article
    add column cluster_id bigint,
    add column simhash    bigint;
create index article_cluster_idx on article (cluster_id);
