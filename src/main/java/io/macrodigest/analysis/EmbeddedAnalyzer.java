package io.macrodigest.analysis;
import io.macrodigest.analysis.assets.AssetTagger;
import io.macrodigest.analysis.assets.AssetVocabulary;
import io.macrodigest.analysis.drivers.DriverClassifier;
import io.macrodigest.analysis.drivers.MacroLexicon;
import io.macrodigest.analysis.drivers.MarketReaction;
import io.macrodigest.analysis.drivers.StanceClassifier;
import io.macrodigest.analysis.quotes.QuoteFinder;
import io.macrodigest.analysis.sentiment.FinancialLexicon;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.analysis.sentiment.SentimentScorer;
import io.macrodigest.analysis.summary.ActionItemFinder;
import io.macrodigest.analysis.summary.ImpactWriter;
import io.macrodigest.analysis.summary.InsightExtractor;
import io.macrodigest.analysis.summary.SummaryRanker;
import io.macrodigest.analysis.text.QuotedSpans;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.DoubleStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The in-process, offline, deterministic engine: hand-written lexicons and rules, no model download. Thread-safe
 * after construction.
 */
@ApplicationScoped
public class EmbeddedAnalyzer implements Analyzer {

    public static final String ENGINE = "embedded";

    /** A sentence whose Key Quote makes up this share of it is that quote, not an insight besides. */
    private static final double QUOTED_SHARE = 0.6;

    private final SentenceSplitter splitter;
    private final SentimentScorer sentiment;
    private final MacroLexicon macro;
    private final DriverClassifier drivers;
    private final StanceClassifier stance;
    private final AssetTagger assets;
    private final SummaryRanker summaries;
    private final QuoteFinder quotes = new QuoteFinder();
    private final InsightExtractor insights;
    private final ActionItemFinder actions;

    /**
     * @param extraAssetLines more vocabulary lines in the format of {@code analysis/assets.txt}
     *                        ({@code id | display name | aliases | flags}); empty for the shipped vocabulary
     */
    public EmbeddedAnalyzer(SentimentScorer sentiment, SentenceSplitter splitter, MacroLexicon macro,
            List<String> extraAssetLines) {
        this(sentiment, splitter, macro, extraAssetLines, SummaryRanker.DEFAULT_WORDS);
    }

    /** @param summaryWords the summary length to aim for, in words */
    public EmbeddedAnalyzer(SentimentScorer sentiment, SentenceSplitter splitter, MacroLexicon macro,
            List<String> extraAssetLines, int summaryWords) {
        this.summaries = new SummaryRanker(summaryWords);
        this.splitter = splitter;
        this.sentiment = sentiment;
        this.macro = macro;
        this.drivers = new DriverClassifier(macro);
        this.stance = new StanceClassifier(macro);
        AssetVocabulary vocabulary = AssetVocabulary.load(extraAssetLines);
        this.assets = new AssetTagger(vocabulary, sentiment);
        ImpactWriter impacts = new ImpactWriter(vocabulary, macro);
        this.insights = new InsightExtractor(impacts);
        this.actions = new ActionItemFinder(impacts, vocabulary);
    }

    /** CDI constructor: the shipped asset vocabulary plus the lines configuration adds. */
    @Inject
    public EmbeddedAnalyzer(SentimentScorer sentiment, SentenceSplitter splitter, MacroLexicon macro,
            AnalysisConfig config) {
        this(sentiment, splitter, macro, config.extraAssetLines(), config.summaryWords());
    }

    /** For use without CDI. */
    public static EmbeddedAnalyzer create(List<String> extraAssetLines) {
        SentenceSplitter splitter = new SentenceSplitter();
        return new EmbeddedAnalyzer(new SentimentScorer(new FinancialLexicon(), splitter), splitter,
                new MacroLexicon(), extraAssetLines);
    }

    public static EmbeddedAnalyzer create() {
        return create(List.of());
    }

    @Override
    public Analysis analyze(AnalysisInput input) {
        String text = input.text() == null ? "" : input.text();
        List<Sentence> sentences = splitter.split(text);
        List<MacroLexicon.Reading> readings = new ArrayList<>(sentences.size());
        List<Sentiment> sentiments = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            readings.add(macro.read(s.tokens()));
            sentiments.add(sentiment.score(s));
        }
        List<Sentence> withTitle = new ArrayList<>(sentences);
        List<MacroLexicon.Reading> titledReadings = new ArrayList<>(readings);
        List<Sentiment> titledSentiments = new ArrayList<>(sentiments);
        if (input.title() != null && !input.title().isBlank()) {
            Sentence title = new Sentence(input.title().strip(), -1, -1, Sentence.Kind.HEADING, null);
            withTitle.add(0, title);
            titledReadings.add(0, macro.read(title.tokens()));
            titledSentiments.add(0, sentiment.score(title));
        }
        SummaryRanker.Ranking ranking = summaries.rank(sentences, input.title());
        QuotedSpans quotations = QuotedSpans.in(text);
        List<ActionItemFinder.Found> found = actions.find(sentences, readings, quotations);
        Set<Sentence> actionSentences = new HashSet<>();
        found.forEach(f -> actionSentences.add(f.sentence()));
        List<Analysis.DriverTag> driverTags = drivers.classify(withTitle, titledReadings);
        SummaryRanker.Summary summary = summaries.summarize(ranking);
        List<Analysis.Quote> keyQuotes = quotes.find(text, quotations, sentences);
        Set<Sentence> notInsights = new HashSet<>(actionSentences);
        sentences.stream().filter(s -> mostlyQuoted(s, keyQuotes)).forEach(notInsights::add);
        return new Analysis(
                summary.text(),
                insights.extract(ranking, summary, readings, sentiments, notInsights),
                keyQuotes,
                found.stream().map(ActionItemFinder.Found::item).toList(),
                driverTags,
                assets.tag(withTitle, titledSentiments),
                sentiment.article(withTitle, DoubleStream.concat(
                        driverTags.stream().mapToDouble(Analysis.DriverTag::tone),
                        DoubleStream.of(MarketReaction.tone(titledReadings))).toArray()),
                stance.article(readings, driverTags),
                ENGINE);
    }

    /** A sentence that is mostly a Key Quote already shown would repeat it as an insight. */
    private static boolean mostlyQuoted(Sentence s, List<Analysis.Quote> keyQuotes) {
        return keyQuotes.stream().anyMatch(q -> q.text().length() >= QUOTED_SHARE * s.text().length()
                && s.text().contains(q.text()));
    }
}
