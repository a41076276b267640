package io.macrodigest.story;

/** A stored article near in time to the one being placed, with its story and what it is clustered by. */
public record StoryCandidate(long articleId, long storyId, float[] vector, StoryFacts facts) {
}
