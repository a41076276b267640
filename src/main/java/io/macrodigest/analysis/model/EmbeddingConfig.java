package io.macrodigest.analysis.model;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-process sentence-embedding model (bge-small-en-v1.5, quantized ONNX) and how much of the machine it may use. */
@ConfigMapping(prefix = "digest.embedding")
public interface EmbeddingConfig {

    /**
     * Off: no model is loaded, articles are stored without embeddings, stories group near-copies only and search
     * ranks by text alone. Also the switch for a native image built without ONNX Runtime (docs/native-onnx.md).
     */
    @WithDefault("true")
    boolean enabled();

    /** ONNX Runtime intra-op threads; inferences run one at a time, so this bounds the model's threads in total. */
    @WithDefault("1")
    int threads();

    /** Load the model in the background as the service starts (else on first use). Start-up never waits for it. */
    @WithDefault("true")
    boolean loadAtStartup();

    /**
     * How long the background load waits after start-up. Loading the model takes a core for a second or two; begun
     * at once it competes with the start itself and delays the first ready response. A request that needs the model
     * earlier loads it then.
     */
    @WithDefault("3s")
    Duration loadDelay();

    /**
     * Whether readiness waits for the model. Off by default: while it loads, ingest waits for it and search ranks
     * by text, so the pod can serve; the readiness check still reports the model's state.
     */
    @WithDefault("false")
    boolean requiredForReadiness();

    /**
     * Most words embedded in one model pass. The model sees at most 512 word pieces and silently drops the rest;
     * 200 English words stay well below that even with figures and names split into several pieces. Longer texts
     * are split at sentence ends into windows of this size and their vectors averaged.
     */
    @WithDefault("200")
    int windowWords();

    /** How search blends meaning into its text ranking (ArticleSearch, MeaningBlend). */
    Search search();

    interface Search {

        /** Weight of meaning next to the text score; 0 ranks by text alone. */
        @WithDefault("0.5")
        double weight();

        /**
         * Similarity of query and title + lead below which meaning adds nothing; an article that does not match
         * the words is listed only from here up. Unrelated texts score up to about 0.6 with this model.
         */
        @WithDefault("0.65")
        double minSimilarity();

        /** Newest articles passing the filters that are compared by meaning with a query. */
        @WithDefault("1000")
        int candidates();

        /**
         * Stored vectors a pod keeps in memory for search (1.6 KB each), newest articles first; 0 reads them from
         * the database for every search.
         */
        @WithDefault("20000")
        int memory();

        /** How long a vector kept in memory is used before it is read again (an article re-embedded meanwhile). */
        @WithDefault("5m")
        Duration memoryMaxAge();
    }
}
