package io.macrodigest.story;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.analysis.model.SentenceEmbedder;

/**
 * Profiles an article for clustering from its title and lead: the opening {@code digest.story.lead-words} words,
 * where a report states its news; the rest of the text adds background that makes unrelated reports look alike.
 * Counts the words embedded, as the rule reads the similarity of short texts on a lower scale. Runs the model,
 * so callers hold no transaction.
 */
@ApplicationScoped
public class StoryProfiler {

    private final SentenceEmbedder embedder;
    private final StoryConfig config;

    public StoryProfiler(SentenceEmbedder embedder, StoryConfig config) {
        this.embedder = embedder;
        this.config = config;
    }

    public StoryProfile profile(String title, String text) {
        String lead = lead(text == null ? "" : text, config.leadWords());
        String headed = title == null || title.isBlank() ? lead : title.strip() + "\n" + lead;
        return new StoryProfile(embedder.embed(headed).orElse(null), StoryFacts.of(title, lead),
                Math.min(words(headed), config.leadWords()));
    }

    public String modelId() {
        return embedder.modelId();
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    static String lead(String text, int words) {
        String[] all = text.strip().split("\\s+", words + 1);
        return String.join(" ", java.util.Arrays.copyOf(all, Math.min(all.length, words)));
    }
}
