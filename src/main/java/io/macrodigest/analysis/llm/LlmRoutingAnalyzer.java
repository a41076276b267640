package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.Analyzer;
import io.macrodigest.analysis.EmbeddedAnalyzer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.macrodigest.article.ArticleStore;

/**
 * The {@link Analyzer} every injection point gets: the LLM for an opted-in text of a useful length while the
 * feature is on, the embedded engine otherwise and whenever the LLM fails. {@link EmbeddedAnalyzer} stays
 * injectable by its class. The result's {@code engine} says which engine produced it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class LlmRoutingAnalyzer implements Analyzer {

    private static final Logger LOG = Logger.getLogger(LlmRoutingAnalyzer.class);

    private final LlmConfig config;
    private final EmbeddedAnalyzer embedded;
    private final LlmEngine llm;
    private final LlmAnalysisCache cache;
    private final LlmMetrics metrics;

    LlmRoutingAnalyzer(LlmConfig config, EmbeddedAnalyzer embedded, LlmEngine llm, LlmAnalysisCache cache,
            LlmMetrics metrics) {
        this.config = config;
        this.embedded = embedded;
        this.llm = llm;
        this.cache = cache;
        this.metrics = metrics;
    }

    @Override
    public Analysis analyze(AnalysisInput input) {
        if (!wantsLlm(input)) {
            return embedded.analyze(input);
        }
        String hash = ArticleStore.contentHash(input.text());
        String model = llm.modelId();
        var cached = cache.find(hash, model);
        if (cached.isPresent()) {
            metrics.cacheHit();
            return cached.get();
        }
        Analysis analysis;
        try {
            analysis = llm.analyze(input);
        } catch (Exception e) {
            String reason = reason(e);
            metrics.fallback(reason);
            LOG.warnf("LLM analysis of %s failed (%s), the embedded engine answers: %s",
                    input.url() == null ? "a text" : input.url(), reason, e.toString());
            return embedded.analyze(input);
        }
        cache.put(hash, model, analysis);
        return analysis;
    }

    private boolean wantsLlm(AnalysisInput input) {
        int length = input.text() == null ? 0 : input.text().strip().length();
        return config.enabled() && input.llmAllowed()
                && length >= config.minTextLength() && length <= config.maxTextLength();
    }

    private static String reason(Exception e) {
        if (e instanceof CircuitBreakerOpenException) {
            return "circuit-open";
        }
        if (e instanceof TimeoutException) {
            return "timeout";
        }
        return e instanceof RejectedAnswerException ? "rejected" : "error";
    }
}
