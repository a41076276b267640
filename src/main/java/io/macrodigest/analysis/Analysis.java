package io.macrodigest.analysis;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.drivers.Stance;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The structured record of one article: what users come for. Every list is non-null; quotes are verbatim
 * substrings of the analysed text.
 */
@RegisterForReflection
public record Analysis(
        String summary,
        List<Insight> insights,
        List<Quote> quotes,
        List<ActionItem> actionItems,
        List<DriverTag> drivers,
        List<AssetTag> assets,
        Sentiment sentiment,
        Stance stance,
        String engine) {

    public Analysis {
        insights = List.copyOf(insights);
        quotes = List.copyOf(quotes);
        actionItems = List.copyOf(actionItems);
        drivers = List.copyOf(drivers);
        assets = List.copyOf(assets);
    }

    @RegisterForReflection
    public record Insight(String insight, String impact) {
    }

    @RegisterForReflection
    public record Quote(String text, String speaker) {
    }

    @RegisterForReflection
    public record ActionItem(String action, String impact) {
    }

    /**
     * @param tone       in [-1, 1]; positive supports risk assets
     * @param direction  a word such as cutting/hiking, cooling/heating, accelerating/slowing,
     *                   expanding/contracting, risk-on/risk-off
     * @param confidence in [0, 1]
     */
    @RegisterForReflection
    public record DriverTag(Driver driver, double tone, String direction, double confidence, List<String> evidence) {
        public DriverTag {
            evidence = List.copyOf(evidence);
        }
    }

    /** @param sentiment in [-1, 1] towards this asset in this article */
    @RegisterForReflection
    public record AssetTag(String asset, double sentiment, int mentions) {
    }
}
