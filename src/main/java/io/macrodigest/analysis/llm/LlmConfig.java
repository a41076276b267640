package io.macrodigest.analysis.llm;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The opt-in LLM engine ({@code digest.llm}). Which endpoint and model are used is set by the
 * quarkus-langchain4j keys of the chosen provider; this mapping decides when the LLM is asked and how much
 * we trust and wait for it.
 */
@ConfigMapping(prefix = "digest.llm")
public interface LlmConfig {

    /** Master switch: while off no model is ever called and the embedded engine answers everything. */
    @WithDefault("false")
    boolean enabled();

    /** Which configured model answers: the OpenAI-compatible one or the Ollama one. */
    @WithDefault("openai")
    Provider provider();

    /**
     * Whether {@code POST /api/analyze} may use the LLM. Off by default because that endpoint is public
     * and every call would spend tokens on text nobody stores.
     */
    @WithDefault("false")
    boolean analyzeEndpoint();

    /**
     * Longest that {@code POST /api/analyze} waits for the model, retries included; then the embedded engine
     * answers and the result's engine says so. The model call runs on and fills the cache.
     */
    @WithDefault("5s")
    Duration analyzeDeadline();

    /** Shorter texts go to the embedded engine: too little to be worth a model call. */
    @WithDefault("400")
    int minTextLength();

    /** Longer texts go to the embedded engine, which keeps the cost and the context window bounded. */
    @WithDefault("60000")
    int maxTextLength();

    /** Deadline of one model call; the HTTP client's own timeout is set from it too. */
    @WithDefault("30s")
    Duration timeout();

    Retry retry();

    CircuitBreaker circuitBreaker();

    Grounding grounding();

    Reanalyse reanalyse();

    enum Provider {
        OPENAI, OLLAMA
    }

    interface Retry {
        /** Further attempts after a failed call (error, timeout or an answer that is not the JSON asked for). */
        @WithDefault("1")
        int maxRetries();

        @WithDefault("500ms")
        Duration delay();
    }

    interface CircuitBreaker {
        /** Calls in the rolling window the failure ratio is computed over. */
        @WithDefault("4")
        int requestVolumeThreshold();

        @WithDefault("0.75")
        double failureRatio();

        /** How long the circuit stays open, answering with the embedded engine without calling the model. */
        @WithDefault("60s")
        Duration delay();
    }

    interface Grounding {
        /** Share of an insight's content words that one sentence of the text must contain. */
        @WithDefault("0.5")
        double insightMinOverlap();

        /** Share of a driver evidence's content words that one sentence of the text must contain. */
        @WithDefault("0.8")
        double evidenceMinOverlap();
    }

    /**
     * Articles of opted-in sources stored with the embedded engine's fallback go back to the LLM once it answers
     * again, a few at a time, each retry of an article further apart while the model keeps failing.
     */
    interface Reanalyse {
        /**
         * How often the clustered Quartz job looks for due fallbacks (one pod per firing); {@code off} stops it.
         * Read by the job's {@code @Scheduled}, declared here so that it is documented and defaulted with the rest.
         */
        @WithDefault("30s")
        String every();

        /** Articles sent to the model per firing at most, which bounds the rate to batch-size / every. */
        @WithDefault("5")
        int batchSize();

        /** Wait after an article's first failed retry; it doubles with every further failure. */
        @WithDefault("1m")
        Duration initialBackoff();

        /** Longest wait between two retries of one article. */
        @WithDefault("6h")
        Duration maxBackoff();
    }
}
