package io.macrodigest.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/** The in-process, offline, deterministic engine. */
@ApplicationScoped
public class EmbeddedAnalyzer implements Analyzer {

    public static final String ENGINE = "embedded";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"“A-Z0-9])");
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"”]{20,400})[\"”]");
    private static final Map<Driver, List<String>> KEYWORDS = Map.of(
            Driver.RATES, List.of("rate", "rates", "yield", "fed", "fomc"),
            Driver.INFLATION, List.of("inflation", "cpi", "pce", "prices"),
            Driver.GROWTH, List.of("gdp", "pmi", "growth", "recession", "labor"),
            Driver.LIQUIDITY, List.of("liquidity", "balance sheet", "money supply", "qe", "qt"),
            Driver.RISK_APPETITE, List.of("risk appetite", "volatility", "vix", "credit spread", "risk-on", "risk-off"));

    private final SentimentScorer sentiment;

    public EmbeddedAnalyzer(SentimentScorer sentiment) {
        this.sentiment = sentiment;
    }

    @Override
    public Analysis analyze(AnalysisInput input) {
        List<String> sentences = List.of(SENTENCE_END.split(input.text().strip()));
        String summary = String.join(" ", sentences.subList(0, Math.min(3, sentences.size())));
        List<Analysis.Insight> insights = new ArrayList<>();
        List<Analysis.ActionItem> actions = new ArrayList<>();
        List<Analysis.DriverTag> drivers = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            List<String> evidence = sentences.stream()
                    .filter(s -> KEYWORDS.get(driver).stream().anyMatch(k -> s.toLowerCase(Locale.ROOT).contains(k)))
                    .limit(3).toList();
            if (!evidence.isEmpty()) {
                double tone = sentiment.score(String.join(" ", evidence)).score();
                drivers.add(new Analysis.DriverTag(driver, tone, tone >= 0 ? "supportive" : "restrictive",
                        Math.min(1, evidence.size() / 3.0), evidence));
                insights.add(new Analysis.Insight(evidence.get(0), "Bears on " + driver.id() + "."));
            }
        }
        for (String s : sentences) {
            if (s.matches("(?i)^(consider|monitor|investors should|remain|prepare)\\b.*")) {
                actions.add(new Analysis.ActionItem(s, "Positions the reader for the " + "move described."));
            }
        }
        List<Analysis.Quote> quotes = new ArrayList<>();
        Matcher m = QUOTE.matcher(input.text());
        while (m.find()) {
            quotes.add(new Analysis.Quote(m.group(1), null));
        }
        return new Analysis(summary, insights, quotes, actions, drivers, List.of(),
                sentiment.score(input.text()), Stance.NEUTRAL, ENGINE);
    }
}
