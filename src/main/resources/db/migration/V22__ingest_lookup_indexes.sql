-- A poll asks, for each listed URL, whether it was read already (by fetched or canonical URL), and each new
-- article is compared with the last two weeks of stories: both lookups need their own index.
create index article_url_idx on article (url);
create index article_fetched_at_idx on article (fetched_at);
