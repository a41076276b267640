package io.macrodigest.analysis.llm;

/**
 * The prompt shared by both AI services: quarkus-langchain4j does not read annotations inherited from a
 * common interface, so each service repeats the annotations and points them here.
 */
final class AnalystPrompt {

    static final String SYSTEM = """
            You are a macro-economic analyst. You read one news article and describe it as a JSON object.
            Use only what the article says and never add facts.
            quotes: copy words that stand inside quotation marks in the article character for character, without \
            the quotation marks; speaker is who the article says spoke them, or null. No quotes if it has none.
            insights: each closely restates one sentence of the article; impact says what it means for markets.
            drivers: only those of rates, inflation, growth, liquidity and risk-appetite that the article \
            discusses. tone is from -1 to 1 where positive supports risk assets (rate cuts, cooling inflation, \
            accelerating growth, expanding liquidity, risk-on). evidence: 1 to 3 sentences copied exactly from the \
            article.
            assets: the assets the article names, with the sentiment towards each from -1 to 1.
            sentiment: positive, negative or neutral with a score from -1 to 1.
            stance: hawkish, dovish or neutral.""";

    static final String USER = """
            Title: {title}

            Article:
            {text}""";

    private AnalystPrompt() {
    }
}
