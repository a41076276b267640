package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.AnalysisInput;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import dev.langchain4j.model.chat.ChatModel;

import io.quarkiverse.langchain4j.ModelName;

/**
 * The model chosen by {@code digest.llm.provider}. Both providers are built in (the provider of a
 * quarkus-langchain4j model is fixed at build time), and the choice between them is made here at run time;
 * beans are looked up lazily so the unused provider is never even created.
 */
@ApplicationScoped
class LlmModel {

    private final LlmConfig.Provider provider;
    private final Instance<OpenAiAnalyst> openAi;
    private final Instance<OllamaAnalyst> ollama;
    private final Instance<ChatModel> openAiModel;
    private final Instance<ChatModel> ollamaModel;

    LlmModel(LlmConfig config, Instance<OpenAiAnalyst> openAi, Instance<OllamaAnalyst> ollama,
            Instance<ChatModel> openAiModel, @ModelName(OllamaAnalyst.MODEL) Instance<ChatModel> ollamaModel) {
        this.provider = config.provider();
        this.openAi = openAi;
        this.ollama = ollama;
        this.openAiModel = openAiModel;
        this.ollamaModel = ollamaModel;
    }

    /** One model call; throws whatever the client or the JSON parser throws. */
    LlmDraft draft(AnalysisInput input) {
        String title = input.title() == null || input.title().isBlank() ? "(none)" : input.title();
        return switch (provider) {
            case OPENAI -> openAi.get().analyze(title, input.text());
            case OLLAMA -> ollama.get().analyze(title, input.text());
        };
    }

    /** The model id as configured, e.g. {@code gpt-4o-mini}; names the engine and keys the cache. */
    String id() {
        ChatModel model = switch (provider) {
            case OPENAI -> openAiModel.get();
            case OLLAMA -> ollamaModel.get();
        };
        String name = model.defaultRequestParameters().modelName();
        return name == null || name.isBlank() ? provider.name().toLowerCase(Locale.ROOT) : name;
    }
}
