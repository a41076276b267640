package io.macrodigest.article;

/**
 * Chooses the story ({@code cluster_id}) of an article the store has just written, inside the store's
 * transaction with the article flushed. A story once set is kept, so story ids stay stable for newsletter jobs.
 */
@FunctionalInterface
public interface StoryPlacer {

    /** Near-copies join the story of the first copy; anything else starts its own story. */
    StoryPlacer NEAR_COPIES = (article, story, nearCopyStory) -> story != null ? story
            : nearCopyStory != null ? nearCopyStory : article.id;

    /**
     * @param story the article's story so far, null when it has none yet (new, or stored before as failed)
     * @param nearCopyStory the story of a stored near-copy (same text or SimHash within a few bits), or null
     * @return the article's story
     */
    long place(Article article, Long story, Long nearCopyStory);
}
