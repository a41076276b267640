package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;

/**
 * One grounded LLM analysis, guarded by SmallRye Fault Tolerance: a deadline per attempt, retries, and a
 * circuit breaker that stops calling a model which keeps failing. It throws on failure; falling back is the
 * caller's decision. The guard is built from {@link LlmConfig} so every limit is a configuration key.
 */
@ApplicationScoped
class LlmEngine {

    /** Name of the circuit breaker, for {@code CircuitBreakerMaintenance}. */
    static final String CIRCUIT_BREAKER = "digest-llm";

    private final LlmModel model;
    private final DraftGrounder grounder;
    private final LlmMetrics metrics;
    private final Guard guard;
    private final CircuitBreakerMaintenance circuitBreakers;
    private final Duration openDelay;
    /** When the circuit last opened; null while it is closed or half-open. */
    private volatile Instant openedAt;

    LlmEngine(LlmConfig config, LlmModel model, DraftGrounder grounder, LlmMetrics metrics,
            CircuitBreakerMaintenance circuitBreakers) {
        this.model = model;
        this.grounder = grounder;
        this.metrics = metrics;
        this.circuitBreakers = circuitBreakers;
        this.openDelay = config.circuitBreaker().delay();
        this.guard = Guard.create()
                .withDescription("LLM article analysis")
                .withRetry()
                .maxRetries(config.retry().maxRetries())
                .delay(config.retry().delay().toMillis(), ChronoUnit.MILLIS)
                // retrying into an open circuit only fails again, at once
                .abortOn(List.of(CircuitBreakerOpenException.class))
                .done()
                .withCircuitBreaker()
                .name(CIRCUIT_BREAKER)
                .requestVolumeThreshold(config.circuitBreaker().requestVolumeThreshold())
                .failureRatio(config.circuitBreaker().failureRatio())
                .delay(config.circuitBreaker().delay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withTimeout()
                .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
                .done()
                .build();
        circuitBreakers.onStateChange(CIRCUIT_BREAKER,
                state -> openedAt = state == CircuitBreakerState.OPEN ? Instant.now() : null);
    }

    /**
     * Whether the circuit is open and its delay not yet over. The breaker itself reports OPEN until the next
     * call after the delay, which goes through as the probe; asking its state alone would wait for that call
     * forever when nothing else calls the model. (A reset closes it without telling the listener.)
     */
    boolean circuitOpen() {
        Instant opened = openedAt;
        return opened != null && Instant.now().isBefore(opened.plus(openDelay))
                && circuitBreakers.currentState(CIRCUIT_BREAKER) == CircuitBreakerState.OPEN;
    }

    /** The model id, e.g. {@code gpt-4o-mini}. */
    String modelId() {
        return model.id();
    }

    Analysis analyze(AnalysisInput input) throws Exception {
        LlmDraft draft;
        try {
            draft = guard.call(() -> model.draft(input), LlmDraft.class);
            metrics.call("success");
        } catch (Exception e) {
            metrics.call("failure");
            throw e;
        }
        return grounder.ground(draft, new ArticleText(input.text()), "llm:" + modelId());
    }
}
