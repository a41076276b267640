package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.Analyzer;
import io.macrodigest.analysis.EmbeddedAnalyzer;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import dev.langchain4j.guardrail.OutputGuardrailException;
import dev.langchain4j.service.output.OutputParsingException;

import io.macrodigest.article.ArticleStore;

/**
 * The {@link Analyzer} every injection point gets: the LLM for an opted-in text of a useful length while the
 * feature is on, the embedded engine otherwise and whenever the LLM fails. {@link EmbeddedAnalyzer} stays
 * injectable by its class. The result's {@code engine} says which engine produced it, and why the embedded
 * engine answered in the LLM's place: {@code embedded (llm fallback: timeout)}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class LlmRoutingAnalyzer implements Analyzer {

    private static final Logger LOG = Logger.getLogger(LlmRoutingAnalyzer.class);

    /** Calls that outlive a request's deadline finish on their own thread and still fill the cache. */
    private static final Executor MODEL_CALLS = task -> Thread.ofVirtual().name("llm-analysis").start(task);

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
        return analyzeWithin(input, null);
    }

    /**
     * Like {@link #analyze}, but waits for the model at most {@code deadline} (retries included; null waits
     * as long as the guard allows). Past it the embedded engine answers; the model call runs on, so its
     * answer still reaches the cache and the same text asked again gets it.
     */
    public Analysis analyzeWithin(AnalysisInput input, Duration deadline) {
        if (!wantsLlm(input)) {
            return embedded.analyze(input);
        }
        String hash = ArticleStore.contentHash(input.text());
        String model = llm.modelId();
        var cached = cached(hash, model);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (deadline == null) {
            try {
                return modelAnswer(input, hash, model);
            } catch (Exception e) {
                return fallback(input, reason(e), e);
            }
        }
        CompletableFuture<Analysis> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return modelAnswer(input, hash, model);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, MODEL_CALLS);
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fallback(input, "deadline", e);
        } catch (ExecutionException e) {
            return fallback(input, reason(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback(input, "deadline", e);
        }
    }

    /**
     * The configured engine on a text of any length down to a headline, uncached, for measuring the model an
     * operator plugs in: the model while {@code digest.llm.enabled} (a failure or a text over the length
     * limit falls back and says so in {@code engine}), the embedded engine otherwise.
     */
    public Analysis evaluate(AnalysisInput input) {
        if (!config.enabled()) {
            return embedded.analyze(input);
        }
        if (input.text() != null && input.text().length() > config.maxTextLength()) {
            return fallback(input, "too-long", new IllegalArgumentException("text over digest.llm.max-text-length"));
        }
        try {
            return llm.analyze(input);
        } catch (Exception e) {
            return fallback(input, reason(e), e);
        }
    }

    /** What {@link #evaluate} measures: {@code llm:<model id>} or {@code embedded}. */
    public String evaluatedEngine() {
        return config.enabled() ? "llm:" + llm.modelId() : EmbeddedAnalyzer.ENGINE;
    }

    /**
     * The LLM's own analysis of a text it {@link #wantsLlm wants}, from the cache or the model, with no fallback:
     * a failure is thrown, for a caller that keeps what it has (see {@link LlmReanalysis}).
     */
    Analysis llmAnalysis(AnalysisInput input) throws Exception {
        String hash = ArticleStore.contentHash(input.text());
        String model = llm.modelId();
        var cached = cached(hash, model);
        return cached.isPresent() ? cached.get() : modelAnswer(input, hash, model);
    }

    private Optional<Analysis> cached(String hash, String model) {
        var cached = cache.find(hash, model);
        if (cached.isPresent()) {
            metrics.cacheHit();
        }
        return cached;
    }

    private Analysis modelAnswer(AnalysisInput input, String hash, String model) throws Exception {
        Analysis analysis = llm.analyze(input);
        cache.put(hash, model, analysis);
        return analysis;
    }

    private Analysis fallback(AnalysisInput input, String reason, Throwable e) {
        metrics.fallback(reason);
        LOG.warnf("LLM analysis of %s failed (%s), the embedded engine answers: %s",
                input.url() == null ? "a text" : input.url(), reason, e.toString());
        Analysis a = embedded.analyze(input);
        return new Analysis(a.summary(), a.insights(), a.quotes(), a.actionItems(), a.drivers(), a.assets(),
                a.sentiment(), a.stance(), a.engine() + " (llm fallback: " + reason + ")");
    }

    /** Whether the LLM is to analyse this input: the feature on, the source opted in, the length in bounds. */
    boolean wantsLlm(AnalysisInput input) {
        int length = input.text() == null ? 0 : input.text().strip().length();
        return config.enabled() && input.llmAllowed()
                && length >= config.minTextLength() && length <= config.maxTextLength();
    }

    /** The fallback reason a failure is counted under. */
    static String reason(Throwable e) {
        if (e instanceof CircuitBreakerOpenException) {
            return "circuit-open";
        }
        if (e instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return "timeout";
        }
        if (e instanceof RejectedAnswerException) {
            return "rejected";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutputGuardrailException || t instanceof OutputParsingException) {
                return "malformed";
            }
        }
        return "error";
    }
}
