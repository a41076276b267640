package io.macrodigest.analysis.summary;
import io.macrodigest.analysis.text.Background;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.TextSimilarity;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the sentences that best summarise an article within a word budget: the article's own summary block
 * when it has one ("Summary", "Özet", "TL;DR"), else the news first. Sentences are ranked by LexRank-style
 * centrality with a lead bias plus how much news they carry (a measure, a figure, a change: see
 * {@link NewsCues}); greetings, promotion and housekeeping never enter. Selection uses maximal marginal
 * relevance so that no two summary sentences say the same thing, and stops once the budget is met; after the
 * lead, shorter sentences are preferred so the budget holds more claims.
 */
public final class SummaryRanker {

    /** Default length of a summary, in words; a summary runs from two thirds to one and a half times it. */
    public static final int DEFAULT_WORDS = 60;
    /** How much a sentence's news content counts beside its centrality (whose mean is 1). */
    private static final double FACT_WEIGHT = 3;

    private static final Pattern SUMMARY_HEADING = Pattern.compile(
            "(?iu)^(summary|özet|tl;?dr|key takeaways|in brief|at a glance|the bottom line|bottom line|abstract|"
                    + "executive summary|resumen|résumé|zusammenfassung|sommario|samenvatting|overview)\\b.{0,30}$");
    private static final Pattern SUMMARY_PREFIX = Pattern.compile("(?iu)^(tl;?dr|summary|in short|bottom line)\\s*[:—-]");
    /** How much a long sentence loses against a short one when picked: a sentence of LONG words keeps half. */
    private static final double LENGTH_PENALTY = 0.5;
    private static final int LONG = 40;
    private static final double DAMPING = 0.85;
    private static final double MMR_LAMBDA = 0.7;
    static final double REDUNDANT = 0.5;
    private static final int MAX_GRAPH = 300;
    /** How much a sentence holding every word of the headline gains: a factor of 1 + this. */
    private static final double HEADLINE_WEIGHT = 2;
    /**
     * How much the k-th claim of the text gains over the whole of its score: a factor of 1 + this / (1 + k). News
     * puts the news first, so a lead that states the decision ("The central bank left its rate at 2.25%,
     * surprising investors") and the sentence after it, which gives its figures, are not outranked by a later
     * sentence dense with figures. The lead bias of centrality alone is lost when the text is one paragraph, as
     * wire copy often arrives.
     */
    private static final double POSITION = 1;
    /** What a past-perfect sentence keeps of its score: it tells what came before the news. */
    private static final double BACKGROUND = 0.5;

    private final int minWords;
    private final int maxWords;

    /** @param words the summary length to aim for, at least 10 */
    public SummaryRanker(int words) {
        if (words < 10) {
            throw new IllegalArgumentException("a summary needs at least 10 words: " + words);
        }
        this.minWords = words * 2 / 3;
        this.maxWords = words * 3 / 2;
    }

    public SummaryRanker() {
        this(DEFAULT_WORDS);
    }

    /** The summary's text and the sentences it was made of (kept out of the insights). */
    public record Summary(String text, List<Sentence> sentences) {
    }

    /** Ranks of the article's sentences; also reused for insights. */
    public record Ranking(List<Sentence> sentences, double[] scores, TextSimilarity similarity) {
    }

    public Ranking rank(List<Sentence> sentences) {
        return rank(sentences, null);
    }

    /**
     * As {@link #rank(List)}, with the headline: a sentence that tells the headline's story carries the news the
     * article is about ("Regional bank's margin widens" picks the margin's sentence over the quarter's profit), so
     * its score grows with the share of the headline's content words it holds.
     */
    public Ranking rank(List<Sentence> sentences, String title) {
        Set<String> headline = title == null ? Set.of() : TextSimilarity.contentStems(title);
        TextSimilarity similarity = new TextSimilarity(sentences);
        int n = sentences.size();
        double[] scores = new double[n];
        // Only eligible sentences enter the graph, and only the first MAX_GRAPH of them: summaries come from
        // the body of an article, and the quadratic graph must stay cheap on pages of thousands of lines.
        // A call transcript, made mostly of speaker turns, is summarised from its turns too; beside a text of its
        // own, a turn is a quote, not the text's claim.
        boolean transcript = transcript(sentences);
        int[] nodes = java.util.stream.IntStream.range(0, n)
                .filter(i -> transcript ? claim(sentences.get(i)) : eligible(sentences.get(i)))
                .limit(MAX_GRAPH).toArray();
        int m = nodes.length;
        if (m == 0) {
            return new Ranking(sentences, scores, similarity);
        }
        double[][] edges = new double[m][m];
        double[] outgoing = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double w = similarity.cosine(nodes[i], nodes[j]);
                if (w > 0.05) {
                    edges[i][j] = w;
                    edges[j][i] = w;
                    outgoing[i] += w;
                    outgoing[j] += w;
                }
            }
        }
        double[] rank = new double[m];
        java.util.Arrays.fill(rank, 1.0 / m);
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] next = new double[m];
            for (int j = 0; j < m; j++) {
                if (outgoing[j] == 0) {
                    continue;
                }
                double share = DAMPING * rank[j] / outgoing[j];
                double[] row = edges[j];
                for (int i = 0; i < m; i++) {
                    next[i] += row[i] * share;
                }
            }
            for (int i = 0; i < m; i++) {
                next[i] += (1 - DAMPING) / m;
            }
            rank = next;
        }
        int firstParagraph = sentences.get(nodes[0]).paragraph();
        for (int k = 0; k < m; k++) {
            int i = nodes[k];
            Sentence s = sentences.get(i);
            double lead = k < 3 || s.paragraph() == firstParagraph ? 1.5 : 1 + 0.5 / (1 + k / 5.0);
            scores[i] = (rank[k] * m * lead + FACT_WEIGHT * Math.max(0, NewsCues.factScore(s)))
                    * (1 + HEADLINE_WEIGHT * headlineShare(headline, s))
                    * (Background.is(s) ? BACKGROUND : 1)
                    * (1 + POSITION / (1 + k));
        }
        return new Ranking(sentences, scores, similarity);
    }

    /** The share of the headline's content words the sentence holds; none for a headline of fewer than two. */
    private static double headlineShare(Set<String> headline, Sentence s) {
        if (headline.size() < 2) {
            return 0;
        }
        Set<String> own = TextSimilarity.contentStems(s.tokens());
        return headline.stream().filter(own::contains).count() / (double) headline.size();
    }

    public static boolean eligible(Sentence s) {
        return s.speaker() == null && claim(s);
    }

    /** At least three quarters of the claims are spoken in turns ("Name: …"), the shape of a call or interview. */
    private static boolean transcript(List<Sentence> sentences) {
        long inTurns = sentences.stream().filter(s -> s.speaker() != null && claim(s)).count();
        long outside = sentences.stream().filter(SummaryRanker::eligible).count();
        return inTurns > 0 && inTurns >= 3 * outside;
    }

    /**
     * Long enough to state something, short enough to read as one claim, and neither a question, nor the lead-in
     * to a list ("For the DeFi community, the widening gap is notable:"), nor chatter.
     */
    private static boolean claim(Sentence s) {
        int words = s.tokens().size();
        return s.kind() != Sentence.Kind.HEADING && words >= 6 && words <= 70 && !s.text().endsWith("?")
                && !s.text().endsWith(":") && !NewsCues.isChatter(s);
    }

    public Summary summarize(Ranking ranking) {
        List<Sentence> sentences = ranking.sentences();
        List<Sentence> own = ownSummary(sentences);
        if (!own.isEmpty()) {
            return within(own);
        }
        if (java.util.Arrays.stream(ranking.scores()).noneMatch(score -> score > 0)) {
            return within(sentences.stream().filter(s -> s.kind() != Sentence.Kind.HEADING && !NewsCues.isChatter(s))
                    .limit(2).toList());
        }
        List<Integer> chosen = new ArrayList<>();
        int[] lengths = new int[sentences.size()];
        double[] dense = new double[sentences.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = ranking.scores()[i] > 0 ? words(sentences.get(i)) : 0;
            dense[i] = ranking.scores()[i] * (1 - LENGTH_PENALTY * Math.min(lengths[i], LONG) / LONG);
        }
        // The lead is the strongest news; after it, two short claims with their figures tell more than one long
        // sentence of the same budget.
        Ranking byDensity = new Ranking(sentences, dense, ranking.similarity());
        int words = 0;
        while (words < minWords) {
            int budget = maxWords - words;
            List<Integer> tooLong = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (lengths[i] > budget) {
                    tooLong.add(i);
                }
            }
            List<Integer> exclude = new ArrayList<>(chosen);
            exclude.addAll(tooLong);
            List<Integer> next = select(chosen.isEmpty() ? ranking : byDensity, chosen, 1, exclude);
            if (next.isEmpty()) {
                break;
            }
            chosen.add(next.get(0));
            words += lengths[next.get(0)];
        }
        if (chosen.isEmpty()) {
            // Every news sentence is longer than the whole budget: the best one, cut at a clause.
            Sentence best = sentences.get(select(ranking, List.of(), 1, List.of()).get(0));
            return new Summary(cut(best.text(), maxWords), List.of(best));
        }
        List<Sentence> picked = chosen.stream().sorted().map(sentences::get).toList();
        return new Summary(String.join(" ", picked.stream().map(SummaryRanker::shownAs).toList()), picked);
    }

    /** Sentences in order while they fit the budget; a first one that does not fit is cut. */
    private Summary within(List<Sentence> sentences) {
        List<Sentence> kept = new ArrayList<>();
        int words = 0;
        for (Sentence s : sentences) {
            if (words + words(s) > maxWords) {
                break;
            }
            kept.add(s);
            words += words(s);
        }
        if (kept.isEmpty() && !sentences.isEmpty()) {
            return new Summary(cut(sentences.get(0).text(), maxWords), List.of(sentences.get(0)));
        }
        return new Summary(join(kept), kept);
    }

    /** Words of the sentence's claim, as a summary or insight shows it. */
    static int words(Sentence s) {
        String claim = shownAs(s);
        return claim.isBlank() ? 0 : claim.split("\\s+").length;
    }

    /** The sentence as a summary shows it: its claim, without the trailing colour ClaimTrimmer cuts. */
    public static String shownAs(Sentence s) {
        return ClaimTrimmer.trim(s.text());
    }

    /** The text up to the last clause boundary within {@code words} words, else the words themselves, then "…". */
    static String cut(String text, int words) {
        Tokens tokens = Tokens.of(text);
        if (tokens.size() <= words) {
            return text;
        }
        int end = tokens.end(words - 1);
        int clause = Math.max(text.lastIndexOf(", ", end), Math.max(text.lastIndexOf("; ", end),
                text.lastIndexOf(" — ", end)));
        if (clause > end / 2) {
            end = clause;
        }
        return text.substring(0, end).strip() + "…";
    }

    /** Maximal marginal relevance over the ranking; {@code exclude} are indices never to pick. */
    public static List<Integer> select(Ranking ranking, int wanted, List<Integer> exclude) {
        return select(ranking, List.of(), wanted, exclude);
    }

    /**
     * Maximal marginal relevance: {@code wanted} more indices, none repeating {@code already} chosen ones or
     * each other; {@code exclude} are indices never to pick.
     */
    public static List<Integer> select(Ranking ranking, List<Integer> already, int wanted, List<Integer> exclude) {
        double[] scores = ranking.scores();
        double max = java.util.Arrays.stream(scores).max().orElse(1);
        List<Integer> chosen = new ArrayList<>(already);
        while (chosen.size() < already.size() + wanted) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] <= 0 || chosen.contains(i) || exclude.contains(i)) {
                    continue;
                }
                double redundancy = 0;
                for (int c : chosen) {
                    redundancy = Math.max(redundancy, ranking.similarity().cosine(i, c));
                }
                if (redundancy >= REDUNDANT) {
                    continue;
                }
                double value = MMR_LAMBDA * scores[i] / max - (1 - MMR_LAMBDA) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
        }
        return chosen.subList(already.size(), chosen.size());
    }

    /** Sentences of a leading summary block: up to four after a "Summary" heading or a "TL;DR:" line. */
    public static List<Sentence> ownSummary(List<Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean heading = s.kind() == Sentence.Kind.HEADING && SUMMARY_HEADING.matcher(s.text()).matches();
            boolean prefixed = SUMMARY_PREFIX.matcher(s.text()).find() && s.tokens().size() > 6;
            if (!heading && !prefixed) {
                continue;
            }
            List<Sentence> block = new ArrayList<>();
            int headingsSkipped = 0;
            for (int j = prefixed ? i : i + 1; j < sentences.size() && block.size() < 4; j++) {
                Sentence t = sentences.get(j);
                if (t.kind() == Sentence.Kind.HEADING) {
                    if (!block.isEmpty() || ++headingsSkipped > 1) {
                        break;
                    }
                    continue;
                }
                block.add(t);
            }
            if (block.size() >= 2) {
                return block;
            }
        }
        return List.of();
    }

    private static String join(List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.text());
        }
        return sb.toString();
    }
}
