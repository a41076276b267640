package io.macrodigest.analysis.model;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the embedding model's state in {@code /q/health/ready}. It is DOWN only when the model is required for
 * readiness and not loaded yet (or failed): by default a pod serves while the model loads (see EmbeddingConfig).
 */
@Readiness
@ApplicationScoped
public class EmbeddingModelReadiness implements HealthCheck {

    private final SentenceEmbedder embedder;
    private final EmbeddingConfig config;

    public EmbeddingModelReadiness(SentenceEmbedder embedder, EmbeddingConfig config) {
        this.embedder = embedder;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        SentenceEmbedder.State state = embedder.state();
        boolean usable = state == SentenceEmbedder.State.READY || state == SentenceEmbedder.State.DISABLED;
        return HealthCheckResponse.named("embedding-model")
                .status(usable || !config.requiredForReadiness())
                .withData("model", embedder.modelId())
                .withData("state", state.name().toLowerCase(java.util.Locale.ROOT))
                .build();
    }
}
