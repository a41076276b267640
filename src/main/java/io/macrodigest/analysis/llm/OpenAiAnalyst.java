package io.macrodigest.analysis.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.OutputGuardrails;

import io.quarkiverse.langchain4j.RegisterAiService;

/**
 * The article analyst on the default chat model: any OpenAI-compatible endpoint. No chat memory: every
 * article is a fresh conversation, so nothing of one article leaks into the next. Application-scoped: it holds no
 * state, and scheduled polls call it from threads with no request context (under the default request scope every
 * scheduled poll fell back to the embedded engine).
 */
@ApplicationScoped
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface OpenAiAnalyst {

    @SystemMessage(AnalystPrompt.SYSTEM)
    @UserMessage(AnalystPrompt.USER)
    @OutputGuardrails(CompleteJsonAnswer.class)
    LlmDraft analyze(String title, String text);
}
