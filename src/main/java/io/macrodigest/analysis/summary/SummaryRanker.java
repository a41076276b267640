package io.macrodigest.analysis.summary;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.TextSimilarity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the 2-4 sentences that best summarise an article: the article's own summary block when it has one
 * ("Summary", "Özet", "TL;DR"), else a LexRank-style graph ranking with a lead bias, selected with maximal
 * marginal relevance so that no two summary sentences say the same thing.
 */
public final class SummaryRanker {

    private static final Pattern SUMMARY_HEADING = Pattern.compile(
            "(?iu)^(summary|özet|tl;?dr|key takeaways|in brief|at a glance|the bottom line|bottom line|abstract|"
                    + "executive summary|resumen|résumé|zusammenfassung|sommario|samenvatting|overview)\\b.{0,30}$");
    private static final Pattern SUMMARY_PREFIX = Pattern.compile("(?iu)^(tl;?dr|summary|in short|bottom line)\\s*[:—-]");
    private static final double DAMPING = 0.85;
    private static final double MMR_LAMBDA = 0.7;
    static final double REDUNDANT = 0.5;
    private static final int MAX_GRAPH = 300;

    /** Ranks of the article's sentences; also reused for insights. */
    public record Ranking(List<Sentence> sentences, double[] scores, TextSimilarity similarity) {
    }

    public Ranking rank(List<Sentence> sentences) {
        TextSimilarity similarity = new TextSimilarity(sentences);
        int n = sentences.size();
        double[] scores = new double[n];
        // Only eligible sentences enter the graph, and only the first MAX_GRAPH of them: summaries come from
        // the body of an article, and the quadratic graph must stay cheap on pages of thousands of lines.
        int[] nodes = java.util.stream.IntStream.range(0, n).filter(i -> eligible(sentences.get(i)))
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
            scores[i] = rank[k] * m * lead;
        }
        return new Ranking(sentences, scores, similarity);
    }

    public static boolean eligible(Sentence s) {
        int words = s.tokens().size();
        return s.kind() != Sentence.Kind.HEADING && words >= 6 && words <= 70 && !s.text().endsWith("?")
                && s.speaker() == null;
    }

    public String summarize(Ranking ranking) {
        List<Sentence> own = ownSummary(ranking.sentences());
        if (!own.isEmpty()) {
            return join(own);
        }
        List<Sentence> sentences = ranking.sentences();
        int eligible = (int) sentences.stream().filter(SummaryRanker::eligible).count();
        if (eligible == 0) {
            return join(sentences.stream().filter(s -> s.kind() != Sentence.Kind.HEADING).limit(2).toList());
        }
        int wanted = eligible <= 8 ? 2 : eligible <= 30 ? 3 : 4;
        List<Integer> chosen = select(ranking, wanted, List.of());
        return join(chosen.stream().sorted().map(sentences::get).toList());
    }

    /** Maximal marginal relevance over the ranking; {@code exclude} are indices never to pick. */
    public static List<Integer> select(Ranking ranking, int wanted, List<Integer> exclude) {
        double[] scores = ranking.scores();
        double max = java.util.Arrays.stream(scores).max().orElse(1);
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < wanted) {
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
        return chosen;
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
