-- How many words of title and lead the story embedding was computed from (at most digest.story.lead-words):
-- two short texts (a feed's lead paragraph) are less alike than two articles of one event, so the story rule
-- lowers its thresholds for them (StoryMatcher). Null for rows embedded before: taken as a full lead.
alter table article_embedding add column words smallint;
