package io.macrodigest.story;

/**
 * Why an article joined a story: the stored article it matched, their similarity, and the rule that accepted it
 * ({@code similar}, {@code shared-facts}, {@code clear-best}, {@code rare-names}, {@code clear-pair} or {@code named-best};
 * {@code same-text} for a near-copy found by SimHash, {@code new} for an article that started its story).
 */
public record StoryMatch(long storyId, Long matchedArticleId, Double similarity, String rule) {
}
