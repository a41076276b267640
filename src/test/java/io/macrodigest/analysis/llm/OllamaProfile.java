package io.macrodigest.analysis.llm;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The same build switched to the Ollama provider by run-time configuration alone, served by {@link ModelServerStub}. */
public class OllamaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "digest.llm.enabled", "true",
                "digest.llm.provider", "ollama",
                "digest.llm.min-text-length", "200",
                "quarkus.langchain4j.ollama.local.base-url", ModelServerStub.ollamaBaseUrl());
    }
}
