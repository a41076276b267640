package io.macrodigest.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.macrodigest.analysis.llm.LlmConfig;
import io.smallrye.health.api.Wellness;

/**
 * Whether the configured LLM endpoint answers, under {@code /q/health/well} (and {@code /q/health}): it is not a
 * readiness check, because while the model is down every analysis falls back to the embedded engine and the
 * service keeps working. Any HTTP answer below 500 counts as up (a 401 means the key is wrong, not the endpoint
 * gone). The probe result is kept for a while so health polling never floods the model's server.
 */
@Wellness
@ApplicationScoped
public class LlmEndpointHealth implements HealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEEP = Duration.ofSeconds(30);

    private final LlmConfig config;
    private volatile Probe last;

    public LlmEndpointHealth(LlmConfig config) {
        this.config = config;
    }

    private record Probe(boolean up, String detail, Instant at) {
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("LLM endpoint");
        if (!config.enabled()) {
            return response.up().withData("enabled", false).build();
        }
        URI endpoint = endpoint();
        Probe probe = last;
        if (probe == null || probe.at().plus(KEEP).isBefore(Instant.now())) {
            probe = probe(endpoint);
            last = probe;
        }
        return response.status(probe.up()).withData("enabled", true).withData("provider", config.provider().name())
                .withData("endpoint", endpoint.toString()).withData("state", probe.detail())
                .withData("fallback", "embedded engine").build();
    }

    /** A cheap listing the provider's API offers: OpenAI-compatible {@code /models}, Ollama's {@code /api/tags}. */
    private URI endpoint() {
        boolean ollama = config.provider() == LlmConfig.Provider.OLLAMA;
        String key = ollama ? "quarkus.langchain4j.ollama.local.base-url" : "quarkus.langchain4j.openai.base-url";
        String base = ConfigProvider.getConfig().getOptionalValue(key, String.class)
                .orElse(ollama ? "http://localhost:11434" : "https://api.openai.com/v1/");
        String slash = base.endsWith("/") ? base : base + "/";
        return URI.create(slash + (ollama ? "api/tags" : "models"));
    }

    private static Probe probe(URI endpoint) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build()) {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(endpoint).timeout(PROBE_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean up = answer.statusCode() < 500;
            return new Probe(up, "HTTP " + answer.statusCode(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted", Instant.now());
        } catch (Exception e) {
            return new Probe(false, "unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), Instant.now());
        }
    }
}
