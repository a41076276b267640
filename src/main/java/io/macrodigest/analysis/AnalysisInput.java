package io.macrodigest.analysis;

/**
 * What an engine analyses. {@code title} and {@code url} may be null; {@code llmAllowed} says whether the
 * article's source opted in to the LLM engine.
 */
public record AnalysisInput(String title, String text, String url, boolean llmAllowed) {

    public static AnalysisInput of(String title, String text) {
        return new AnalysisInput(title, text, null, false);
    }
}
