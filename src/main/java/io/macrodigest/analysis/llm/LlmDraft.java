package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;

import java.util.List;

import dev.langchain4j.model.output.structured.Description;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The model's answer, shaped like {@link Analysis} but untrusted: ids and labels stay strings so that one
 * unknown value drops one item instead of failing the whole answer, and nothing here is shown before
 * {@link DraftGrounder} has checked it against the text.
 */
@RegisterForReflection
public record LlmDraft(
        @Description("two or three sentences that summarise the article") String summary,
        @Description("up to 5 key points, each restating one sentence of the article") List<Analysis.Insight> insights,
        @Description("words inside quotation marks in the article, copied exactly, with who said them") List<Analysis.Quote> quotes,
        @Description("up to 3 things a reader could do or watch, only if the article suggests them") List<Analysis.ActionItem> actionItems,
        @Description("only the macro drivers the article discusses") List<DriverDraft> drivers,
        @Description("assets named in the article") List<AssetDraft> assets,
        SentimentDraft sentiment,
        @Description("monetary-policy lean: hawkish, dovish or neutral") String stance) {

    @RegisterForReflection
    public record DriverDraft(
            @Description("one of rates, inflation, growth, liquidity, risk-appetite") String driver,
            @Description("from -1 to 1; positive supports risk assets") double tone,
            @Description("one word such as cutting, hiking, cooling, heating, expanding, risk-on") String direction,
            @Description("from 0 to 1") double confidence,
            @Description("1 to 3 sentences copied exactly from the article") List<String> evidence) {
    }

    @RegisterForReflection
    public record AssetDraft(
            @Description("the asset as the article names it, e.g. bitcoin, gold, Treasuries") String asset,
            @Description("from -1 to 1, towards this asset in this article") double sentiment) {
    }

    @RegisterForReflection
    public record SentimentDraft(
            @Description("positive, negative or neutral") String label,
            @Description("from -1 to 1, with the sign of the label") double score) {
    }
}
