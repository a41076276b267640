-- The words (content stems) of the title and lead the story embedding was computed from: two reports of one event
-- share words that the rest of the window's news does not use, evidence the story rule reads when the model puts
-- two short leads no nearer than two of a topic (StoryMatcher, rare-words). Null for rows stored before: no words,
-- so less evidence until the article is embedded again.
alter table article_embedding add column terms text[];
