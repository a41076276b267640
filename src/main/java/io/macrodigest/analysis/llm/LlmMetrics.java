package io.macrodigest.analysis.llm;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the LLM engine did, as Prometheus counters ({@code digest_llm_*_total}): how often it was called and
 * fell back, and how much of its answers grounding threw away — the measure of how far to trust the model.
 */
@ApplicationScoped
class LlmMetrics {

    private final MeterRegistry registry;
    private final Counter quotesDropped;
    private final Counter insightsDropped;
    private final Counter driversDropped;
    private final Counter assetsDropped;
    private final Counter cacheHits;
    private final Counter malformedAnswers;

    LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.quotesDropped = Counter.builder("digest.llm.quotes.dropped")
                .description("LLM quotes not found verbatim in the text").register(registry);
        this.insightsDropped = Counter.builder("digest.llm.insights.dropped")
                .description("LLM insights no sentence of the text supports").register(registry);
        this.driversDropped = Counter.builder("digest.llm.drivers.dropped")
                .description("LLM driver tags with an unknown id or no evidence from the text").register(registry);
        this.assetsDropped = Counter.builder("digest.llm.assets.dropped")
                .description("LLM assets the text never names").register(registry);
        this.cacheHits = Counter.builder("digest.llm.cache.hits")
                .description("Analyses answered from the LLM cache instead of a model call").register(registry);
        this.malformedAnswers = Counter.builder("digest.llm.answers.malformed")
                .description("Model answers, retries included, that were not one complete JSON object")
                .register(registry);
    }

    void quoteDropped() {
        quotesDropped.increment();
    }

    void insightDropped() {
        insightsDropped.increment();
    }

    void driverDropped() {
        driversDropped.increment();
    }

    void assetDropped() {
        assetsDropped.increment();
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void malformedAnswer() {
        malformedAnswers.increment();
    }

    /** One guarded model call, retries included, ended with {@code outcome} success or failure. */
    void call(String outcome) {
        registry.counter("digest.llm.calls", "outcome", outcome).increment();
    }

    /** The embedded engine answered instead, for {@code reason}: timeout, deadline, circuit-open, malformed,
     * error or rejected. */
    void fallback(String reason) {
        registry.counter("digest.llm.fallbacks", "reason", reason).increment();
    }

    /**
     * One fallback sent to the LLM again, ended with {@code outcome}: replaced (the LLM's analysis is stored),
     * failed (the fallback stays, retried later) or superseded (the article changed meanwhile).
     */
    void reanalysis(String outcome) {
        registry.counter("digest.llm.reanalyses", "outcome", outcome).increment();
    }
}
