package io.macrodigest.story;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.article.Article;
import io.macrodigest.article.StoryPlacer;

/**
 * Places articles in stories as they are stored. The profile (the model run) is computed before the store's
 * transaction; inside it the article's embedding is saved and, for an article without a story yet, the stored
 * articles near it in time are compared under the placing lock, so the decision is taken once, in order,
 * whichever pod ingests. Every decision is recorded in {@code story_match}.
 */
@ApplicationScoped
public class StoryAssigner {

    private final StoryProfiler profiler;
    private final StoryStore store;
    private final StoryMatcher matcher;
    private final StoryConfig config;

    public StoryAssigner(StoryProfiler profiler, StoryStore store, StoryMatcher matcher, StoryConfig config) {
        this.profiler = profiler;
        this.store = store;
        this.matcher = matcher;
        this.config = config;
    }

    /** Profiles an article now (runs the model: call it outside any transaction) for the store to place it. */
    public StoryPlacer prepare(String title, String text) {
        return placer(profiler.profile(title, text));
    }

    StoryPlacer placer(StoryProfile profile) {
        return (article, story, nearCopyStory) -> place(article, story, nearCopyStory, profile);
    }

    long place(Article article, Long story, Long nearCopyStory, StoryProfile profile) {
        if (profile.vector() != null) {
            store.saveEmbedding(article.id, article.effectiveTime(), profile);
        }
        if (story != null) {
            return story;
        }
        if (nearCopyStory != null) {
            store.saveMatch(article.id, new StoryMatch(nearCopyStory, null, null, "same-text"));
            return nearCopyStory;
        }
        return decide(article.id, article, profile);
    }

    /** Joins the best acceptable story near the article in time, or starts one; records why. */
    long decide(long articleId, Article article, StoryProfile profile) {
        StoryMatch match = null;
        if (profile.vector() != null) {
            store.lockPlacing();
            match = matcher.match(profile, store.candidates(articleId, article.effectiveTime(), config.window()))
                    .orElse(null);
        }
        StoryMatch decided = match != null ? match : new StoryMatch(articleId, null, null, "new");
        store.saveMatch(articleId, decided);
        return decided.storyId();
    }
}
