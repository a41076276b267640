package io.macrodigest.analysis.summary;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.MacroLexicon;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.TextSimilarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks 3-7 key claims of an article, each paired with its impact. Uses the article's own "Insight"/"Impact"
 * blocks when it has them; otherwise ranks sentences by centrality plus what makes a claim useful (a driver
 * move, an asset, a figure, a stated consequence), and drops claims that repeat one already chosen or whose
 * figures the summary already gives. Where the article has enough of them, only claims with a headline figure
 * (revenue, earnings, guidance…) compete, else only claims with a figure.
 */
public final class InsightExtractor {

    static final int MIN = 3;
    static final int MAX = 7;
    /** Ranked insights: enough to add to the summary, few enough to stay the key points. */
    private static final int RANKED = 3;
    /** A claim longer than this is a paragraph, not an insight. */
    private static final int MAX_WORDS = 22;
    /**
     * The news score only a headline measure with a figure, or key figures (earnings per share, money in a range),
     * reach ({@link NewsCues#factScore}).
     */
    private static final double HEADLINE_FACT = 3.3;
    /**
     * How much what makes a claim useful to a reader of markets (a driver move, a sentiment, a stated
     * consequence) counts beside the summary ranking, which already weighs centrality and news content.
     */
    private static final double MARKET_WEIGHT = 0.25;
    /** Shorter claims read faster and say one thing: a 30-word claim keeps 40% of its score. */
    private static final double LENGTH_PENALTY = 0.6;
    private static final Set<String> INSIGHT_HEADINGS = Set.of("insight", "key insight", "claim", "finding");
    private static final Set<String> IMPACT_HEADINGS = Set.of("impact", "implication", "why it matters");

    private final ImpactWriter impacts;

    public InsightExtractor(ImpactWriter impacts) {
        this.impacts = impacts;
    }

    /**
     * {@code readings} and {@code sentiments} parallel the ranking's sentences; ranked insights repeat neither
     * the summary nor {@code excluded} sentences (the action items).
     */
    public List<Analysis.Insight> extract(SummaryRanker.Ranking ranking, SummaryRanker.Summary summary,
            List<MacroLexicon.Reading> readings, List<Sentiment> sentiments, Set<Sentence> excluded) {
        List<Sentence> sentences = ranking.sentences();
        List<Analysis.Insight> labelled = labelled(sentences);
        if (labelled.size() >= MIN) {
            return labelled.subList(0, Math.min(MAX, labelled.size()));
        }
        int n = sentences.size();
        double[] scores = new double[n];
        double max = java.util.Arrays.stream(ranking.scores()).max().orElse(0);
        Set<String> summarised = new java.util.HashSet<>();
        summary.sentences().forEach(s -> summarised.addAll(NewsCues.figures(s)));
        boolean[] candidate = new boolean[n];
        int withFigures = 0;
        int headlines = 0;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            // A sentence stating the consequence of the one before it is that claim's impact, not a claim.
            candidate[i] = ranking.scores()[i] > 0 && !excluded.contains(s) && s.tokens().size() >= 8
                    && SummaryRanker.words(s) <= MAX_WORDS && !summary.sentences().contains(s)
                    && !(i > 0 && ImpactWriter.statesConsequence(s)) && !repeatsFigures(s, summarised);
            if (candidate[i] && NewsCues.hasFigure(s)) {
                withFigures++;
            }
            if (candidate[i] && NewsCues.factScore(s) >= HEADLINE_FACT) {
                headlines++;
            }
        }
        // Where the article gives enough claims with headline figures (or any figures), a claim without one is
        // commentary, not a key point.
        boolean headlinesOnly = headlines >= RANKED;
        boolean figuresOnly = withFigures >= RANKED;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            if (!candidate[i] || figuresOnly && !NewsCues.hasFigure(s)
                    || headlinesOnly && NewsCues.factScore(s) < HEADLINE_FACT) {
                continue;
            }
            double score = ranking.scores()[i] / (max == 0 ? 1 : max);
            if (readings.get(i).signals().stream().anyMatch(x -> x.direction() != 0)) {
                score += 0.4;
            } else if (!readings.get(i).signals().isEmpty()) {
                score += 0.15;
            }
            if (sentiments.get(i).label() != Sentiment.Label.NEUTRAL) {
                score += 0.2;
            }
            if (NewsCues.hasFigure(s)) {
                score += 0.15;
            }
            if (ImpactWriter.statedInSentence(s.text()) != null
                    || i + 1 < n && ImpactWriter.statesConsequence(sentences.get(i + 1))) {
                score += 0.3;
            }
            if (firstPerson(s)) {
                score -= 0.3;
            }
            scores[i] = Math.max((ranking.scores()[i] / (max == 0 ? 1 : max) * (1 - MARKET_WEIGHT) + MARKET_WEIGHT * score)
                    * (1 - LENGTH_PENALTY * SummaryRanker.words(s) / MAX_WORDS), 0.01);
        }
        int wanted = RANKED;
        SummaryRanker.Ranking boosted = new SummaryRanker.Ranking(sentences, scores, ranking.similarity());
        List<Integer> inSummary = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (summary.sentences().contains(sentences.get(i))) {
                inSummary.add(i);
            }
        }
        List<Integer> chosen = SummaryRanker.select(boosted, inSummary, wanted, List.of());
        List<Analysis.Insight> insights = new ArrayList<>(labelled);
        chosen.stream().sorted().forEach(i -> {
            Sentence s = sentences.get(i);
            if (insights.size() < MAX && insights.stream().noneMatch(x -> similar(x.insight(), s.text()))) {
                String impact = impact(i, sentences, readings, sentiments);
                insights.add(new Analysis.Insight(ClaimTrimmer.trim(withoutClause(s.text(), impact)), impact));
            }
        });
        return insights;
    }

    private String impact(int i, List<Sentence> sentences, List<MacroLexicon.Reading> readings,
            List<Sentiment> sentiments) {
        Sentence s = sentences.get(i);
        String stated = ImpactWriter.statedInSentence(s.text());
        if (stated != null) {
            return stated;
        }
        if (i + 1 < sentences.size() && ImpactWriter.statesConsequence(sentences.get(i + 1))
                && sentences.get(i + 1).paragraph() - s.paragraph() <= 1) {
            return ImpactWriter.withoutLabel(sentences.get(i + 1).text());
        }
        return impacts.derived(s, readings.get(i), sentiments.get(i));
    }

    /**
     * The claim without the consequence clause that became its impact ("…, which will drive X" -> impact "Which
     * will drive X"), so the two do not say the same thing; unchanged when too little would be left.
     */
    private static String withoutClause(String sentence, String impact) {
        if (impact == null || impact.length() < 2) {
            return sentence;
        }
        String clause = impact.substring(0, impact.length() - 1).toLowerCase(Locale.ROOT);
        int at = sentence.toLowerCase(Locale.ROOT).lastIndexOf(clause);
        if (at <= 0) {
            return sentence;
        }
        String claim = sentence.substring(0, at).replaceAll("[\\s,;:—–-]+$", "");
        return claim.split("\\s+").length >= 6 ? claim + "." : sentence;
    }

    /** "Insight" heading, claim, "Impact" heading, consequence: the shape of structured digests. */
    private static List<Analysis.Insight> labelled(List<Sentence> sentences) {
        List<Analysis.Insight> insights = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!isHeading(sentences.get(i), INSIGHT_HEADINGS)) {
                continue;
            }
            StringBuilder claim = new StringBuilder();
            int j = i + 1;
            while (j < sentences.size() && sentences.get(j).kind() != Sentence.Kind.HEADING) {
                claim.append(claim.length() > 0 ? " " : "").append(sentences.get(j).text());
                j++;
            }
            if (claim.length() == 0 || j >= sentences.size() || !isHeading(sentences.get(j), IMPACT_HEADINGS)) {
                continue;
            }
            StringBuilder impact = new StringBuilder();
            int k = j + 1;
            while (k < sentences.size() && sentences.get(k).kind() != Sentence.Kind.HEADING
                    && sentences.get(k).paragraph() == sentences.get(j + 1).paragraph()) {
                impact.append(impact.length() > 0 ? " " : "").append(sentences.get(k).text());
                k++;
            }
            if (impact.length() > 0) {
                insights.add(new Analysis.Insight(claim.toString(), impact.toString()));
            }
        }
        return insights;
    }

    private static boolean isHeading(Sentence s, Set<String> names) {
        return s.kind() == Sentence.Kind.HEADING
                && names.contains(s.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip());
    }

    /** Every figure of the claim is already in the summary: it says again what the reader has just read. */
    private static boolean repeatsFigures(Sentence s, Set<String> summarised) {
        Set<String> figures = NewsCues.figures(s);
        return !figures.isEmpty() && summarised.containsAll(figures);
    }

    private static boolean firstPerson(Sentence s) {
        String w = s.tokens().size() > 0 ? s.tokens().lower(0) : "";
        return w.equals("i") || w.equals("we") || w.equals("hey") || w.equals("here");
    }

    public static boolean similar(String a, String b) {
        return TextSimilarity.cosine(a, b) >= SummaryRanker.REDUNDANT;
    }
}
