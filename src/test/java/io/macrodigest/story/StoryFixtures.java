package io.macrodigest.story;

import java.time.Duration;

import io.macrodigest.analysis.model.EmbeddingConfig;
import io.macrodigest.analysis.model.SentenceEmbedder;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The clustering components as the application wires them, with their default settings, for StoryBench (its own
 * JVM). Tests use the application's beans instead: the model's native libraries load in one class loader per JVM.
 */
record StoryFixtures(SentenceEmbedder embedder, StoryProfiler profiler, StoryMatcher matcher) {

    private static StoryFixtures shared;

    /** One model per test JVM: loading it costs a second and some 100 MB. */
    static synchronized StoryFixtures create() {
        if (shared == null) {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withMapping(EmbeddingConfig.class)
                    .withMapping(StoryConfig.class)
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .build();
            SentenceEmbedder embedder = new SentenceEmbedder(config.getConfigMapping(EmbeddingConfig.class));
            StoryConfig story = config.getConfigMapping(StoryConfig.class);
            shared = new StoryFixtures(embedder, new StoryProfiler(embedder, story), new StoryMatcher(story));
        }
        return shared;
    }
}
