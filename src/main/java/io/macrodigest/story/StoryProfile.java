package io.macrodigest.story;

/**
 * What an article is clustered by, computed before any transaction: the embedding of its title and lead (null
 * when the model is off or failed) and the facts of that text.
 */
public record StoryProfile(float[] vector, StoryFacts facts) {
}
