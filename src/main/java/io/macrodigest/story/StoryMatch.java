package io.macrodigest.story;

/**
 * Why an article joined a story: the stored article it matched, their similarity, and the rule that accepted it
 * ({@code similar}, {@code shared-facts} or {@code near-copy}).
 */
public record StoryMatch(long storyId, Long matchedArticleId, Double similarity, String rule) {
}
