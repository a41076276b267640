package io.macrodigest.analysis.llm;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The LLM engine switched on and pointed at {@link ModelServerStub}, with limits small enough for tests. */
public class LlmEnabledProfile implements QuarkusTestProfile {

    static final String MODEL = "stub-model";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("digest.llm.enabled", "true"),
                Map.entry("digest.llm.analyze-endpoint", "true"),
                Map.entry("digest.llm.min-text-length", "200"),
                Map.entry("digest.llm.timeout", "5s"),
                Map.entry("digest.llm.analyze-deadline", "2s"),
                Map.entry("digest.llm.retry.max-retries", "1"),
                Map.entry("digest.llm.retry.delay", "10ms"),
                Map.entry("digest.llm.circuit-breaker.request-volume-threshold", "4"),
                Map.entry("digest.llm.circuit-breaker.failure-ratio", "0.75"),
                Map.entry("digest.llm.circuit-breaker.delay", "60s"),
                Map.entry("quarkus.langchain4j.openai.base-url", ModelServerStub.openAiBaseUrl()),
                Map.entry("quarkus.langchain4j.openai.api-key", "stub-key"),
                Map.entry("quarkus.langchain4j.openai.chat-model.model-name", MODEL));
    }
}
