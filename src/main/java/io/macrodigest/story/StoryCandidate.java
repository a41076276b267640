package io.macrodigest.story;

/**
 * A stored article near in time to the one being placed, with its story and what it is clustered by; {@code words}
 * embedded, 0 when not recorded (embedded before V43), which the rule takes as a full lead.
 */
public record StoryCandidate(long articleId, long storyId, float[] vector, StoryFacts facts, int words) {
}
