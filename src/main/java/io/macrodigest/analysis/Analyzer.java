package io.macrodigest.analysis;

/** Turns an article's text into its structured {@link Analysis}. Implementations never invent quotes. */
public interface Analyzer {

    Analysis analyze(AnalysisInput input);
}
