package io.macrodigest.analysis.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.OutputGuardrails;

import io.quarkiverse.langchain4j.RegisterAiService;

/**
 * The article analyst on the chat model named {@value #MODEL}, served by Ollama. Application-scoped, like
 * {@link OpenAiAnalyst}, so that scheduled polls can call it.
 */
@ApplicationScoped
@RegisterAiService(modelName = OllamaAnalyst.MODEL,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface OllamaAnalyst {

    /** The quarkus-langchain4j model name: keys are {@code quarkus.langchain4j.ollama.local.*}. */
    String MODEL = "local";

    @SystemMessage(AnalystPrompt.SYSTEM)
    @UserMessage(AnalystPrompt.USER)
    @OutputGuardrails(CompleteJsonAnswer.class)
    LlmDraft analyze(String title, String text);
}
