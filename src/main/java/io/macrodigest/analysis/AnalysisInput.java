package io.macrodigest.analysis;

import io.macrodigest.analysis.text.MojibakeRepair;

/**
 * What an engine analyses. {@code title} and {@code url} may be null; {@code llmAllowed} says whether the
 * article's source opted in to the LLM engine. Title and text arrive with their mojibake repaired, so every
 * engine reads, and quotes verbatim from, the text as it was meant.
 */
public record AnalysisInput(String title, String text, String url, boolean llmAllowed) {

    public AnalysisInput {
        title = MojibakeRepair.repair(title);
        text = MojibakeRepair.repair(text);
    }

    public static AnalysisInput of(String title, String text) {
        return new AnalysisInput(title, text, null, false);
    }
}
