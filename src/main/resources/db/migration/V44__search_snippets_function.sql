-- A search's snippets in one function whose statement is planned once per connection. Pooled connections plan
-- every statement for its values (plan_cache_mode = force_custom_plan, because a search's candidate statement
-- ranges from a handful of matches to half the archive); the snippet statement reads the page's 20 hits by id
-- whatever was searched, so its plan never changes, and planning it cost 0.35-0.45 ms of every search.
-- The statement is the one ArticleSearch ran before: ts_headline over summary, insights and quotes, and over the
-- opening p_body_chars of the body only for a hit whose short fields hold no searched word. chr(2) and chr(3)
-- are the match markers of SnippetHtml (removed from the text first, so only ts_headline's own remain).
create or replace function search_snippets(p_q text, p_ids bigint[], p_options text, p_body_chars int)
        returns table (id bigint, short text, body text)
        language plpgsql stable
        set plan_cache_mode = force_generic_plan as $$
begin
    return query
    select a.id, h.short,
           case when strpos(h.short, chr(2)) = 0 then
               ts_headline('english', translate(left(a.text, p_body_chars), chr(2) || chr(3), ''), query, p_options)
           end
    from article a
    cross join websearch_to_tsquery('english', p_q) query
    cross join lateral (select ts_headline('english', translate(concat_ws(' … ', a.summary,
            (select string_agg(i.insight || ' ' || coalesce(i.impact, ''), ' ') from article_insight i where i.article_id = a.id),
            (select string_agg(qt.text, ' ') from article_quote qt where qt.article_id = a.id)), chr(2) || chr(3), ''),
            query, p_options) as short offset 0) h
    where a.id = any(p_ids);
end $$;
