package io.macrodigest.story;

/**
 * What an article is clustered by, computed before any transaction: the embedding of its title and lead (null
 * when the model is off or failed), the facts of that text and how many words were embedded (at most
 * {@code digest.story.lead-words}).
 */
public record StoryProfile(float[] vector, StoryFacts facts, int words) {
}
