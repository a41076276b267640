-- The words (content stems, space-separated) of the title and lead the story embedding was computed from: two
-- reports of one event share words that the rest of the window's news does not use, evidence the story rule reads
-- when the model puts two short leads no nearer than two of a topic (StoryMatcher, rare-words). One text rather
-- than a text array: read with every candidate, an array of some 80 words tripled the time to find a story. Null
-- for rows stored before: no words, so less evidence until the article is embedded again.
alter table article_embedding add column terms text;
